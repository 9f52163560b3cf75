import Foundation
import SlussCore
import SlussNative
import SlussStore

/// Moves a value that is not `Sendable` into the one thread that will use it from then on.
private final class Handoff<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Ingests a batch of files: each original is archived in the store first, then its pages are read
/// (one loader thread decoding pages, `jobs` OCR workers each with its own Tesseract instance),
/// and each document is written to the store in one transaction as soon as its last page is read.
///
/// Callbacks run on the calling thread, in the order documents finish.
public struct BatchIngester {
    public let store: Store
    public let request: IngestRequest

    public init(store: Store, request: IngestRequest) {
        self.store = store
        self.request = request
    }

    public func run(
        onOutcome: (DocumentOutcome) -> Void = { _ in },
        onProgress: (IngestProgress) -> Void = { _ in }
    ) throws(IngestSetupError) -> BatchReport {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        let pipeline = request.pipeline
        if let caseId = request.caseId, !pipeline.acceptsCaseNumber(caseId) {
            throw .caseNumberRejected(caseId: caseId, pattern: pipeline.caseNumberPattern, pipeline: pipeline.name)
        }

        // Load the models once before touching any input: a missing language stops the batch
        // here. The other workers load theirs in parallel, on their own threads, when first needed.
        let firstRecognizer: PageRecognizer
        do {
            firstRecognizer = try PageRecognizer(pipeline: pipeline, datapath: request.tessdataPath)
        } catch {
            throw .ocrUnavailable(error.description)
        }
        let batch = Batch(
            id: UUID().uuidString.lowercased(), startedAt: Date(), operatorName: request.operatorName,
            host: request.host, pipelineName: pipeline.name, pipelinePath: pipeline.sourcePath,
            pipelineSha256: pipeline.sourceSHA256, slussVersion: request.slussVersion,
            tesseractVersion: NativeLibraries.tesseractVersion, leptonicaVersion: NativeLibraries.leptonicaVersion,
            popplerVersion: NativeLibraries.popplerVersion, models: Self.modelFiles(of: firstRecognizer),
            caseId: request.caseId, originalLocation: request.originalLocation)
        do {
            try store.record(batch: batch)
        } catch {
            throw .store(error)
        }

        var outcomes: [DocumentOutcome] = []
        func finish(_ outcome: DocumentOutcome) {
            if case let .failed(source, sha256, reason) = outcome {
                // The failure is recorded too, so nothing received vanishes without a trace; if even
                // that write fails, the failure still reaches the user through `onOutcome`.
                try? store.record(failure: IngestFailure(
                    batchId: batch.id, sourcePath: source, sha256: sha256, occurredAt: Date(), reason: reason))
            }
            outcomes.append(outcome)
            onOutcome(outcome)
        }

        // 1. Archive every original before anything else happens to it.
        let inputs = InputCollector.collect(request.paths, excluding: [store.root])
        for (path, reason) in inputs.unreadable {
            finish(.failed(source: path, sha256: nil, reason: "\(path): \(reason)"))
        }
        var jobs: [DocumentJob] = []
        var originals: [(original: StoredOriginal, receivedAt: Date)] = []
        var jobBySHA: [String: Int] = [:]
        var sameBytesLater: [Int: [String]] = [:]
        for source in inputs.files {
            let original: StoredOriginal
            do {
                original = try store.originals.store(fileAt: source)
            } catch {
                finish(.failed(source: source, sha256: nil, reason: error.description))
                continue
            }
            do {
                if let existing = try store.document(sha256: original.sha256) {
                    let current = try store.recordDuplicate(of: existing, sourcePath: source, batch: batch, caseId: request.caseId)
                    finish(.duplicate(current, source: source))
                    continue
                }
            } catch {
                finish(.failed(source: source, sha256: original.sha256, reason: "\(source): \(error.description)"))
                continue
            }
            if let first = jobBySHA[original.sha256] {
                sameBytesLater[first, default: []].append(source)
                continue
            }
            let format: SourceFormat
            do {
                format = try SourceFormat.detect(header: original.header)
            } catch {
                finish(.failed(source: source, sha256: original.sha256, reason: "\(source): \(error.description)"))
                continue
            }
            jobBySHA[original.sha256] = jobs.count
            jobs.append(DocumentJob(index: jobs.count, sourcePath: source, storedPath: original.path, format: format))
            originals.append((original, Date()))
        }

        // 2. Read the pages in parallel.
        let work = BlockingQueue<PageWork>(capacity: max(1, request.jobs))
        let events = BlockingQueue<PageEvent>()
        let loader = PageLoader(pipeline: pipeline, work: work, events: events)
        let jobList = jobs
        let handoff = Handoff(firstRecognizer)
        let tessdataPath = request.tessdataPath
        let threads = [WorkerThread(name: "sluss-loader") { loader.run(jobList) }]
            + (0..<max(1, request.jobs)).map { index in
                WorkerThread(name: "sluss-ocr-\(index + 1)") {
                    let recognizer = index == 0 ? handoff.value : nil
                    Self.recognizePages(from: work, with: recognizer, pipeline: pipeline, tessdataPath: tessdataPath, into: events)
                }
            }

        // 3. Collect pages; store each document as soon as it is complete.
        var expected: [Int: Int] = [:]
        var pages: [Int: [RecognizedPage]] = [:]
        var finished = Set<Int>()
        var progress = IngestProgress(pagesDone: 0, pagesKnown: 0, documentsDone: 0, documentsTotal: jobs.count, elapsedSeconds: 0)
        var stageTimings = StageTimings()
        var storeSeconds = 0.0
        func complete(_ index: Int, failure: String?) {
            finished.insert(index)
            progress.documentsDone += 1
            let job = jobs[index]
            let (original, receivedAt) = originals[index]
            let repeats = sameBytesLater[index] ?? []
            if let failure {
                if let known = expected[index] {
                    progress.pagesKnown -= known - (pages[index]?.count ?? 0)
                }
                finish(.failed(source: job.sourcePath, sha256: original.sha256, reason: failure))
                for source in repeats {
                    finish(.failed(source: source, sha256: original.sha256, reason: "\(source): same bytes as \(job.sourcePath), which failed: \(failure)"))
                }
                pages[index] = nil
                return
            }
            let documentPages = (pages.removeValue(forKey: index) ?? []).sorted { $0.number < $1.number }
            let storeStart = DispatchTime.now().uptimeNanoseconds
            do {
                let stored = try store.insert(Store.NewDocument(
                    original: original, format: job.format, sourcePath: job.sourcePath, batch: batch,
                    pages: documentPages, caseId: request.caseId, originalLocation: request.originalLocation,
                    receivedAt: receivedAt))
                storeSeconds += Double(DispatchTime.now().uptimeNanoseconds - storeStart) / 1e9
                let ocrPages = documentPages.filter { $0.source == .ocr }.count
                finish(.ingested(stored, ocrPages: ocrPages, textLayerPages: documentPages.count - ocrPages))
                for source in repeats {
                    let current = try store.recordDuplicate(of: stored, sourcePath: source, batch: batch, caseId: request.caseId)
                    finish(.duplicate(current, source: source))
                }
            } catch {
                finish(.failed(source: job.sourcePath, sha256: original.sha256, reason: "\(job.sourcePath): \(error.description)"))
            }
        }
        while finished.count < jobs.count, let event = events.pop() {
            switch event {
            case let .opened(index, count):
                expected[index] = count
                progress.pagesKnown += count
            case let .page(index, page):
                guard !finished.contains(index) else { continue }
                pages[index, default: []].append(page)
                stageTimings = stageTimings + page.timings
                progress.pagesDone += 1
                progress.elapsedSeconds = elapsed()
                if pages[index]?.count == expected[index] { complete(index, failure: nil) }
                onProgress(progress)
            case let .failed(index, reason):
                guard !finished.contains(index) else { continue }
                complete(index, failure: reason)
                onProgress(progress)
            }
        }
        work.close()
        threads.forEach { $0.join() }

        return BatchReport(
            batch: batch, outcomes: outcomes, skippedHidden: inputs.skippedHidden, elapsedSeconds: elapsed(),
            pagesRead: progress.pagesDone, stageTimings: stageTimings, storeSeconds: storeSeconds)
    }

    /// A worker's loop. `given` is the recogniser handed over by the coordinating thread, if any;
    /// otherwise one is made on this thread when the first page arrives.
    private static func recognizePages(
        from work: BlockingQueue<PageWork>, with given: PageRecognizer?, pipeline: Pipeline,
        tessdataPath: String?, into events: BlockingQueue<PageEvent>
    ) {
        var recognizer = given
        while let item = work.pop() {
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
    }

    private static func modelFiles(of recognizer: PageRecognizer) -> [ModelFile] {
        recognizer.modelFiles.map { file in
            ModelFile(language: file.language, path: file.path, sha256: (try? SHA256Digest.ofFile(at: file.path)) ?? "unreadable")
        }
    }
}
