import Foundation
import SlussCore
import SlussStore
import SlussTestSupport
import Testing
@testable import SlussIngest

@Suite struct DocumentAssemblyTests {
    static func page(_ number: Int) -> RecognizedPage {
        RecognizedPage(
            number: number, text: "sida \(number)", source: .ocr, meanConfidence: 90, rotationApplied: 0,
            orientationConfidence: nil, skewCorrected: nil, imageWidth: 10, imageHeight: 10, dpi: 300,
            words: [], textLayerNote: nil, timings: StageTimings())
    }

    @Test func pagesArrivingOutOfOrderMakeOneDocumentInPageOrder() {
        var assembly = DocumentAssembly(documents: 2)
        #expect(assembly.accept(.opened(documentIndex: 0, pageCount: 3), elapsedSeconds: 0) == nil)
        #expect(assembly.accept(.opened(documentIndex: 1, pageCount: 1), elapsedSeconds: 0) == nil)
        #expect(assembly.progress.pagesKnown == 4)
        #expect(assembly.accept(.page(documentIndex: 0, Self.page(3)), elapsedSeconds: 1) == nil)
        guard case let .complete(index, pages)? = assembly.accept(.page(documentIndex: 1, Self.page(1)), elapsedSeconds: 2) else {
            Issue.record("document 1 is complete")
            return
        }
        #expect(index == 1 && pages.map(\.number) == [1])
        #expect(assembly.accept(.page(documentIndex: 0, Self.page(1)), elapsedSeconds: 3) == nil)
        guard case let .complete(_, pagesOfFirst)? = assembly.accept(.page(documentIndex: 0, Self.page(2)), elapsedSeconds: 4) else {
            Issue.record("document 0 is complete")
            return
        }
        #expect(pagesOfFirst.map(\.number) == [1, 2, 3])
        #expect(assembly.isComplete)
        #expect(assembly.progress.pagesDone == 4)
    }

    @Test func aFailureEndsADocumentOnceAndLaterPagesAreIgnored() {
        var assembly = DocumentAssembly(documents: 1)
        _ = assembly.accept(.opened(documentIndex: 0, pageCount: 150), elapsedSeconds: 0)
        _ = assembly.accept(.page(documentIndex: 0, Self.page(1)), elapsedSeconds: 1)
        guard case .failed? = assembly.accept(.failed(documentIndex: 0, reason: "sida 2 trasig"), elapsedSeconds: 2) else {
            Issue.record("the document fails")
            return
        }
        #expect(assembly.accept(.page(documentIndex: 0, Self.page(3)), elapsedSeconds: 3) == nil)
        #expect(assembly.accept(.failed(documentIndex: 0, reason: "again"), elapsedSeconds: 3) == nil)
        #expect(assembly.isComplete)
        // The 149 pages that will never be read leave the total, so the ETA does not wait for them.
        #expect(assembly.progress.pagesKnown == 1)
        #expect(assembly.progress.pagesDone == 1)
    }
}

extension DocumentAssembly.Completion: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case let (.complete(a, pagesA), .complete(b, pagesB)): a == b && pagesA.map(\.number) == pagesB.map(\.number)
        case let (.failed(a, reasonA), .failed(b, reasonB)): a == b && reasonA == reasonB
        default: false
        }
    }
}

@Suite struct PageLoaderTests {
    @Test func anAbandonedDocumentIsNotRenderedAndTheOthersAre() throws {
        let folder = try Fixtures.temporaryFolder("loader")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(root: folder + "/store")
        var jobs: [DocumentJob] = []
        for index in 0..<2 {
            // Too little text for the text layer to be trusted: every page goes to rendering.
            let path = folder + "/doc\(index).pdf"
            try MinimalPDF.make(pages: [["Sida 1"], ["Sida 2"], ["Sida 3"]].map { $0.map { "\($0) av dokument \(index)" } })
                .write(to: URL(fileURLWithPath: path))
            jobs.append(DocumentJob(index: index, sourcePath: path, original: try store.originals.store(fileAt: path), receivedAt: Date(), format: .pdf))
        }
        let work = BlockingQueue<PageWork>()
        let events = BlockingQueue<PageEvent>()
        let abandoned = AbandonedDocuments()
        abandoned.insert(0)
        PageLoader(pipeline: try PipelineLoader.load(path: Fixtures.defaultPipeline), work: work, events: events, abandoned: abandoned).run(jobs)
        var rendered: [Int] = []
        while let item = work.pop() { rendered.append(item.documentIndex) }
        #expect(rendered == [1, 1, 1])
        events.close()
        var opened: [Int] = []
        while let event = events.pop() {
            if case let .opened(index, count) = event { opened.append(index); #expect(count == 3) }
        }
        #expect(opened == [0, 1])
    }
}
