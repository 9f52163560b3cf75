import Foundation
import SlussCore
import SlussStore
import SlussTestSupport
import Testing
@testable import SlussIngest

/// The shipped mixed stack: several documents for several cases scanned in one go, behind cover
/// sheets (one upside down, one whose code cannot be read), one document with no sheet. It must
/// be split and routed exactly as its manifest says, with nothing attached by guess.
@Suite struct MixedStackSampleTests {
    @Test(arguments: SampleManifest.stacks)
    func theStackIsSplitAndRoutedAsItsManifestSays(sample: SampleManifest.File) throws {
        let expected = try #require(sample.stack)
        let folder = try Fixtures.temporaryFolder("stack-sample")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(root: folder + "/store")
        for (caseId, subject) in expected.subjects.sorted(by: { $0.key < $1.key }) {
            let number: Personnummer? = Personnummer(subject)
            #expect(number != nil, "the manifest's subject of \(caseId) is a valid personnummer")
            try store.createCase(id: caseId, subject: number, person: "test")
        }
        let report = try BatchIngester(store: store, request: .test([sample.path])).run()
        #expect(report.failures == 0)

        let documents = try store.documents()
        #expect(documents.map { [$0.firstPage, $0.lastPage] } == expected.parts.map(\.pages))
        #expect(documents.map(\.caseId) == expected.parts.map(\.case), "no part is attached to a case it does not belong to")
        let waiting = Set(try store.routingQueue().map(\.document.id))
        for (document, part) in zip(documents, expected.parts) {
            #expect(waiting.contains(document.id) == (part.by == "review"), "pages \(part.pages)")
            if part.by == "review" {
                #expect(try store.routing(documentId: document.id!)?.reason.isEmpty == false)
            }
        }
        // Every readable sheet was read: the parts after them are attached by their sheet.
        let bySheet = try documents.filter { document in
            try store.events(documentId: document.id!).contains { $0.kind == "attach" && $0.detail.contains("named by the cover sheet") }
        }
        #expect(bySheet.count == expected.coverSheets.count - expected.unreadableCoverSheets.count)
        // No sheet's print is in any document's text.
        for document in documents {
            let text = try store.pages(documentId: document.id!).map(\.text).joined().uppercased()
            #expect(!text.contains("FÖRSÄTTSBLAD"), "pages \(document.firstPage)–\(document.lastPage)")
        }
    }
}
