import Foundation
import GRDB
import SlussCore

/// One decision about a document's class. The latest for a document is its class; earlier ones
/// stay as its history.
public struct StoredClassification: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "classification"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public enum Status: String, Sendable {
        /// The machine was at least as sure as the pipeline's threshold.
        case accepted
        /// The machine was unsure: waits in `sluss review`.
        case review
        /// A person agreed with the machine.
        case confirmed
        /// A person set another class.
        case corrected
    }

    public var id: Int64?
    public var documentId: Int64
    public var classId: String
    /// The machine's calibrated confidence; nil for a person's decision.
    public var confidence: Double?
    public var status: String
    /// "sluss VERSION" for the machine, the person's account name otherwise.
    public var decidedBy: String
    public var decidedAt: Date
    public var previousClassId: String?
    /// One line a person can read: why the machine decided so, or what the person did.
    public var reason: String
    /// The machine's full result (`DocumentClassification` as JSON).
    public var explanationJson: String?
    public var modelPath: String?
    public var modelSha256: String?
    public var pipelineName: String?
    public var pipelineSha256: String?

    public var statusValue: Status? { Status(rawValue: status) }

    public var explanation: DocumentClassification? {
        explanationJson.flatMap { try? JSONDecoder().decode(DocumentClassification.self, from: Data($0.utf8)) }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A machine classification ready to be stored, with what produced it.
public struct MachineClassification: Sendable {
    public var result: DocumentClassification
    public var reason: String
    public var modelPath: String
    public var modelSHA256: String
    public var pipelineName: String
    public var pipelineSHA256: String
    public var software: String

    public init(result: DocumentClassification, reason: String, modelPath: String, modelSHA256: String,
                pipelineName: String, pipelineSHA256: String, software: String) {
        self.result = result
        self.reason = reason
        self.modelPath = modelPath
        self.modelSHA256 = modelSHA256
        self.pipelineName = pipelineName
        self.pipelineSHA256 = pipelineSHA256
        self.software = software
    }
}

/// A document waiting for a person, with the machine's unsure decision.
public struct ReviewItem: Sendable, Equatable {
    public var document: StoredDocument
    public var classification: StoredClassification
}

extension Store {
    /// Stores a machine classification of a document as its current class, with its provenance event.
    @discardableResult
    public func record(_ classification: MachineClassification, documentId: Int64) throws(StoreError) -> StoredClassification {
        try write { db in try Store.insert(classification, documentId: documentId, db: db) }
    }

    @discardableResult
    static func insert(_ classification: MachineClassification, documentId: Int64, db: Database) throws -> StoredClassification {
        let previous = try latestClassification(documentId: documentId, db: db)
        let result = classification.result
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var stored = StoredClassification(
            id: nil, documentId: documentId, classId: result.classId, confidence: result.confidence,
            status: (result.needsReview ? StoredClassification.Status.review : .accepted).rawValue,
            decidedBy: classification.software, decidedAt: Date(), previousClassId: previous?.classId,
            reason: classification.reason, explanationJson: String(decoding: try encoder.encode(result), as: UTF8.self),
            modelPath: classification.modelPath, modelSha256: classification.modelSHA256,
            pipelineName: classification.pipelineName, pipelineSha256: classification.pipelineSHA256)
        try stored.insert(db)
        let outcome = result.needsReview
            ? "below the review threshold \(result.reviewBelow): waits for a person"
            : "accepted (threshold \(result.reviewBelow))"
        var event = ProvenanceEvent(
            documentId: documentId, kind: .classification, occurredAt: stored.decidedAt, agent: classification.software, batchId: nil,
            detail: "classified as \(result.classId), confidence \(String(format: "%.2f", result.confidence)), \(outcome); model \(classification.modelPath) SHA-256 \(classification.modelSHA256); pipeline \(classification.pipelineName) SHA-256 \(classification.pipelineSHA256); \(classification.reason)")
        try event.insert(db)
        return stored
    }

    /// A person's decision on a document's class: `classId` equal to the current class confirms
    /// it, another class corrects it. The previous class and who decided are kept.
    @discardableResult
    public func recordReview(documentId: Int64, classId: String, person: String, note: String?) throws(StoreError) -> StoredClassification {
        try write { db in
            let previous = try Store.latestClassification(documentId: documentId, db: db)
            let confirms = previous?.classId == classId
            let was = previous.map { previous in
                "\(previous.classId) (\(previous.decidedBy)\(previous.confidence.map { String(format: ", confidence %.2f", $0) } ?? ""))"
            } ?? "unclassified"
            var reason = confirms ? "confirmed \(classId); was \(was)" : "set to \(classId); was \(was)"
            if let note, !note.isEmpty { reason += "; note: \(note)" }
            var stored = StoredClassification(
                id: nil, documentId: documentId, classId: classId, confidence: nil,
                status: (confirms ? StoredClassification.Status.confirmed : .corrected).rawValue,
                decidedBy: person, decidedAt: Date(), previousClassId: previous?.classId, reason: reason,
                explanationJson: nil, modelPath: nil, modelSha256: nil, pipelineName: nil, pipelineSha256: nil)
            try stored.insert(db)
            var event = ProvenanceEvent(
                documentId: documentId, kind: .classificationReview, occurredAt: stored.decidedAt, agent: person,
                batchId: nil, detail: reason)
            try event.insert(db)
            return stored
        }
    }

    public func classification(documentId: Int64) throws(StoreError) -> StoredClassification? {
        try read { db in try Store.latestClassification(documentId: documentId, db: db) }
    }

    public func classificationHistory(documentId: Int64) throws(StoreError) -> [StoredClassification] {
        try read { db in
            try StoredClassification.filter(Column("document_id") == documentId).order(Column("id")).fetchAll(db)
        }
    }

    /// The current class of every classified document, by document id.
    public func currentClassifications() throws(StoreError) -> [Int64: StoredClassification] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Store.latestPerDocument(StoredClassification.self, db: db).map { ($0.documentId, $0) })
        }
    }

    /// Documents whose current classification waits for a person, the longest-waiting first.
    public func reviewQueue() throws(StoreError) -> [ReviewItem] {
        let current = try currentClassifications()
        let waiting = current.values.filter { $0.statusValue == .review }
            .sorted { ($0.decidedAt, $0.documentId) < ($1.decidedAt, $1.documentId) }
        return try waiting.map { classification throws(StoreError) in
            ReviewItem(document: try document(reference: String(classification.documentId)), classification: classification)
        }
    }

    private static func latestClassification(documentId: Int64, db: Database) throws -> StoredClassification? {
        try latest(StoredClassification.self, documentId: documentId, db: db)
    }

    // The decision tables (classification, routing) are append-only: a document's latest row,
    // the one with the highest id, is its current state.

    static func latest<Decision: FetchableRecord & TableRecord>(_: Decision.Type, documentId: Int64, db: Database) throws -> Decision? {
        try Decision.filter(Column("document_id") == documentId).order(Column("id").desc).fetchOne(db)
    }

    static func latestPerDocument<Decision: FetchableRecord & TableRecord>(_: Decision.Type, db: Database) throws -> [Decision] {
        let table = Decision.databaseTableName
        return try Decision.fetchAll(db, sql: "SELECT * FROM \(table) WHERE id IN (SELECT MAX(id) FROM \(table) GROUP BY document_id) ORDER BY id")
    }
}
