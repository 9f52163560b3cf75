import Foundation
import SlussCore
import SlussNative

/// Moves a value that is not `Sendable` into the one thread that will use it from then on.
private final class Handoff<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Stage 2 of a batch: reads the pages of the admitted documents on dedicated threads — one loader
/// decoding pages into a queue of `jobs` places, and `jobs` OCR workers, each reusing one
/// Tesseract instance. Results arrive in `events`, in no particular order across documents.
final class PageReading {
    let events = BlockingQueue<PageEvent>()
    private let work: BlockingQueue<PageWork>
    private let abandoned = AbandonedDocuments()
    private var threads: [WorkerThread] = []

    /// Starts reading. `firstRecognizer` (already loaded, which proved the models are there) goes
    /// to the first worker; the others load theirs in parallel on their own threads.
    init(_ jobs: [DocumentJob], pipeline: Pipeline, workers: Int, firstRecognizer: PageRecognizer, tessdataPath: String?) {
        let work = BlockingQueue<PageWork>(capacity: max(1, workers))
        self.work = work
        let loader = PageLoader(pipeline: pipeline, work: work, events: events, abandoned: abandoned)
        let handoff = Handoff(firstRecognizer)
        let events = self.events, abandoned = self.abandoned
        threads = [WorkerThread(name: "sluss-loader") { loader.run(jobs) }]
        for index in 0..<max(1, workers) {
            threads.append(WorkerThread(name: "sluss-ocr-\(index + 1)") {
                var recognizer = index == 0 ? handoff.value : nil
                while let item = work.pop() {
                    if abandoned.contains(item.documentIndex) { continue }
                    do {
                        if recognizer == nil {
                            recognizer = try PageRecognizer(pipeline: pipeline, datapath: tessdataPath)
                        }
                        var page = try recognizer!.recognize(item.image, number: item.number, dpi: item.dpi, loadSeconds: item.loadSeconds)
                        page.textLayerNote = item.textLayerNote
                        events.push(.page(documentIndex: item.documentIndex, page))
                    } catch {
                        events.push(.failed(documentIndex: item.documentIndex, reason: "\(item.sourcePath): page \(item.number): \(error)"))
                    }
                }
            })
        }
    }

    /// Stops spending time on a document that has failed.
    func abandon(_ documentIndex: Int) {
        abandoned.insert(documentIndex)
    }

    /// Waits for the loader and the workers to end.
    func finish() {
        threads.forEach { $0.join() }
    }
}
