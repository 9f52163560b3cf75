import Foundation
import GRDB
import SlussCore

/// A document's summary as made at one time. Append-only: the latest for a document is the one
/// shown; a recomputed summary (`sluss summary --refresh`) is added, never written over.
public struct StoredSummary: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "summary"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var documentId: Int64
    /// Method name and version, e.g. "sluss-extractive-3".
    public var method: String
    /// `DocumentSummary` as JSON (sorted keys): sentences, facts, headings, parameters.
    public var bodyJson: String
    /// "sluss VERSION".
    public var software: String
    public var pipelineName: String
    public var pipelineSha256: String
    public var createdAt: Date

    /// The summary; nil only if the stored JSON was damaged by hand.
    public var summary: DocumentSummary? {
        try? JSONDecoder().decode(DocumentSummary.self, from: Data(bodyJson.utf8))
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A summary ready to be stored, with what produced it.
public struct MadeSummary: Sendable {
    public var summary: DocumentSummary
    public var software: String
    public var pipelineName: String
    public var pipelineSHA256: String

    public init(summary: DocumentSummary, software: String, pipelineName: String, pipelineSHA256: String) {
        self.summary = summary
        self.software = software
        self.pipelineName = pipelineName
        self.pipelineSHA256 = pipelineSHA256
    }
}

extension Store {
    /// Stores a summary as the document's current one, with its provenance event.
    @discardableResult
    public func record(_ summary: MadeSummary, documentId: Int64) throws(StoreError) -> StoredSummary {
        try write { db in try Store.insert(summary, documentId: documentId, db: db) }
    }

    @discardableResult
    static func insert(_ made: MadeSummary, documentId: Int64, db: Database) throws -> StoredSummary {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let summary = made.summary
        var stored = StoredSummary(
            id: nil, documentId: documentId, method: summary.method, bodyJson: String(decoding: try encoder.encode(summary), as: UTF8.self),
            software: made.software, pipelineName: made.pipelineName, pipelineSha256: made.pipelineSHA256, createdAt: Date())
        try stored.insert(db)
        let parameters = summary.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        var event = ProvenanceEvent(
            documentId: documentId, kind: .summary, occurredAt: stored.createdAt, agent: made.software, batchId: nil,
            detail: "summarised by \(summary.method): \(summary.sentences.count) sentences, \(summary.words) of \(summary.documentWords) words (budget \(summary.wordBudget)), \(summary.facts.count) key facts; pipeline \(made.pipelineName) SHA-256 \(made.pipelineSHA256); parameters: \(parameters)")
        try event.insert(db)
        return stored
    }

    /// The document's current summary; nil when it has none (stored before summaries existed,
    /// or by a pipeline that does not summarise).
    public func summary(documentId: Int64) throws(StoreError) -> StoredSummary? {
        try read { db in try Store.latest(StoredSummary.self, documentId: documentId, db: db) }
    }
}
