import Foundation
import Testing
@testable import SlussCore
@testable import SlussIngest
@testable import SlussNative
import SlussStore
import SlussTestSupport

/// A stack of several documents scanned in one go, some behind cover sheets, built from real
/// rendered pages so that the whole path runs: QR decoding, OCR, splitting, routing, the store.
@Suite struct StackSplittingTests {
    static let dpi = 200

    static func page(_ lines: [String], folder: String, name: String) throws -> Pix {
        let path = folder + "/\(name).pdf"
        try MinimalPDF.make(pages: [lines]).write(to: URL(fileURLWithPath: path))
        return try PDFFile(path: path).page(1).render(dpi: dpi)
    }

    static func sheet(_ caseId: String, folder: String, erasingCode: Bool = false) throws -> Pix {
        let path = folder + "/sheet-\(UUID().uuidString.prefix(6)).pdf"
        try CoverSheet(caseId: caseId, title: nil).write(to: path, createdBy: "test", at: Date(timeIntervalSince1970: 1_795_000_000))
        let rendered = try PDFFile(path: path).page(1).render(dpi: dpi).grey8()
        guard erasingCode else { return rendered }
        // A sheet whose code was torn off or stamped over: only its print remains.
        var bytes = rendered.greyBytes()
        let scale = Double(dpi) / 72
        for y in Int(300 * scale)..<Int(560 * scale) {
            for x in Int(170 * scale)..<Int(430 * scale) { bytes[y * rendered.width + x] = 255 }
        }
        return try Pix.fromGreyBytes(bytes, width: rendered.width, height: rendered.height, dpi: dpi)
    }

    @Test func aStackIsSplitAtItsCoverSheetsAndEachPartFindsItsCase() throws {
        let folder = try Fixtures.temporaryFolder("stack")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pages: [Pix] = [
            try Self.page(["Anmälan om oro för barn", "Barnets personnummer 811218-9876.", "Anmälare: förskolan Solrosen."], folder: folder, name: "a"),
            try Self.sheet("IFO-2026-0007", folder: folder),
            try Self.page(["Läkarintyg", "Patienten har undersökts på vårdcentralen.", "Diagnos enligt ICD-10."], folder: folder, name: "b1"),
            try Self.page(["Läkarintyg, sida 2", "Intyget avser arbetsförmåga under sex månader."], folder: folder, name: "b2"),
            try Self.sheet("BoU 2026/17", folder: folder).rotated(clockwiseDegrees: 180),
            try Self.page(["Yttrande från skolan", "Eleven har haft 34 procent frånvaro under terminen."], folder: folder, name: "c"),
            try Self.sheet("SN 2026/0412", folder: folder, erasingCode: true),
            try Self.page(["Beslut om insats", "Socialnämnden beviljar kontaktfamilj."], folder: folder, name: "d"),
        ]
        let stack = folder + "/inkorg/bunt.tif"
        try FileManager.default.createDirectory(atPath: folder + "/inkorg", withIntermediateDirectories: true)
        for (index, page) in pages.enumerated() { try page.writeTIFFPage(to: stack, append: index > 0) }

        let store = try Store(root: folder + "/store")
        try store.createCase(id: "SN 2026/0412", subject: Personnummer("811218-9876"), person: "test")
        var outcomes: [DocumentOutcome] = []
        _ = try BatchIngester(store: store, request: .test([folder + "/inkorg"])).run(onOutcome: { outcomes.append($0) })

        let documents = try store.documents()
        #expect(documents.map { [$0.firstPage, $0.lastPage] } == [[1, 1], [3, 4], [6, 6], [8, 8]])
        #expect(Set(documents.map(\.sha256)).count == 1, "all parts are of the one stored stack")
        #expect(documents.map(\.caseId) == ["SN 2026/0412", "IFO-2026-0007", "BoU 2026/17", nil])
        #expect(documents.map(\.pageCount) == [1, 2, 1, 1])
        // The first part too is known as part of the 8-page original, in provenance as well.
        #expect(documents.allSatisfy { $0.originalPageCount == 8 && $0.isPartOfStack })
        #expect(try store.events(documentId: documents[0].id!).contains { $0.detail.hasPrefix("page 1 of original") })
        #expect(outcomes.count == 4 && !outcomes.contains { $0.isFailure })

        // The sheets are in provenance, not in any document's text.
        let texts = try documents.map { try store.pages(documentId: $0.id!).map(\.text).joined() }
        #expect(!texts.contains { $0.uppercased().contains("FÖRSÄTTSBLAD") })
        #expect(texts[1].contains("arbetsförmåga"))
        let attach = try #require(try store.events(documentId: documents[1].id!).first { $0.kind == "attach" })
        #expect(attach.detail.contains("named by the cover sheet on page 2 of the original"))
        let capture = try #require(try store.events(documentId: documents[2].id!).first { $0.kind == "capture" })
        #expect(capture.detail.hasPrefix("page 6 of original") && capture.detail.contains(documents[2].sha256))
        #expect(capture.detail.contains("split at the cover sheet on page 5 of the original, naming case BoU 2026/17"))

        // The first part had no sheet and found its case by the personnummer in its text; the
        // last part's sheet could not be read, so a person decides.
        #expect(try store.routing(documentId: documents[0].id!)?.statusValue == .matched)
        let waiting = try store.routingQueue()
        #expect(waiting.map(\.document.id) == [documents[3].id])
        #expect(waiting.first?.routing.reason.contains("cover sheet on page 7 of the original could not be read") == true)

        // The same stack again is one duplicate, not four new documents.
        try FileManager.default.copyItem(atPath: stack, toPath: folder + "/igen.tif")
        let again = try BatchIngester(store: store, request: .test([folder + "/igen.tif"])).run()
        #expect(again.outcomes.count == 1)
        #expect(try store.documents().count == 4)
    }

    @Test func blankPagesCanBeTheSplitRuleInstead() throws {
        var pipeline = try PipelineLoader.load(path: Fixtures.defaultPipeline)
        let pages = (1...5).map { number in
            RecognizedPage(
                number: number, text: number == 3 ? "" : "sida \(number)", source: number == 3 ? .blank : .ocr, meanConfidence: nil,
                rotationApplied: 0, orientationConfidence: nil, skewCorrected: nil, imageWidth: 10, imageHeight: 10, dpi: 200,
                words: [], textLayerNote: nil, timings: StageTimings())
        }
        pipeline.splitAt = .blankPages
        let parts = StackSplitter.parts(of: pages, rule: pipeline.splitAt)
        #expect(parts.map { [$0.firstPage, $0.lastPage] } == [[1, 2], [4, 5]])
        #expect(parts[1].pages.map(\.number) == [1, 2])
        #expect(StackSplitter.parts(of: pages, rule: .none).count == 1)
        #expect(StackSplitter.parts(of: pages, rule: .coverSheets).map(\.lastPage) == [5])
    }
}
