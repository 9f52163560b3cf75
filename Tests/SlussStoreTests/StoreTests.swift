import Foundation
import GRDB
import SlussCore
import Testing
@testable import SlussStore

/// A store in a fresh temporary folder, removed when the test ends.
final class TemporaryStore {
    let folder: String
    let store: Store

    init() throws {
        folder = NSTemporaryDirectory() + "sluss-store-test-\(UUID().uuidString)"
        store = try Store(root: folder + "/store")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func file(named name: String, contents: Data) throws -> String {
        let path = folder + "/" + name
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    func batch(id: String = UUID().uuidString) throws -> Batch {
        let batch = Batch(
            id: id, startedAt: Date(), operatorName: "registrator", host: "testhost", pipelineName: "default",
            pipelinePath: "/p/default.yaml", pipelineSha256: String(repeating: "a", count: 64), slussVersion: "0.1.0",
            tesseractVersion: "5.3.0", leptonicaVersion: "1.82.0", popplerVersion: "22.12.0",
            models: [ModelFile(language: "swe", path: "/t/swe.traineddata", sha256: String(repeating: "b", count: 64))],
            caseId: nil, originalLocation: "Arkiv, skåp 4")
        try store.record(batch: batch)
        return batch
    }

    func page(_ number: Int, _ text: String, source: TextSource = .ocr) -> RecognizedPage {
        RecognizedPage(
            number: number, text: text, source: source, meanConfidence: source == .ocr ? 91 : nil, rotationApplied: 0,
            orientationConfidence: nil, skewCorrected: 0.4, imageWidth: 2480, imageHeight: 3508, dpi: 300,
            words: text.split(separator: " ").enumerated().map { index, word in
                WordBox(text: String(word), x: 100 * index, y: 200, width: 90, height: 40, confidence: 90)
            },
            textLayerNote: nil, timings: StageTimings())
    }

    func insert(_ contents: String, pages: [RecognizedPage], caseId: String? = nil) throws -> StoredDocument {
        let path = try file(named: "\(UUID().uuidString).pdf", contents: Data(contents.utf8))
        let original = try store.originals.store(fileAt: path)
        return try store.insert(Store.NewDocument(
            original: original, format: .pdf, sourcePath: path, batch: try batch(), pages: pages,
            caseId: caseId, originalLocation: "Arkiv, skåp 4", receivedAt: Date()))
    }
}

@Suite struct OriginalsArchiveTests {
    @Test func copiesTheBytesUnchangedUnderTheirSHA256() throws {
        let temporary = try TemporaryStore()
        let bytes = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let path = try temporary.file(named: "scan.pdf", contents: bytes)
        let stored = try temporary.store.originals.store(fileAt: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored.path)) == bytes)
        #expect(stored.byteSize == Int64(bytes.count))
        #expect(stored.relativePath == "originals/\(stored.sha256.prefix(2))/\(stored.sha256)")
        #expect(stored.header == Array(bytes.prefix(1024)))
    }

    @Test func hashIsTheStandardSHA256() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file(named: "abc", contents: Data("abc".utf8))
        let stored = try temporary.store.originals.store(fileAt: path)
        #expect(stored.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aMissingFileFailsWithItsName() throws {
        let temporary = try TemporaryStore()
        #expect {
            try temporary.store.originals.store(fileAt: temporary.folder + "/gone.pdf")
        } throws: { error in
            "\(error)".contains("gone.pdf")
        }
    }

    @Test func leavesNoTemporaryFilesBehind() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file(named: "a.pdf", contents: Data("%PDF-1.4 x".utf8))
        _ = try temporary.store.originals.store(fileAt: path)
        _ = try temporary.store.originals.store(fileAt: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.store.root + "/tmp").isEmpty)
    }
}

