import Foundation
import SlussCore
import SlussNative
import SlussStore
import SlussSummarize

/// Ingests a batch of files, in stages: intake (each original archived in the store before
/// anything else), page reading (in parallel), assembly of pages into documents, and recording of
/// each document in one transaction as soon as its last page is read.
///
/// Callbacks run on the calling thread, in the order documents finish.
public struct BatchIngester {
    public let store: Store
    public let request: IngestRequest

    public init(store: Store, request: IngestRequest) {
        self.store = store
        self.request = request
    }

    /// Ingests the batch. When `stop` is requested the pages in hand are finished and every file
    /// not yet stored is reported as not taken, untouched.
    public func run(
        stop: StopSignal? = nil,
        onOutcome: (DocumentOutcome) -> Void = { _ in },
        onProgress: (IngestProgress) -> Void = { _ in }
    ) throws(IngestSetupError) -> BatchReport {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        let (batch, firstRecognizer) = try prepare()

        var outcomes: [DocumentOutcome] = []
        func report(_ outcome: DocumentOutcome) {
            let recorded = recordFailure(outcome, batch: batch)
            outcomes.append(recorded)
            onOutcome(recorded)
        }

        let inputs = InputCollector.collect(request.paths, excluding: [store.root])
        let intake = Intake(store: store, batch: batch, caseId: request.caseId)
        // The cases registered when the batch starts; a case registered meanwhile counts next time.
        let matcher: CaseMatcher?
        if request.caseId == nil && request.pipeline.matchCasesInText {
            do {
                matcher = CaseMatcher(cases: try store.knownCases(), caseNumberPattern: request.pipeline.caseNumberPattern)
            } catch {
                throw .store(error)
            }
        } else {
            matcher = nil
        }
        let jobs = intake.admit(inputs, report: report)

        let reading = PageReading(
            jobs, pipeline: request.pipeline, workers: request.jobs, firstRecognizer: firstRecognizer,
            tessdataPath: request.tessdataPath)
        var assembly = DocumentAssembly(documents: jobs.count)
        var storeSeconds = 0.0
        let events = reading.events
        stop?.onRequest { events.push(.stopRequested) }
        while !assembly.isComplete, let event = reading.events.pop() {
            if case .stopRequested = event {
                for index in assembly.unfinished {
                    reading.abandon(index)
                    for source in [jobs[index].sourcePath] + jobs[index].sameBytes {
                        report(.notTaken(source: source, reason: .stopped))
                    }
                }
                break
            }
            guard let completion = assembly.accept(event, elapsedSeconds: elapsed()) else {
                if case .page = event { onProgress(assembly.progress) }
                continue
            }
            switch completion {
            case let .complete(index, pages):
                measure(&storeSeconds) { record(jobs[index], pages: pages, batch: batch, intake: intake, matcher: matcher, report: report) }
            case let .failed(index, reason):
                reading.abandon(index)
                let job = jobs[index]
                report(.failed(source: job.sourcePath, sha256: job.original.sha256, reason: reason))
                for source in job.sameBytes {
                    report(.failed(source: source, sha256: job.original.sha256, reason: "\(source): same bytes as \(job.sourcePath), which failed: \(reason)"))
                }
            }
            onProgress(assembly.progress)
        }
        reading.finish()

        return BatchReport(
            batch: batch, outcomes: outcomes, skippedHidden: inputs.skippedHidden, elapsedSeconds: elapsed(),
            pagesRead: assembly.progress.pagesDone, stageTimings: assembly.stageTimings, storeSeconds: storeSeconds)
    }

    /// Everything that must hold before any input is touched: an accepted case number, loadable
    /// models (a missing language stops the batch here), and the batch recorded in the store.
    private func prepare() throws(IngestSetupError) -> (Batch, PageRecognizer) {
        let pipeline = request.pipeline
        if let problem = request.caseId.flatMap(pipeline.caseNumberProblem) {
            throw .caseNumberRejected(problem)
        }
        let recognizer: PageRecognizer
        var models: [ModelFile] = []
        do {
            recognizer = try PageRecognizer(pipeline: pipeline, datapath: request.tessdataPath)
            for file in recognizer.modelFiles {
                // A model loaded in part is known by the digest of that part: hashing the whole
                // Latin-script file (89 MB) would cost every batch a third of a second.
                let sha256 = try file.part?.sha256 ?? SHA256Digest.ofFile(at: file.path)
                models.append(ModelFile(language: file.language, path: file.path, sha256: sha256, part: file.part?.description))
            }
        } catch {
            throw .ocrUnavailable("\(error)")
        }
        let batch = Batch(
            id: UUID().uuidString.lowercased(), startedAt: Date(), operatorName: request.operatorName,
            host: request.host, pipelineName: pipeline.name, pipelinePath: pipeline.sourcePath,
            pipelineSha256: pipeline.sourceSHA256, slussVersion: request.slussVersion,
            tesseractVersion: NativeLibraries.tesseractVersion, leptonicaVersion: NativeLibraries.leptonicaVersion,
            popplerVersion: NativeLibraries.popplerVersion, models: models,
            caseId: request.caseId, originalLocation: request.originalLocation)
        do {
            try store.record(batch: batch)
        } catch {
            throw .store(error)
        }
        return (batch, recognizer)
    }

