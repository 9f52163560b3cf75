import Foundation
import GRDB
import SlussCore

/// One run of `sluss ingest`: who, where, with which pipeline and software.
public struct Batch: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "batch"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: String
    public var startedAt: Date
    public var operatorName: String
    public var host: String
    public var pipelineName: String
    public var pipelinePath: String
    public var pipelineSha256: String
    public var slussVersion: String
    public var tesseractVersion: String
    public var leptonicaVersion: String
    public var popplerVersion: String
    /// JSON list of `ModelFile`.
    public var modelsJson: String
    public var caseId: String?
    public var originalLocation: String?

    public init(
        id: String, startedAt: Date, operatorName: String, host: String, pipelineName: String,
        pipelinePath: String, pipelineSha256: String, slussVersion: String, tesseractVersion: String,
        leptonicaVersion: String, popplerVersion: String, models: [ModelFile], caseId: String?,
        originalLocation: String?
    ) {
        self.id = id
        self.startedAt = startedAt
        self.operatorName = operatorName
        self.host = host
        self.pipelineName = pipelineName
        self.pipelinePath = pipelinePath
        self.pipelineSha256 = pipelineSha256
        self.slussVersion = slussVersion
        self.tesseractVersion = tesseractVersion
        self.leptonicaVersion = leptonicaVersion
        self.popplerVersion = popplerVersion
        self.modelsJson = String(decoding: (try? JSONEncoder().encode(models)) ?? Data("[]".utf8), as: UTF8.self)
        self.caseId = caseId
        self.originalLocation = originalLocation
    }

    public var models: [ModelFile] {
        (try? JSONDecoder().decode([ModelFile].self, from: Data(modelsJson.utf8))) ?? []
    }
}

/// A Tesseract model file that was loaded, with its SHA-256.
public struct ModelFile: Codable, Sendable, Equatable {
    public var language: String
    public var path: String
    /// Of the whole file, or of `part` when only part of it was loaded.
    public var sha256: String
    /// What of the file was loaded when not all of it ("without its word lists"); nil: all.
    public var part: String?

    public init(language: String, path: String, sha256: String, part: String? = nil) {
        self.language = language
        self.path = path
        self.sha256 = sha256
        self.part = part
    }
}

/// A case in the case system that documents are attached to.
public struct CaseRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "case_file"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: String
    public var createdAt: Date
    public var createdBy: String
    /// The ten digits of the personnummer of the person the case is about; print it masked.
    public var subjectPersonnummer: String?

    public init(id: String, createdAt: Date, createdBy: String, subjectPersonnummer: String? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.subjectPersonnummer = subjectPersonnummer
    }

    /// The subject's personnummer, masked for printing.
    public var maskedSubject: String? {
        subjectPersonnummer.flatMap(Personnummer.init)?.masked
    }
}

/// One received original (unique by SHA-256) and what was read from it.
public struct StoredDocument: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "document"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var sha256: String
    public var byteSize: Int64
    public var format: String
    public var pageCount: Int
    /// Absolute path of the file as it was received.
    public var sourcePath: String
    public var fileName: String
    /// Where the copy lives inside the store.
    public var storedPath: String
    public var ingestedAt: Date
    public var batchId: String
    public var caseId: String?
    /// Where the paper original is physically kept.
    public var originalLocation: String?
    /// The pages of the original this document is: 1 and `pageCount` for a whole file, a range
    /// for one document of a stack split at cover sheets.
    public var firstPage: Int
    public var lastPage: Int
    /// Pages of the whole original, cover sheets included.
    public var originalPageCount: Int

    /// Whether the document is part of a larger original (a split stack).
    public var isPartOfStack: Bool { firstPage != 1 || lastPage != originalPageCount }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// One page of a stored document with the provenance of its text.
public struct StoredPage: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "page"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var documentId: Int64
    public var number: Int
    public var text: String
    /// "ocr", "text-layer" or "blank".
    public var textSource: String
    public var meanConfidence: Double?
    public var rotationApplied: Int
    public var orientationConfidence: Double?
    /// "upright", "turned" or "uncertain" for OCR pages; nil for others and for pages stored before
    /// orientation was judged.
    public var orientation: String?
    public var skewCorrected: Double?
    public var imageWidth: Int
    public var imageHeight: Int
    public var dpi: Int
    /// Resolution of the scan when the page was read at a lower one.
    public var scannedDpi: Int?
    /// Ink marks found on a scanned page before reading, and the share of the page they cover.
    public var inkMarks: Int?
    public var inkCoverage: Double?
    public var textLayerNote: String?
    public var loadSeconds: Double
    public var surveySeconds: Double
    public var orientationSeconds: Double
    public var deskewSeconds: Double
    public var ocrSeconds: Double
}

/// A recognised word with its box in page-image pixels, for citing and highlighting.
public struct StoredWord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "word"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var documentId: Int64
    public var pageNumber: Int
    public var ordinal: Int
    public var text: String
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public var confidence: Double
}

/// A provenance event in the PREMIS sense: what happened to a document, when, by whom, with what.
public struct ProvenanceEvent: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    /// Event kinds written by the foundation; later stages add their own.
    public enum Kind: String, Sendable {
        case capture
        case textExtraction = "text-extraction"
        case attach
        case duplicateReceived = "duplicate-received"
        case classification
        case classificationReview = "classification-review"
        case routing
        case summary
    }

    public var id: Int64?
    public var documentId: Int64
    public var kind: String
    public var occurredAt: Date
    public var agent: String
    public var batchId: String?
    public var detail: String

    public init(documentId: Int64, kind: Kind, occurredAt: Date, agent: String, batchId: String?, detail: String) {
        self.documentId = documentId
        self.kind = kind.rawValue
        self.occurredAt = occurredAt
        self.agent = agent
        self.batchId = batchId
        self.detail = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// An input that could not be ingested, kept so that nothing received disappears without trace.
public struct IngestFailure: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ingest_failure"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var batchId: String
    public var sourcePath: String
    /// Set when the bytes were read and archived before the failure.
    public var sha256: String?
    public var occurredAt: Date
    public var reason: String

    public init(batchId: String, sourcePath: String, sha256: String?, occurredAt: Date, reason: String) {
        self.batchId = batchId
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.occurredAt = occurredAt
        self.reason = reason
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A full-text hit: which page of which document, with the matching passage.
public struct SearchHit: Sendable, Equatable {
    public var documentId: Int64
    public var fileName: String
    public var caseId: String?
    public var pageNumber: Int
    /// The passage around the match, matched terms in [brackets].
    public var snippet: String
}
