import SlussCore

/// Stage 3 of a batch: gathers the pages that arrive from the readers into whole documents, and
/// keeps the progress figures.
struct DocumentAssembly {
    enum Completion {
        case complete(documentIndex: Int, pages: [RecognizedPage])
        case failed(documentIndex: Int, reason: String)
    }

    private(set) var progress: IngestProgress
    private(set) var stageTimings = StageTimings()
    private var expected: [Int: Int] = [:]
    private var pages: [Int: [RecognizedPage]] = [:]
    private var finished = Set<Int>()

    init(documents: Int) {
        progress = IngestProgress(pagesDone: 0, pagesKnown: 0, documentsDone: 0, documentsTotal: documents, elapsedSeconds: 0)
    }

    var isComplete: Bool { finished.count == progress.documentsTotal }

    /// Documents neither complete nor failed yet.
    var unfinished: [Int] { (0..<progress.documentsTotal).filter { !finished.contains($0) } }

    /// Takes one event; returns a document when it has just become complete or failed.
    mutating func accept(_ event: PageEvent, elapsedSeconds: Double) -> Completion? {
        progress.elapsedSeconds = elapsedSeconds
        switch event {
        case let .opened(index, count):
            expected[index] = count
            progress.pagesKnown += count
            return nil
        case let .page(index, page):
            guard !finished.contains(index) else { return nil }
            pages[index, default: []].append(page)
            stageTimings = stageTimings + page.timings
            progress.pagesDone += 1
            guard pages[index]?.count == expected[index] else { return nil }
            finished.insert(index)
            progress.documentsDone += 1
            let complete = (pages.removeValue(forKey: index) ?? []).sorted { $0.number < $1.number }
            return .complete(documentIndex: index, pages: complete)
        case let .failed(index, reason):
            guard !finished.contains(index) else { return nil }
            finished.insert(index)
            progress.documentsDone += 1
            // Pages of a failed document will not be read: take them out of the total.
            progress.pagesKnown -= (expected[index] ?? 0) - (pages.removeValue(forKey: index)?.count ?? 0)
            return .failed(documentIndex: index, reason: reason)
        case .stopRequested:
            return nil
        }
    }
}
