import Foundation
import GRDB
import SlussCore

/// How a document found its case: matched by its text, assigned by a person, or waiting.
public struct StoredRouting: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "routing"
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public enum Status: String, Sendable {
        /// Attached by the machine: exactly one registered case matched the text.
        case matched
        /// Waits for a person: no case or several matched.
        case review
        /// A person assigned the case.
        case assigned
    }

    public var id: Int64?
    public var documentId: Int64
    public var status: String
    public var caseId: String?
    public var reason: String
    /// JSON list of the case numbers that matched (several when ambiguous).
    public var candidatesJson: String
    public var decidedBy: String
    public var decidedAt: Date

    public var statusValue: Status? { Status(rawValue: status) }

    public var candidates: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(candidatesJson.utf8))) ?? []
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A document waiting for a person to say which case it belongs to.
public struct RoutingItem: Sendable, Equatable {
    public var document: StoredDocument
    public var routing: StoredRouting
}

extension Store {
    /// Records the machine's routing of a new document: attached to the one matching case, or
    /// waiting for a person.
    static func insert(_ decision: RoutingDecision, documentId: Int64, agent: String, batchId: String?, db: Database) throws {
        let now = Date()
        var routing: StoredRouting
        switch decision {
        case let .attach(caseId, reason):
            try attach(documentId: documentId, caseId: caseId, agent: agent, batchId: batchId, db: db, why: "matched by its text: \(reason)")
            routing = StoredRouting(
                id: nil, documentId: documentId, status: StoredRouting.Status.matched.rawValue, caseId: caseId, reason: reason,
                candidatesJson: try encodedList([caseId]), decidedBy: agent, decidedAt: now)
        case let .review(reason, candidates):
            routing = StoredRouting(
                id: nil, documentId: documentId, status: StoredRouting.Status.review.rawValue, caseId: nil, reason: reason,
                candidatesJson: try encodedList(candidates), decidedBy: agent, decidedAt: now)
            var event = ProvenanceEvent(
                documentId: documentId, kind: .routing, occurredAt: now, agent: agent, batchId: batchId,
                detail: "not attached to a case: \(reason); waits for a person (sluss review)")
            try event.insert(db)
        }
        try routing.insert(db)
    }

    /// A person assigns the case of a document (a routing decision), with the previous state kept.
    @discardableResult
    public func assignCase(documentId: Int64, caseId: String, person: String, note: String?) throws(StoreError) -> StoredRouting {
        try write { db in
            let previous = try Store.latestRouting(documentId: documentId, db: db)
            var reason = "assigned by \(person)"
            if let previous { reason += "; was \(previous.status): \(previous.reason)" }
            if let note, !note.isEmpty { reason += "; note: \(note)" }
            try Store.attach(documentId: documentId, caseId: caseId, agent: person, batchId: nil, db: db, why: reason)
            var routing = StoredRouting(
                id: nil, documentId: documentId, status: StoredRouting.Status.assigned.rawValue, caseId: caseId, reason: reason,
                candidatesJson: previous?.candidatesJson ?? "[]", decidedBy: person, decidedAt: Date())
            try routing.insert(db)
            return routing
        }
    }

    public func routing(documentId: Int64) throws(StoreError) -> StoredRouting? {
        try read { db in try Store.latestRouting(documentId: documentId, db: db) }
    }

    /// Documents waiting for a person to assign their case, the longest-waiting first.
    public func routingQueue() throws(StoreError) -> [RoutingItem] {
        let waiting: [StoredRouting] = try read { db in
            try Store.latestPerDocument(StoredRouting.self, db: db)
                .filter { $0.statusValue == .review }
                .sorted { ($0.decidedAt, $0.documentId) < ($1.decidedAt, $1.documentId) }
        }
        return try waiting.map { routing throws(StoreError) in
            RoutingItem(document: try document(reference: String(routing.documentId)), routing: routing)
        }
    }

    /// Every registered case as routing matches against it.
    public func knownCases() throws(StoreError) -> [KnownCase] {
        try cases().map { KnownCase(id: $0.record.id, subject: $0.record.subjectPersonnummer.flatMap(Personnummer.init)) }
    }

    private static func latestRouting(documentId: Int64, db: Database) throws -> StoredRouting? {
        try latest(StoredRouting.self, documentId: documentId, db: db)
    }

    private static func encodedList(_ items: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(items), as: UTF8.self)
    }
}