@Suite struct StoreTests {
    @Test func storeFilesAreReadableByTheirOwnerOnly() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.insert("%PDF-1.4 one", pages: [temporary.page(1, "Anmälan om oro för barn")])
        let enumerator = FileManager.default.enumerator(atPath: temporary.store.root)!
        var checked = 0
        for case let relative as String in enumerator {
            let path = temporary.store.root + "/" + relative
            let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
            #expect(mode & 0o077 == 0, "\(relative) has mode \(String(mode, radix: 8))")
            checked += 1
        }
        let rootMode = (try FileManager.default.attributesOfItem(atPath: temporary.store.root)[.posixPermissions] as! NSNumber).intValue
        #expect(rootMode == 0o700)
        #expect(checked >= 4)
    }

    @Test func documentPagesWordsAndEventsAreWrittenTogether() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert(
            "%PDF-1.4 two",
            pages: [temporary.page(1, "Remiss från vårdcentralen"), temporary.page(2, "Sammanfattande bedömning ADHD", source: .textLayer)],
            caseId: "SN 2026/0412")
        let id = try #require(document.id)
        let pages = try temporary.store.pages(documentId: id)
        #expect(pages.map(\.number) == [1, 2])
        #expect(pages.map(\.textSource) == ["ocr", "text-layer"])
        #expect(try temporary.store.words(documentId: id, pageNumber: 2).map(\.text) == ["Sammanfattande", "bedömning", "ADHD"])
        #expect(try temporary.store.events(documentId: id).map(\.kind) == ["capture", "text-extraction", "attach"])
        #expect(try temporary.store.documents(caseId: "SN 2026/0412").map(\.id) == [id])
        #expect(try temporary.store.caseRecord(id: "SN 2026/0412")?.createdBy == "registrator")
    }

    @Test func aDocumentIsWrittenWhollyOrNotAtAll() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file(named: "rollback.pdf", contents: Data("%PDF-1.4 rollback".utf8))
        let original = try temporary.store.originals.store(fileAt: path)
        // Two pages numbered 1: the second insert breaks a constraint half-way through the document.
        let broken = Store.NewDocument(
            original: original, format: .pdf, sourcePath: path, batch: try temporary.batch(),
            pages: [temporary.page(1, "första"), temporary.page(1, "andra")], caseId: "SN 2026/9",
            originalLocation: nil, receivedAt: Date())
        #expect(throws: StoreError.self) { try temporary.store.insert(broken) }
        #expect(try temporary.store.documents().isEmpty)
        #expect(try temporary.store.caseRecord(id: "SN 2026/9") == nil)
        #expect(try temporary.store.search("första").isEmpty)
    }

    @Test func theSameBytesCannotBecomeTwoDocuments() throws {
        let temporary = try TemporaryStore()
        let first = try temporary.insert("%PDF-1.4 same", pages: [temporary.page(1, "text")])
        #expect(throws: StoreError.self) {
            _ = try temporary.insert("%PDF-1.4 same", pages: [temporary.page(1, "text")])
        }
        #expect(try temporary.store.document(sha256: first.sha256)?.id == first.id)
        #expect(try temporary.store.documents().count == 1)
    }

    @Test func aDuplicateIsRecordedAndAttachesAnUnattachedDocument() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert("%PDF-1.4 dup", pages: [temporary.page(1, "text")])
        let updated = try temporary.store.recordDuplicate(of: document, sourcePath: "/inkorg/kopia.pdf", batch: try temporary.batch(), caseId: "IFO-2026-7")
        #expect(updated.caseId == "IFO-2026-7")
        let kinds = try temporary.store.events(documentId: document.id!).map(\.kind)
        #expect(kinds.contains("duplicate-received"))
        #expect(kinds.last == "attach")
        // A document already on a case is not moved by a later duplicate.
        let again = try temporary.store.recordDuplicate(of: updated, sourcePath: "/inkorg/kopia2.pdf", batch: try temporary.batch(), caseId: "IFO-2026-8")
        #expect(again.caseId == "IFO-2026-7")
    }

    @Test func searchFindsPagesWithEveryWordAndMarksTheMatch() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert("%PDF-1.4 s", pages: [
            temporary.page(1, "Remiss från skolan om oro"),
            temporary.page(2, "Polisanmälan K123456-26 misshandel"),
            temporary.page(3, "Förskolan har anmält oro för barnet"),
        ])
        let hits = try temporary.store.search("oro för")
        #expect(hits.map(\.pageNumber) == [3])
        #expect(hits.first?.documentId == document.id)
        #expect(hits.first?.snippet.contains("[oro]") == true)
        #expect(try temporary.store.search("K123456-26").map(\.pageNumber) == [2])
        #expect(try temporary.store.search("förskol*").map(\.pageNumber) == [3])
        // Diacritics are letters in Swedish: "for" does not match "för".
        #expect(try temporary.store.search("for").isEmpty)
        #expect(try temporary.store.search("\" OR (").isEmpty)
    }

    @Test func documentsAreFoundByNumberOrSHA256Prefix() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert("%PDF-1.4 ref", pages: [temporary.page(1, "x")])
        #expect(try temporary.store.document(reference: "\(document.id!)").sha256 == document.sha256)
        #expect(try temporary.store.document(reference: String(document.sha256.prefix(10))).id == document.id)
        #expect(throws: StoreError.self) { try temporary.store.document(reference: "999") }
        #expect(throws: StoreError.self) { try temporary.store.document(reference: "abc") }
    }

    @Test func provenanceCarriesBatchSoftwareAndPages() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert("%PDF-1.4 prov", pages: [temporary.page(1, "ett två tre")], caseId: "SN 2026/1")
        let provenance = try temporary.store.provenance(of: document)
        #expect(provenance.sha256 == document.sha256)
        #expect(provenance.operatorName == "registrator")
        #expect(provenance.host == "testhost")
        #expect(provenance.caseId == "SN 2026/1")
        #expect(provenance.originalLocation == "Arkiv, skåp 4")
        #expect(provenance.software.tesseract == "5.3.0")
        #expect(provenance.software.models.map(\.language) == ["swe"])
        #expect(provenance.pageProvenance.first?.words == 3)
        #expect(provenance.pageProvenance.first?.textSource == "ocr")
    }

    @Test func reopeningKeepsTheDataAndAppliesNoMigrationTwice() throws {
        let temporary = try TemporaryStore()
        let document = try temporary.insert("%PDF-1.4 reopen", pages: [temporary.page(1, "beslut")])
        let reopened = try Store(root: temporary.store.root)
        #expect(try reopened.document(sha256: document.sha256)?.id == document.id)
    }

    /// A store folder written by an older Sluss: its database migrated only up to `migration`,
    /// holding one batch ('b1') and `rows` (SQL).
    private func storeMigrated(upTo migration: String, rows: String) throws -> String {
        let folder = NSTemporaryDirectory() + "sluss-\(migration)-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try DatabaseQueue(path: folder + "/" + Store.databaseFileName)
        try Schema.migrator.migrate(database, upTo: migration)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO batch VALUES ('b1', '2026-11-01 09:00:00.000', 'registrator', 'värd', 'default', '/p.yaml',
                    'aa', '0.1.0', '5.3.0', '1.82.0', '22.12.0', '[]', NULL, NULL);
                """ + rows)
        }
        return folder
    }

    @Test func partsOfAStackStoredBeforeTheOriginalsPageCountWasKeptAreStillKnownAsParts() throws {
        // A 6-page stack split at a cover sheet on page 3 (pages 1–2 and 4–6), and a whole letter.
        let folder = try storeMigrated(upTo: "v7-summaries", rows: """
            INSERT INTO document (id, sha256, byte_size, format, page_count, source_path, file_name, stored_path,
                ingested_at, batch_id, first_page, last_page) VALUES
                (1, 'stack', 10, 'pdf', 2, '/in/bunt.pdf', 'bunt.pdf', 'originals/st/stack', '2026-11-01 09:00:01.000', 'b1', 1, 2),
                (2, 'stack', 10, 'pdf', 3, '/in/bunt.pdf', 'bunt.pdf', 'originals/st/stack', '2026-11-01 09:00:01.000', 'b1', 4, 6),
                (3, 'letter', 10, 'pdf', 2, '/in/brev.pdf', 'brev.pdf', 'originals/le/letter', '2026-11-01 09:00:02.000', 'b1', 1, 2);
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(root: folder)
        let first = try store.document(reference: "1"), second = try store.document(reference: "2"), letter = try store.document(reference: "3")
        #expect([first, second, letter].map(\.originalPageCount) == [6, 6, 2])
        #expect(first.isPartOfStack && second.isPartOfStack)
        #expect(!letter.isPartOfStack)
    }

    @Test func aStoreWrittenByTheFirstReleaseIsMigratedWithItsPagesIntact() throws {
        let folder = try storeMigrated(upTo: "v1-foundation", rows: """
            INSERT INTO document VALUES (1, 'cd', 10, 'pdf', 1, '/in/a.pdf', 'a.pdf', 'originals/cd/cd',
                '2026-11-01 09:00:01.000', 'b1', NULL, NULL);
            INSERT INTO page VALUES (1, 1, 1, 'Vårdnadshavare informerades', 'ocr', 93, 0, NULL, 0.3,
                2480, 3508, 300, NULL, 0.1, 0, 0.05, 2.1);
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(root: folder)
        let page = try #require(try store.pages(documentId: 1).first)
        #expect(page.text == "Vårdnadshavare informerades")
        #expect(page.orientation == nil && page.inkMarks == nil && page.scannedDpi == nil)
        #expect(page.surveySeconds == 0)
        #expect(try store.search("vårdnadshavare").map(\.pageNumber) == [1])
        // The document table was rebuilt (v6): same id, whole file as its page range, references intact.
        let document = try store.document(reference: "1")
        #expect(document.firstPage == 1 && document.lastPage == 1 && !document.isPartOfStack)
        #expect(try store.events(documentId: 1).isEmpty)
        let (violations, indexes) = try DatabaseQueue(path: folder + "/" + Store.databaseFileName).read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try db.indexes(on: "document"))
        }
        #expect(violations.isEmpty)
        #expect(indexes.contains { $0.columns == ["case_id"] })
        // Documents from before classification have none, wait for nobody, and can be classified.
        #expect(try store.classification(documentId: 1) == nil)
        #expect(try store.reviewQueue().isEmpty)
        try store.recordReview(documentId: 1, classId: "beslut", person: "handläggare", note: nil)
        #expect(try store.classification(documentId: 1)?.status == "corrected")
        #expect(try store.cases().isEmpty)
        try store.createCase(id: "SN 2026/1", subject: Personnummer("811218-9876"), person: "registrator")
        #expect(try store.caseRecord(id: "SN 2026/1")?.maskedSubject == "811218-****")
    }

    @Test func aStoreFromANewerSluss() throws {
        let temporary = try TemporaryStore()
        let database = try DatabaseQueue(path: temporary.store.root + "/" + Store.databaseFileName)
        try database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        }
        #expect {
            try Store(root: temporary.store.root)
        } throws: { error in
            "\(error)".contains("newer Sluss")
        }
    }
}

@Suite struct ClassificationStoreTests {
    static func machine(_ classId: String, confidence: Double, reviewBelow: Double = 0.9) -> MachineClassification {
        let result = DocumentClassification(
            classId: classId, confidence: confidence,
            ranking: [.init(classId: classId, probability: confidence), .init(classId: "ovrigt", probability: 1 - confidence)],
            termsFor: [.init(term: "frågeställning", weight: 1.2)], termsAgainst: [.init(term: "faktura", weight: -0.3)],
            rules: [], forcedBy: nil, modelConfidence: confidence, reviewBelow: reviewBelow)
        return MachineClassification(
            result: result, reason: "\(classId) over ovrigt", modelPath: "/m/classifier.json",
            modelSHA256: String(repeating: "c", count: 64), pipelineName: "default", pipelineSHA256: String(repeating: "a", count: 64),
            software: "sluss 0.1.0")
    }

    @Test func aClassificationIsStoredWithTheDocumentInOneTransactionWithItsEvent() throws {
        let temporary = try TemporaryStore()
        let path = try temporary.file(named: "bup.pdf", contents: Data("%PDF-1.4 bup".utf8))
        let document = try temporary.store.insert(Store.NewDocument(
            original: try temporary.store.originals.store(fileAt: path), format: .pdf, sourcePath: path, batch: try temporary.batch(),
            pages: [temporary.page(1, "Frågeställning")], caseId: nil, originalLocation: nil, receivedAt: Date(),
            classification: Self.machine("bup-utredning", confidence: 0.97)))
        let stored = try #require(try temporary.store.classification(documentId: document.id!))
        #expect(stored.classId == "bup-utredning" && stored.statusValue == .accepted && stored.confidence == 0.97)
        #expect(stored.explanation?.termsFor.first?.term == "frågeställning")
        let event = try #require(try temporary.store.events(documentId: document.id!).first { $0.kind == "classification" })
        #expect(event.detail.contains("bup-utredning") && event.detail.contains("SHA-256 " + String(repeating: "c", count: 64)))
        let provenance = try temporary.store.provenance(of: document)
        #expect(provenance.classification?.classId == "bup-utredning")
        #expect(provenance.classification?.modelSha256 == String(repeating: "c", count: 64))
    }

    @Test func theReviewQueueHoldsUnsureDocumentsOldestFirstUntilAPersonDecides() throws {
        let temporary = try TemporaryStore()
        let sure = try temporary.insert("%PDF sure", pages: [temporary.page(1, "a")])
        let first = try temporary.insert("%PDF first", pages: [temporary.page(1, "b")])
        let second = try temporary.insert("%PDF second", pages: [temporary.page(1, "c")])
        try temporary.store.record(Self.machine("beslut", confidence: 0.99), documentId: sure.id!)
        try temporary.store.record(Self.machine("ansokan", confidence: 0.55), documentId: first.id!)
        try temporary.store.record(Self.machine("orosanmalan", confidence: 0.61), documentId: second.id!)
        #expect(try temporary.store.reviewQueue().map(\.document.id) == [first.id, second.id])

        let corrected = try temporary.store.recordReview(documentId: first.id!, classId: "ovrigt", person: "registrator Ann", note: "överklagande")
        #expect(corrected.statusValue == .corrected && corrected.previousClassId == "ansokan" && corrected.confidence == nil)
        #expect(corrected.reason.contains("set to ovrigt; was ansokan (sluss 0.1.0, confidence 0.55)") && corrected.reason.contains("överklagande"))
        let confirmed = try temporary.store.recordReview(documentId: second.id!, classId: "orosanmalan", person: "registrator Ann", note: nil)
        #expect(confirmed.statusValue == .confirmed)
        #expect(try temporary.store.reviewQueue().isEmpty)

        // The history keeps every decision; the event says who changed what.
        #expect(try temporary.store.classificationHistory(documentId: first.id!).map(\.classId) == ["ansokan", "ovrigt"])
        let event = try #require(try temporary.store.events(documentId: first.id!).last)
        #expect(event.kind == "classification-review" && event.agent == "registrator Ann")
        let provenance = try temporary.store.provenance(of: first)
        #expect(provenance.classification?.decidedBy == "registrator Ann")
        #expect(provenance.classification?.machine?.hasPrefix("ansokan 0.55") == true)
        #expect(Set(try temporary.store.currentClassifications().values.map(\.classId)) == ["beslut", "ovrigt", "orosanmalan"])
    }
}
