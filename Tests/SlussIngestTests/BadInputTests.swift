import Foundation
import SlussCore
import SlussStore
import SlussTestSupport
import Testing
@testable import SlussIngest

@Suite struct BadInputTests {
    /// A batch of one good scan among broken files: the good one is ingested, each broken one
    /// fails with a message naming it, and the failures are recorded in the store.
    @Test func brokenFilesFailClearlyWhileTheRestOfTheBatchIsIngested() throws {
        let folder = try Fixtures.temporaryFolder("bad-inputs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inbox = folder + "/inkorg"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let good = MinimalPDF.make(pages: [[
            "Anmälan om oro för barn",
            "Förskolan Solrosen anmäler oro för ett barn på avdelningen Humlan.",
            "Barnet har vid flera tillfällen kommit till förskolan hungrigt.",
        ]])
        try good.write(to: URL(fileURLWithPath: inbox + "/anmalan.pdf"))
        try Data().write(to: URL(fileURLWithPath: inbox + "/tom.pdf"))
        try Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".utf8).write(to: URL(fileURLWithPath: inbox + "/trasig.pdf"))
        let truncated = good.prefix(good.count / 3)
        try truncated.write(to: URL(fileURLWithPath: inbox + "/avbruten.pdf"))
        try MinimalPDF.make(pages: [["Hemligt"]], encryptedWithUnknownPassword: true).write(to: URL(fileURLWithPath: inbox + "/skyddad.pdf"))
        try Data("Mötesanteckningar, inte en skanning.\n".utf8).write(to: URL(fileURLWithPath: inbox + "/anteckning.txt"))

        let store = try Store(root: folder + "/store")
        let request = try IngestRequest.test([inbox, folder + "/finns-inte.pdf"])
        let report = try BatchIngester(store: store, request: request).run()

        var reasons: [String: String] = [:]
        var ingested: [String] = []
        for outcome in report.outcomes {
            switch outcome {
            case let .failed(source, _, reason): reasons[(source as NSString).lastPathComponent] = reason
            case let .ingested(document, _, _, _): ingested.append(document.fileName)
            case .duplicate, .notTaken: Issue.record("no duplicates expected, and the store takes every file")
            }
        }
        #expect(ingested == ["anmalan.pdf"])
        #expect(reasons.keys.sorted() == ["anteckning.txt", "avbruten.pdf", "finns-inte.pdf", "skyddad.pdf", "tom.pdf", "trasig.pdf"])
        for (name, reason) in reasons {
            #expect(reason.contains(name), "the message names the file: \(reason)")
            #expect(!reason.contains("\n"), "one line: \(reason)")
        }
        #expect(reasons["tom.pdf"]?.contains("empty") == true)
        #expect(reasons["skyddad.pdf"]?.contains("password") == true)
        #expect(reasons["anteckning.txt"]?.contains("plain text") == true)
        #expect(reasons["finns-inte.pdf"]?.contains("no such file") == true)
        #expect(try store.failures(batchId: report.batch.id).count == 6)
        let documentId = try #require(try store.documents().first?.id)
        let page = try #require(try store.pages(documentId: documentId).first)
        #expect(page.text.contains("Förskolan Solrosen anmäler oro"))
        #expect(page.textSource == "text-layer")
    }

    @Test func aTextLayerTooShortToTrustIsReplacedByOCR() throws {
        let folder = try Fixtures.temporaryFolder("short-layer")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try MinimalPDF.make(pages: [["Sida 3 av 8"]], fontSize: 28).write(to: URL(fileURLWithPath: folder + "/stampel.pdf"))
        let store = try Store(root: folder + "/store")
        let request = try IngestRequest.test([folder + "/stampel.pdf"], jobs: 1)
        _ = try BatchIngester(store: store, request: request).run()
        let documentId = try #require(try store.documents().first?.id)
        let page = try #require(try store.pages(documentId: documentId).first)
        #expect(page.textSource == "ocr")
        #expect(page.textLayerNote?.contains("too short") == true)
        #expect(page.text.contains("Sida 3 av 8"))
    }

    @Test func aCaseNumberThePipelineDoesNotAcceptStopsTheBatchBeforeAnythingIsRead() throws {
        let folder = try Fixtures.temporaryFolder("case-number")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(root: folder + "/store")
        let request = try IngestRequest.test([Fixtures.samples.path], caseId: "hitta på", jobs: 1)
        #expect(throws: IngestSetupError.self) { try BatchIngester(store: store, request: request).run() }
        #expect(try store.documents().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.originals.root).isEmpty, "no original was even copied")
        #expect(try store.failures().isEmpty)
    }
}

@Suite struct SameBytesTests {
    @Test func theSameBytesTwiceInOneBatchMakeOneDocumentAndADuplicate() throws {
        let folder = try Fixtures.temporaryFolder("same-bytes")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = MinimalPDF.make(pages: [["Läkarintyg", "Intyget avser undersökning den 3 november 2026 av barnet."]])
        try pdf.write(to: URL(fileURLWithPath: folder + "/intyg.pdf"))
        try pdf.write(to: URL(fileURLWithPath: folder + "/intyg-kopia.pdf"))
        let store = try Store(root: folder + "/store")
        let request = try IngestRequest.test([folder + "/intyg.pdf", folder + "/intyg-kopia.pdf"], caseId: "SN 2026/5")
        let report = try BatchIngester(store: store, request: request).run()
        let statuses = report.outcomes.map { outcome -> String in
            switch outcome {
            case let .ingested(document, _, _, _): "ingested \(document.fileName)"
            case let .duplicate(document, source): "duplicate \((source as NSString).lastPathComponent) of \(document.fileName)"
            case let .failed(_, _, reason): "failed \(reason)"
            case let .notTaken(source, reason): "not taken \(source): \(reason)"
            }
        }
        #expect(statuses == ["ingested intyg.pdf", "duplicate intyg-kopia.pdf of intyg.pdf"])
        #expect(try store.documents().count == 1)
    }
}
