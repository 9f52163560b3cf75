import ArgumentParser
import Foundation
import SlussCore
import SlussStore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the documents in the store, oldest first.")

    @Option(name: .customLong("case"), help: ArgumentHelp("Only documents attached to this case.", valueName: "id"))
    var caseId: String?

    @Flag(help: "One JSON object per document.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let documents = try store.documents(caseId: caseId)
        DocumentListing.print(documents, classes: try store.currentClassifications(), json: json)
    }
}

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Register cases, list them, and list the documents attached to one.",
        discussion: """
            Examples:
              sluss case "SN 2026/0412"                               (its documents)
              sluss case create "SN 2026/0412" --subject 811218-9876
              sluss case list
            Personnummer are kept in the store for matching documents to cases and printed masked \
            (YYMMDD-****).
            """,
        subcommands: [CaseDocumentsCommand.self, CaseCreateCommand.self, CaseListCommand.self],
        defaultSubcommand: CaseDocumentsCommand.self)
}

struct CaseDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the documents attached to a case (the default: 'sluss case ID').")

    @Argument(help: ArgumentHelp("The case number.", valueName: "id"))
    var caseId: String

    @Flag(help: "One JSON object per document.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        guard let record = try store.caseRecord(id: caseId) else {
            Console.error("no case '\(caseId)' in the store; register it with 'sluss case create \(caseId)' or attach documents with 'sluss ingest --case \(caseId) …'")
            throw ExitCode(1)
        }
        let documents = try store.documents(caseId: caseId)
        if !json {
            let subject = record.maskedSubject.map { ", about \($0)" } ?? ""
            Console.line("Case \(caseId)\(subject): \(documents.count) document\(documents.count == 1 ? "" : "s")")
        }
        DocumentListing.print(documents, classes: try store.currentClassifications(), json: json)
    }
}

