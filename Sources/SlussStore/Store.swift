import Foundation
import GRDB
import SlussCore

/// The embedded store: a private folder with the SQLite database and the archive of originals.
public final class Store: Sendable {
    public let root: String
    public let originals: OriginalsArchive
    private let database: DatabasePool

    public static let databaseFileName = "sluss.sqlite"

    /// Opens the store at `root`, creating it (owner-only permissions) and migrating its schema.
    public init(root: String) throws(StoreError) {
        self.root = root
        originals = OriginalsArchive(storeRoot: root)
        try StoreFiles.createPrivateFolder(root)
        try originals.prepareFolders()
        let path = (root as NSString).appendingPathComponent(Store.databaseFileName)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            for file in [path, path + "-wal", path + "-shm"] where access(file, F_OK) == 0 {
                chmod(file, 0o600)
            }
            let migrator = Schema.migrator
            // Asked on the writer: a reader opened before the migration would keep the old schema
            // in its cache and fail to decode the new columns.
            let unknown = try database.writeWithoutTransaction { db in try migrator.appliedIdentifiers(db) }
                .subtracting(migrator.migrations)
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, migrations: unknown.sorted()) }
            try migrator.migrate(database)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpenDatabase(path: path, reason: "\(error)" + StoreFiles.lowSpaceNote(root))
        }
    }

    // MARK: Writing

    public func record(batch: Batch) throws(StoreError) {
        try write { db in try batch.insert(db) }
    }

    public func record(failure: IngestFailure) throws(StoreError) {
        try write { db in
            var failure = failure
            try failure.insert(db)
        }
    }

    /// Everything read from one original, written in one transaction: the document, its pages and
    /// words, the case it is attached to, and the provenance events.
    public struct NewDocument: Sendable {
        public var original: StoredOriginal
        public var format: SourceFormat
        public var sourcePath: String
        public var batch: Batch
        public var pages: [RecognizedPage]
        public var caseId: String?
        public var originalLocation: String?
        public var receivedAt: Date
        public var classification: MachineClassification?
        /// Where the document goes when no case was given; nil when `caseId` is set or the
        /// pipeline does not match cases.
        public var routing: RoutingDecision?
        /// The summary made at ingest; nil when the pipeline does not summarise.
        public var summary: MadeSummary?
        /// Page of the original the document starts on (not 1 for a part of a split stack).
        public var firstPage = 1
        /// Pages of the whole original; nil when the document is all of it.
        public var originalPageCount: Int?
        /// How the stack was split at this part (the cover sheet or separator before it).
        public var splitNote: String?
        /// Why `caseId` was chosen when not by `--case` (a cover sheet).
        public var caseReason: String?

        public init(
            original: StoredOriginal, format: SourceFormat, sourcePath: String, batch: Batch,
            pages: [RecognizedPage], caseId: String?, originalLocation: String?, receivedAt: Date,
            classification: MachineClassification? = nil, routing: RoutingDecision? = nil
        ) {
            self.routing = routing
            self.classification = classification
            self.original = original
            self.format = format
            self.sourcePath = sourcePath
            self.batch = batch
            self.pages = pages
            self.caseId = caseId
            self.originalLocation = originalLocation
            self.receivedAt = receivedAt
        }
    }

    public func insert(_ new: NewDocument) throws(StoreError) -> StoredDocument {
        try write { db in try Store.insert(new, db: db) }
    }

    /// The documents one scanned stack was split into, all written in one transaction: the stack
    /// is stored whole or not at all.
    public func insert(parts: [NewDocument]) throws(StoreError) -> [StoredDocument] {
        try write { db in try parts.map { part in try Store.insert(part, db: db) } }
    }

    private static func insert(_ new: NewDocument, db: Database) throws -> StoredDocument {
        let now = Date()
        let lastPage = new.firstPage + new.pages.count - 1
        var document = StoredDocument(
            id: nil, sha256: new.original.sha256, byteSize: new.original.byteSize, format: new.format.rawValue,
            pageCount: new.pages.count, sourcePath: new.sourcePath,
            fileName: (new.sourcePath as NSString).lastPathComponent, storedPath: new.original.relativePath,
            ingestedAt: now, batchId: new.batch.id, caseId: nil, originalLocation: new.originalLocation,
            firstPage: new.firstPage, lastPage: lastPage, originalPageCount: new.originalPageCount ?? lastPage)
        try document.insert(db)
        let documentId = document.id!
        for page in new.pages {
            try StoredPage(
                id: nil, documentId: documentId, number: page.number, text: page.text, textSource: page.source.rawValue,
                meanConfidence: page.meanConfidence, rotationApplied: page.rotationApplied,
                orientationConfidence: page.orientationConfidence, orientation: page.orientation?.rawValue,
                skewCorrected: page.skewCorrected,
                imageWidth: page.imageWidth, imageHeight: page.imageHeight, dpi: page.dpi,
                scannedDpi: page.scannedDPI, inkMarks: page.survey?.inkMarks, inkCoverage: page.survey?.inkCoverage,
                textLayerNote: page.textLayerNote, loadSeconds: page.timings.load,
                surveySeconds: page.timings.survey, orientationSeconds: page.timings.orientation, deskewSeconds: page.timings.deskew,
                ocrSeconds: page.timings.ocr
            ).insert(db)
            for (ordinal, word) in page.words.enumerated() {
                try StoredWord(
                    documentId: documentId, pageNumber: page.number, ordinal: ordinal, text: word.text,
                    x: word.x, y: word.y, width: word.width, height: word.height, confidence: word.confidence
                ).insert(db)
            }
        }
        let agent = new.batch.operatorName
        let part = !document.isPartOfStack ? "" : document.firstPage == document.lastPage
            ? "page \(document.firstPage) of " : "pages \(document.firstPage)–\(document.lastPage) of "
        var capture = ProvenanceEvent(
            documentId: documentId, kind: .capture, occurredAt: new.receivedAt, agent: agent, batchId: new.batch.id,
            detail: "\(part)original \(new.sourcePath) (\(new.original.byteSize) bytes, SHA-256 \(new.original.sha256)) copied unchanged to \(new.original.relativePath) on \(new.batch.host)" + (new.splitNote.map { "; \($0)" } ?? ""))
        try capture.insert(db)
        let tally = PageTally(new.pages)
        var extraction = ProvenanceEvent(
            documentId: documentId, kind: .textExtraction, occurredAt: now, agent: "sluss \(new.batch.slussVersion)",
            batchId: new.batch.id,
            detail: "\(new.pages.count) pages: \(tally.ocr) by OCR (Tesseract \(new.batch.tesseractVersion), models \(new.batch.models.map(\.language).joined(separator: ", "))), \(tally.textLayer) from the PDF text layer (Poppler \(new.batch.popplerVersion)), \(tally.blank) blank and not read; pipeline \(new.batch.pipelineName) SHA-256 \(new.batch.pipelineSha256)")
        try extraction.insert(db)
        if let classification = new.classification {
            try Store.insert(classification, documentId: documentId, db: db)
        }
        if let summary = new.summary {
            try Store.insert(summary, documentId: documentId, db: db)
        }
        if let caseId = new.caseId {
            try Store.attach(documentId: documentId, caseId: caseId, agent: agent, batchId: new.batch.id, db: db, why: new.caseReason)
            document.caseId = caseId
        } else if let routing = new.routing {
            try Store.insert(routing, documentId: documentId, agent: "sluss \(new.batch.slussVersion)", batchId: new.batch.id, db: db)
            if case let .attach(caseId, _) = routing { document.caseId = caseId }
        }
        return document
    }

    /// Notes that the same bytes arrived again, and attaches the document to `caseId` when it has
    /// no case yet. Returns the document as it now is.
    public func recordDuplicate(of document: StoredDocument, sourcePath: String, batch: Batch, caseId: String?) throws(StoreError) -> StoredDocument {
        try write { db in
            var event = ProvenanceEvent(
                documentId: document.id!, kind: .duplicateReceived, occurredAt: Date(), agent: batch.operatorName,
                batchId: batch.id, detail: "the same bytes were received again as \(sourcePath); no new document was made")
            try event.insert(db)
            var current = document
            if let caseId, document.caseId == nil {
                try Store.attach(documentId: document.id!, caseId: caseId, agent: batch.operatorName, batchId: batch.id, db: db)
                current.caseId = caseId
            }
            return current
        }
    }

    static func attach(documentId: Int64, caseId: String, agent: String, batchId: String?, db: Database, why: String? = nil) throws {
        if try CaseRecord.fetchOne(db, key: caseId) == nil {
            try CaseRecord(id: caseId, createdAt: Date(), createdBy: agent).insert(db)
        }
        try db.execute(sql: "UPDATE document SET case_id = ? WHERE id = ?", arguments: [caseId, documentId])
        var event = ProvenanceEvent(
            documentId: documentId, kind: .attach, occurredAt: Date(), agent: agent, batchId: batchId,
            detail: "attached to case \(caseId)" + (why.map { " (\($0))" } ?? ""))
        try event.insert(db)
    }

    // MARK: Reading

    public func document(sha256: String) throws(StoreError) -> StoredDocument? {
        try read { db in try StoredDocument.filter(Column("sha256") == sha256).fetchOne(db) }
    }

    /// Finds a document by numeric id or by a prefix (at least 8 characters) of its SHA-256.
    public func document(reference: String) throws(StoreError) -> StoredDocument {
        let found: [StoredDocument] = try read { db in
            if let id = Int64(reference), let document = try StoredDocument.fetchOne(db, key: id) {
                return [document]
            }
            // A SHA-256 prefix may be all digits ("20261104"): tried as a prefix when no id matches.
            guard reference.count >= 8, reference.allSatisfy(\.isHexDigit) else { return [] }
            return try StoredDocument.filter(Column("sha256").like("\(reference.lowercased())%")).limit(2).fetchAll(db)
        }
        if found.count > 1 { throw .ambiguousDocument(reference, matches: found.count) }
        guard let document = found.first else { throw .documentNotFound(reference) }
        return document
    }

    public func documents(caseId: String? = nil) throws(StoreError) -> [StoredDocument] {
        try read { db in
            var request = StoredDocument.order(Column("id"))
            if let caseId { request = request.filter(Column("case_id") == caseId) }
            return try request.fetchAll(db)
        }
    }

    /// Registers a case before any document arrives for it, with the personnummer of the person it
    /// is about when known.
    @discardableResult
    public func createCase(id: String, subject: Personnummer?, person: String) throws(StoreError) -> CaseRecord {
        try write { db in
            if try CaseRecord.fetchOne(db, key: id) != nil { throw StoreError.caseExists(id) }
            let record = CaseRecord(id: id, createdAt: Date(), createdBy: person, subjectPersonnummer: subject?.digits)
            try record.insert(db)
            return record
        }
    }

    /// Every case with how many documents it holds, in order of case number.
    public func cases() throws(StoreError) -> [(record: CaseRecord, documents: Int)] {
        try read { db in
            let counts = try Row.fetchAll(db, sql: "SELECT case_id, COUNT(*) AS n FROM document WHERE case_id IS NOT NULL GROUP BY case_id")
            let byCase = Dictionary(uniqueKeysWithValues: counts.map { ($0["case_id"] as String, $0["n"] as Int) })
            return try CaseRecord.order(Column("id")).fetchAll(db).map { ($0, byCase[$0.id] ?? 0) }
        }
    }

    public func caseRecord(id: String) throws(StoreError) -> CaseRecord? {
        try read { db in try CaseRecord.fetchOne(db, key: id) }
    }

    public func pages(documentId: Int64) throws(StoreError) -> [StoredPage] {
        try read { db in
            try StoredPage.filter(Column("document_id") == documentId).order(Column("number")).fetchAll(db)
        }
    }

    public func wordCounts(documentId: Int64) throws(StoreError) -> [Int: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT page_number, COUNT(*) AS n FROM word WHERE document_id = ? GROUP BY page_number", arguments: [documentId])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["page_number"] as Int, $0["n"] as Int) })
        }
    }

    public func words(documentId: Int64, pageNumber: Int) throws(StoreError) -> [StoredWord] {
        try read { db in
            try StoredWord.filter(Column("document_id") == documentId && Column("page_number") == pageNumber)
                .order(Column("ordinal")).fetchAll(db)
        }
    }

    public func events(documentId: Int64) throws(StoreError) -> [ProvenanceEvent] {
        try read { db in
            try ProvenanceEvent.filter(Column("document_id") == documentId).order(Column("id")).fetchAll(db)
        }
    }

    public func batch(id: String) throws(StoreError) -> Batch? {
        try read { db in try Batch.fetchOne(db, key: id) }
    }

    public func failures(batchId: String? = nil) throws(StoreError) -> [IngestFailure] {
        try read { db in
            var request = IngestFailure.order(Column("id"))
            if let batchId { request = request.filter(Column("batch_id") == batchId) }
            return try request.fetchAll(db)
        }
    }

    /// Pages matching every word of `query` (a trailing `*` matches a prefix), best matches first.
    public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [SearchHit] {
        guard let pattern = SearchQuery.ftsPattern(query) else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT page.document_id, page.number, document.file_name, document.case_id,
                       snippet(page_fts, 0, '[', ']', '…', 12) AS snippet
                FROM page_fts
                JOIN page ON page.id = page_fts.rowid
                JOIN document ON document.id = page.document_id
                WHERE page_fts MATCH ?
                ORDER BY bm25(page_fts), page.document_id, page.number
                LIMIT ?
                """, arguments: [pattern, limit])
            return rows.map { row in
                SearchHit(
                    documentId: row["document_id"], fileName: row["file_name"], caseId: row["case_id"],
                    pageNumber: row["number"], snippet: row["snippet"])
            }
        }
    }

    // MARK: Transactions

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .databaseFailure("\(error)" + StoreFiles.lowSpaceNote(root))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .databaseFailure("\(error)")
        }
    }
}

/// Turns what a person types into an FTS5 query that cannot be a syntax error.
enum SearchQuery {
    /// Each whitespace-separated word must occur; a word with inner punctuation ("K123456-26",
    /// "2026/0412") must occur as the phrase of its parts, as the index splits it the same way.
    static func ftsPattern(_ query: String) -> String? {
        let terms = query.split(whereSeparator: { $0.isWhitespace }).compactMap { raw -> String? in
            let prefix = raw.hasSuffix("*")
            let parts = raw.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            guard !parts.isEmpty else { return nil }
            return "\"\(parts.joined(separator: " "))\"" + (prefix ? "*" : "")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}
