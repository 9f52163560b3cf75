import SlussClassify
import SlussCore
import SlussStore

/// Everything `ingest` was asked to do, validated before the batch starts.
public struct IngestRequest: Sendable {
    public var paths: [String]
    public var pipeline: Pipeline
    public var caseId: String?
    /// Where the paper originals of this batch are kept (archive, shelf, box).
    public var originalLocation: String?
    public var operatorName: String
    public var host: String
    /// Parallel OCR workers.
    public var jobs: Int
    public var slussVersion: String
    /// Tesseract's model folder; nil for its default (TESSDATA_PREFIX honoured).
    public var tessdataPath: String?
    /// Classifies each new document; nil when the pipeline does not classify.
    public var classifier: DocumentClassifier?

    public init(
        paths: [String], pipeline: Pipeline, caseId: String?, originalLocation: String?,
        operatorName: String, host: String, jobs: Int, slussVersion: String, tessdataPath: String? = nil,
        classifier: DocumentClassifier? = nil
    ) {
        self.classifier = classifier
        self.paths = paths
        self.pipeline = pipeline
        self.caseId = caseId
        self.originalLocation = originalLocation
        self.operatorName = operatorName
        self.host = host
        self.jobs = jobs
        self.slussVersion = slussVersion
        self.tessdataPath = tessdataPath
    }
}

/// What became of one input file.
public enum DocumentOutcome: Sendable {
    /// A new document, with how its pages were read, its class when the pipeline classifies, and
    /// how it found its case when none was given.
    case ingested(StoredDocument, PageTally, DocumentClassification?, RoutingDecision?)
    /// The same bytes were already in the store: `source` is the file just received.
    case duplicate(StoredDocument, source: String)
    /// Nothing stored as a document; the reason names the file. `sha256` is set when the original
    /// itself was archived before the failure.
    case failed(source: String, sha256: String?, reason: String)
    /// The file was not taken, through no fault of its own: it should be offered again.
    case notTaken(source: String, reason: NotTakenReason)

    /// Counted as a failure of the batch: a bad file, or a store that could not take a file.
    public var isFailure: Bool {
        switch self {
        case .failed, .notTaken(_, .storeUnavailable): true
        case .ingested, .duplicate, .notTaken(_, .stopped): false
        }
    }
}

/// Why a file that may well be fine was not taken.
public enum NotTakenReason: Sendable, Equatable, CustomStringConvertible {
    /// The run was asked to stop before the file's pages were all read.
    case stopped
    /// The store could not take it (its disk full, its database unwritable); the message says why.
    case storeUnavailable(String)

    public var description: String {
        switch self {
        case .stopped: "not finished when the run was asked to stop; it is taken on the next run"
        case let .storeUnavailable(reason): reason
        }
    }
}

/// Where a batch is, reported after every page.
public struct IngestProgress: Sendable {
    public var pagesDone: Int
    /// Pages of the documents opened so far.
    public var pagesKnown: Int
    public var documentsDone: Int
    public var documentsTotal: Int
    public var elapsedSeconds: Double

    public var pagesPerMinute: Double { elapsedSeconds > 0 ? Double(pagesDone) / elapsedSeconds * 60 : 0 }

    /// Seconds left at the rate so far, once there is a rate.
    public var estimatedSecondsLeft: Double? {
        guard pagesDone > 0, pagesKnown >= pagesDone else { return nil }
        return Double(pagesKnown - pagesDone) / Double(pagesDone) * elapsedSeconds
    }
}

/// The whole batch, once it has ended.
public struct BatchReport: Sendable {
    public var batch: Batch
    public var outcomes: [DocumentOutcome]
    public var skippedHidden: Int
    public var elapsedSeconds: Double
    public var pagesRead: Int
    /// Stage times summed over all pages (they overlap in wall time when jobs > 1).
    public var stageTimings: StageTimings
    public var storeSeconds: Double

    public var failures: Int { outcomes.filter(\.isFailure).count }
}

/// A batch that cannot start at all (a configuration problem, not a bad input file).
public enum IngestSetupError: Error, CustomStringConvertible, Sendable {
    case ocrUnavailable(String)
    case store(StoreError)
    /// The problem as `Pipeline.caseNumberProblem` words it.
    case caseNumberRejected(String)

    public var description: String {
        switch self {
        case let .ocrUnavailable(reason): reason
        case let .store(error): error.description
        case let .caseNumberRejected(problem): problem
        }
    }
}