    /// Stage 4: a complete file into the store, as one document or, when it is a stack with cover
    /// sheets (or separators, by the pipeline's rule), as one document per part, in one
    /// transaction; files with the same bytes become duplicates.
    private func record(_ job: DocumentJob, pages: [RecognizedPage], batch: Batch, intake: Intake, matcher: CaseMatcher?, report: (DocumentOutcome) -> Void) {
        let stored: StoredDocument
        let parts = StackSplitter.parts(of: pages, rule: request.pipeline.splitAt)
        let documents = parts.map { part in
            newDocument(part, of: job, pageCount: pages.count, batch: batch, isStack: parts.count > 1 || part.sheet != nil, matcher: matcher)
        }
        do {
            let storedParts = try store.insert(parts: documents)
            for (document, new) in zip(storedParts, documents) {
                report(.ingested(document, PageTally(new.pages), new.classification?.result, new.routing))
            }
            stored = storedParts[0]
        } catch {
            // Another run (an overlapping cron job) may have stored the same bytes meanwhile.
            guard let existing = try? store.document(sha256: job.original.sha256) else {
                report(Intake.outcome(of: error, source: job.sourcePath, sha256: job.original.sha256))
                for source in job.sameBytes { report(Intake.outcome(of: error, source: source, sha256: job.original.sha256)) }
                return
            }
            stored = existing
            intake.reportDuplicate(of: existing, source: job.sourcePath, report: report)
        }
        for source in job.sameBytes {
            intake.reportDuplicate(of: stored, source: source, report: report)
        }
    }

    /// One part of a file as the store takes it: its case from its cover sheet, else `--case`, else
    /// matched by its text; its class from its own text. `pageCount` is the whole file's.
    private func newDocument(_ part: StackPart, of job: DocumentJob, pageCount: Int, batch: Batch, isStack: Bool, matcher: CaseMatcher?) -> Store.NewDocument {
        var caseId = request.caseId
        var caseReason: String?
        var routing: RoutingDecision?
        var splitNote: String?
        switch part.sheet {
        case let .read(page, sheetCase):
            splitNote = "split at the cover sheet on page \(page) of the original, naming case \(sheetCase)"
            if request.pipeline.acceptsCaseNumber(sheetCase) {
                caseId = sheetCase
                caseReason = "named by the cover sheet on page \(page) of the original"
            } else {
                caseId = nil
                routing = .review(reason: "the cover sheet on page \(page) names '\(sheetCase)', which is not a case number of pipeline \(request.pipeline.name)", candidates: [])
            }
        case let .unreadable(page):
            splitNote = "split at the cover sheet on page \(page) of the original, whose code could not be read"
            caseId = nil
            routing = .review(reason: "the cover sheet on page \(page) of the original could not be read by machine; check its printed case number", candidates: [])
        case nil:
            if isStack {
                splitNote = request.pipeline.splitAt == .blankPages ? "split at blank pages" : "pages before the first cover sheet"
            }
        }
        let texts = part.pages.map(\.text)
        if caseId == nil && routing == nil { routing = matcher?.decide(pages: texts) }
        let classification = request.classifier.map { classifier in
            MachineClassification(classifier, of: texts.joined(separator: "\n\n"), pipeline: request.pipeline, software: "sluss \(request.slussVersion)")
        }
        var new = Store.NewDocument(
            original: job.original, format: job.format, sourcePath: job.sourcePath, batch: batch,
            pages: part.pages, caseId: caseId, originalLocation: request.originalLocation,
            receivedAt: job.receivedAt, classification: classification, routing: routing)
        new.summary = summary(of: part.pages, classId: classification?.result.classId)
        new.firstPage = part.firstPage
        new.originalPageCount = pageCount
        new.splitNote = splitNote
        new.caseReason = caseReason
        return new
    }

    /// The summary stored with a new document, made by the pipeline's settings for its class.
    private func summary(of pages: [RecognizedPage], classId: String?) -> MadeSummary? {
        let pipeline = request.pipeline
        guard pipeline.summary.enabled else { return nil }
        let label = classId.flatMap { pipeline.classification?.label(of: $0) }
        let summary = Summarizer(settings: pipeline.summary).summarize(pages.map { SourcePage(number: $0.number, text: $0.text) }, classId: classId, classLabel: label)
        return MadeSummary(summary: summary, software: "sluss \(request.slussVersion)", pipelineName: pipeline.name, pipelineSHA256: pipeline.sourceSHA256)
    }

    /// Records a failure in the store, so nothing received vanishes without trace; when even that
    /// write fails, the reason says so.
    private func recordFailure(_ outcome: DocumentOutcome, batch: Batch) -> DocumentOutcome {
        guard case let .failed(source, sha256, reason) = outcome else { return outcome }
        do {
            try store.record(failure: IngestFailure(batchId: batch.id, sourcePath: source, sha256: sha256, occurredAt: Date(), reason: reason))
            return outcome
        } catch {
            return .failed(source: source, sha256: sha256, reason: "\(reason) (and it could not be recorded in the store: \(error.description))")
        }
    }
}