struct CaseCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Register a case before its documents arrive.")

    @Argument(help: ArgumentHelp("The case number (checked against the pipeline's cases.number_pattern).", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp(
        "Personnummer or samordningsnummer of the person the case is about (YYMMDD-NNNN or YYYYMMDDNNNN); checked by its check digit.",
        valueName: "personnummer"))
    var subject: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("Who registers the case. Default: the logged-in user.", valueName: "name"))
    var operatorName: String?

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        // Never echo the number: it may be right but for one digit.
        if let subject, Personnummer(subject) == nil {
            throw ValidationError("--subject is not a valid personnummer or samordningsnummer (check the date and the last digit)")
        }
    }

    func run() throws {
        let pipeline = try pipelineOptions.load()
        try PipelineOptions.requireCaseNumber(caseId, in: pipeline)
        let store = try storeOptions.open(creatingIfMissing: true)
        do {
            let record = try store.createCase(id: caseId, subject: subject.flatMap(Personnummer.init), person: operatorName ?? ProcessEnvironment.userName)
            Console.line("Case \(record.id) registered\(record.maskedSubject.map { ", about \($0)" } ?? "").")
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the cases in the store, with their subject (masked) and number of documents.")

    @Flag(help: "One JSON object per case: id, subject (masked), documents, created_at, created_by.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    struct Line: Encodable {
        var id: String
        var subject: String?
        var documents: Int
        var createdAt: Date
        var createdBy: String

        enum CodingKeys: String, CodingKey {
            case id, subject, documents
            case createdAt = "created_at"
            case createdBy = "created_by"
        }
    }

    func run() throws {
        let store = try storeOptions.open()
        let cases = try store.cases()
        if json {
            for (record, documents) in cases {
                Console.json(Line(id: record.id, subject: record.maskedSubject, documents: documents, createdAt: record.createdAt, createdBy: record.createdBy))
            }
            return
        }
        if cases.isEmpty { Console.line("(no cases)") }
        for (record, documents) in cases {
            let subject = (record.maskedSubject ?? "–").padding(toLength: 12, withPad: " ", startingAt: 0)
            Console.line("\(record.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(subject) \(documents) document\(documents == 1 ? "" : "s")  registered \(Console.iso8601(record.createdAt)) by \(record.createdBy)")
        }
    }
}

/// The document table shared by `documents` and `case`.
enum DocumentListing {
    struct Line: Encodable {
        var id: Int64?
        var source: String
        var fileName: String
        var sha256: String
        var pages: Int
        var format: String
        var status = "ingested"
        var caseId: String?
        var ingestedAt: Date
        var originalLocation: String?
        var classId: String?
        var classStatus: String?

        enum CodingKeys: String, CodingKey {
            case id, source, sha256, pages, format, status
            case classId = "class"
            case classStatus = "class_status"
            case fileName = "file_name"
            case caseId = "case"
            case ingestedAt = "ingested_at"
            case originalLocation = "original_location"
        }

        init(_ document: StoredDocument, classification: StoredClassification?) {
            classId = classification?.classId
            classStatus = classification?.status
            id = document.id
            source = document.sourcePath
            fileName = document.fileName
            sha256 = document.sha256
            pages = document.pageCount
            format = document.format
            caseId = document.caseId
            ingestedAt = document.ingestedAt
            originalLocation = document.originalLocation
        }
    }

    static func print(_ documents: [StoredDocument], classes: [Int64: StoredClassification], json: Bool) {
        if json {
            documents.forEach { Console.json(Line($0, classification: $0.id.flatMap { classes[$0] })) }
            return
        }
        if documents.isEmpty {
            Console.line("(no documents)")
            return
        }
        for document in documents {
            let id = "#\(document.id ?? 0)".padding(toLength: 6, withPad: " ", startingAt: 0)
            let pages = "\(document.pageCount) p.".padding(toLength: 7, withPad: " ", startingAt: 0)
            let format = document.format.uppercased().padding(toLength: 5, withPad: " ", startingAt: 0)
            let caseText = (document.caseId ?? "–").padding(toLength: 16, withPad: " ", startingAt: 0)
            let classification = document.id.flatMap { classes[$0] }
            let classText = ((classification?.classId ?? "–") + (classification?.statusValue == .review ? " (review)" : ""))
                .padding(toLength: 22, withPad: " ", startingAt: 0)
            Console.line("\(id) \(pages) \(format) \(caseText) \(classText) \(Console.iso8601(document.ingestedAt))  \(document.fileName)")
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a document's metadata and the full provenance of its paper original.",
        discussion: "DOC is the number shown by 'sluss documents' or the first 8 or more characters of the SHA-256.")

    @Argument(help: ArgumentHelp("The document: its number or a SHA-256 prefix.", valueName: "doc"))
    var document: String

    @Flag(help: "Print the provenance as one JSON object.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let provenance = try store.provenance(of: Lookup.document(document, in: store))
        if json {
            Console.json(provenance)
        } else {
            ProvenanceReport.print(provenance)
        }
    }
}

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print a document's text; pages are separated by a form feed.")

    @Argument(help: ArgumentHelp("The document: its number or a SHA-256 prefix.", valueName: "doc"))
    var document: String

    @Option(help: ArgumentHelp("Only this page (1 is the first page of the paper original).", valueName: "n"))
    var page: Int?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let found = try Lookup.document(document, in: store)
        let pages = try store.pages(documentId: found.id!)
        if let page {
            guard let match = pages.first(where: { $0.number == page }) else {
                Console.error("document #\(found.id!) has pages 1–\(found.pageCount); there is no page \(page)")
                throw ExitCode(1)
            }
            FileHandle.standardOutput.write(Data(match.text.utf8))
            return
        }
        FileHandle.standardOutput.write(Data(pages.map(\.text).joined(separator: "\u{0C}").utf8))
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over every page of every document.",
        discussion: """
            Pages containing all the words are listed, best match first, with document, page and the \
            passage. A word ending in * matches words beginning with it: 'utred*'.
            Example: sluss search "sammanfattande bedömning" ADHD
            """)

    @Argument(help: ArgumentHelp("Words to find.", valueName: "word"))
    var words: [String]

    @Option(help: "At most this many hits.")
    var limit = 50

    @Flag(help: "One JSON object per hit.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    struct Hit: Encodable {
        var document: Int64
        var page: Int
        var fileName: String
        var caseId: String?
        var snippet: String

        enum CodingKeys: String, CodingKey {
            case document, page, snippet
            case fileName = "file_name"
            case caseId = "case"
        }
    }

    func validate() throws {
        if words.allSatisfy({ $0.allSatisfy { !$0.isLetter && !$0.isNumber } }) {
            throw ValidationError("give at least one word to search for")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let hits = try store.search(words.joined(separator: " "), limit: limit)
        for hit in hits {
            if json {
                Console.json(Hit(document: hit.documentId, page: hit.pageNumber, fileName: hit.fileName, caseId: hit.caseId, snippet: hit.snippet))
            } else {
                let snippet = hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " ")
                Console.line("#\(hit.documentId) s. \(hit.pageNumber)  \(hit.fileName)\(hit.caseId.map { "  (\($0))" } ?? "")\n    \(snippet)")
            }
        }
        if hits.isEmpty && !json {
            Console.line("(no hits)")
        }
    }
}

/// Finding a document by the reference a user typed; not found is exit status 1 with a hint.
enum Lookup {
    static func document(_ reference: String, in store: Store) throws -> StoredDocument {
        do {
            return try store.document(reference: reference)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// The human-readable form of `show`.
enum ProvenanceReport {
    static func routingNote(_ p: DocumentProvenance) -> String {
        guard let routing = p.routing, let reason = p.routingReason else { return "" }
        switch routing {
        case "review": return ", WAITS FOR A PERSON to assign it (sluss review \(p.id) --case ID): \(reason)"
        case "matched": return ", found in its text: \(reason)"
        default: return ", \(reason)"
        }
    }

    static func classificationLines(_ c: DocumentProvenance.Classification) -> [String] {
        var lines = ["Classification"]
        let confidence = c.confidence.map { ", confidence \(String(format: "%.2f", $0))" } ?? ""
        switch c.status {
        case "review":
            lines.append("  \(c.classId)\(confidence): WAITS FOR REVIEW (sluss review \(c.decidedAt.timeIntervalSince1970 > 0 ? "DOC --accept or --set CLASS" : ""))")
        case "confirmed", "corrected":
            lines.append("  \(c.classId): \(c.status) by \(c.decidedBy) on \(Console.iso8601(c.decidedAt))")
        default:
            lines.append("  \(c.classId)\(confidence), accepted automatically on \(Console.iso8601(c.decidedAt))")
        }
        lines.append("  Reason           \(c.reason)")
        if let machine = c.machine { lines.append("  Machine said     \(machine)") }
        let runners = c.ranking.filter { $0.classId != c.classId && $0.probability >= 0.005 }.prefix(3)
        if !runners.isEmpty {
            lines.append("  Runners-up       " + runners.map { "\($0.classId) \(String(format: "%.2f", $0.probability))" }.joined(separator: ", "))
        }
        if !c.termsFor.isEmpty {
            lines.append("  Weighed for      " + c.termsFor.map { "\"\($0.term)\" +\(String(format: "%.2f", $0.weight))" }.joined(separator: ", "))
        }
        if !c.termsAgainst.isEmpty {
            lines.append("  Weighed against  " + c.termsAgainst.map { "\"\($0.term)\" \(String(format: "%.2f", $0.weight))" }.joined(separator: ", "))
        }
        for rule in c.rules {
            lines.append("  Rule (line \(rule.line))  \(rule.wording) \(rule.forces ? "forces" : "favours") \(rule.classId)\(rule.forces ? "" : " +\(rule.weight)")")
        }
        if let model = c.modelPath, let sha = c.modelSha256 { lines.append("  Model            \(model) sha256 \(sha)") }
        return lines
    }

    static func print(_ p: DocumentProvenance) {
        let bytes = ByteCountFormatter.string(fromByteCount: p.byteSize, countStyle: .file)
        var lines = [
            "Document #\(p.id)  \(p.fileName)",
            "  SHA-256          \(p.sha256)",
            "  Received as      \(p.source)",
            "  Format           \(p.format.uppercased()), \(p.pages) page\(p.pages == 1 ? "" : "s")"
                + (p.pagesOfOriginal.map { ": pages \($0[0])–\($0[1]) of a stack of \(bytes) (\(p.byteSize) bytes) split at cover sheets or separators" }
                    ?? ", \(bytes) (\(p.byteSize) bytes)"),
            "  Stored original  \(p.storedOriginal) (in the store)",
            "  Ingested         \(Console.iso8601(p.ingestedAt)) by \(p.operatorName) on \(p.host), batch \(p.batch)",
            "  Case             \(p.caseId ?? "(not attached)")" + Self.routingNote(p),
            "  Paper original   \(p.originalLocation ?? "(location not recorded)")",
            "  Pipeline         \(p.pipeline.name) (\(p.pipeline.path), sha256 \(p.pipeline.sha256))",
            "  Software         Sluss \(p.software.sluss), Tesseract \(p.software.tesseract), Leptonica \(p.software.leptonica), Poppler \(p.software.poppler)",
        ]
        for model in p.software.models {
            let part = model.part.map { " (of what was loaded: the file \($0))" } ?? ""
            lines.append("  Model            \(model.language): \(model.path) sha256 \(model.sha256)\(part)")
        }
        lines.append("Pages")
        for page in p.pageProvenance {
            lines.append("  \(String(page.number).leftPadded(4))  \(page.textSource.padding(toLength: 10, withPad: " ", startingAt: 0))" + pageDetail(page))
        }
        let blank = p.pageProvenance.filter { $0.textSource == "blank" }.map(\.number)
        if !blank.isEmpty {
            lines.append("  Blank, not read: \(pageList(blank)).")
        }
        let uncertain = p.pageProvenance.filter { $0.orientation == "uncertain" }.map(\.number)
        if !uncertain.isEmpty {
            lines.append("  ORIENTATION UNCERTAIN: \(pageList(uncertain)). No reading of these was confident either way round; check them against the paper original (`sluss text \(p.id) --page N`).")
        }
        if let classification = p.classification {
            lines.append(contentsOf: classificationLines(classification))
        }
        lines.append("Events")
        for event in p.events {
            lines.append("  \(Console.iso8601(event.occurredAt))  \(event.kind)  by \(event.agent): \(event.detail)")
        }
        lines.forEach(Console.line)
    }

    private static func pageDetail(_ page: DocumentProvenance.Page) -> String {
        let ink = page.inkMarks.map { marks in
            String(format: "%d ink marks covering %.2f%%", marks, (page.inkCoverage ?? 0) * 100)
        }
        if page.textSource == "blank" {
            return " no ink beyond specks (\(ink ?? "not surveyed")); not read"
        }
        var line = ""
        if let confidence = page.meanConfidence { line += String(format: " conf %3.0f", confidence) }
        line += "  rotated \(page.rotationApplied)°"
        if let confidence = page.orientationConfidence { line += String(format: " (OSD %.1f)", confidence) }
        if let orientation = page.orientation { line += " \(orientation)" }
        if let skew = page.skewCorrected { line += String(format: "  skew %.2f°", skew) }
        line += "  \(page.imageWidth)×\(page.imageHeight) @ \(page.dpi) dpi"
        if let arrived = page.scannedDpi { line += " (arrived at \(arrived))" }
        line += "  \(page.words) words"
        if let note = page.textLayerNote { line += "  (\(note))" }
        return line
    }

    private static func pageList(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "page " : "pages ") + numbers.map(String.init).joined(separator: ", ")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
