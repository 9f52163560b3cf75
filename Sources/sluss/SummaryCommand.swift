import ArgumentParser
import Foundation
import SlussCore
import SlussStore
import SlussSummarize

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a document's summary: key facts and the sentences that matter, each citing its page.",
        discussion: """
            The summary was made when the document was ingested and is read from the store. Every \
            sentence is the original's own, followed by the page of the paper original it is \
            printed on, "(s. 47)", or both pages when it runs over a page break. Personnummer are \
            masked. The Markdown and JSON forms add the original's headings with their pages.

            Examples:
              sluss summary 12
              sluss summary --case "SN 2026/0412" --format markdown > sammanfattningar.md
              sluss summary 12 --format json      (per sentence: text, pages, start and end as \
            page and offset in Unicode code points of that page's text, see 'sluss text 12 --page N')
              sluss summary 12 --refresh          (made again with the current pipeline; the \
            earlier one stays in the store's history)
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: ArgumentHelp("Documents: their numbers or SHA-256 prefixes.", valueName: "doc"))
    var documents: [String] = []

    @Option(name: .customLong("case"), help: ArgumentHelp("Every document of this case, newest first.", valueName: "id"))
    var caseId: String?

    @Option(help: "text for reading, markdown for a case note, json for programs.")
    var format: Format = .text

    @Flag(help: "Make the summary again with the current pipeline and store it as the current one.")
    var refresh = false

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if documents.isEmpty == (caseId == nil) {
            throw ValidationError("name documents or --case ID, not both")
        }
    }

    func run() throws {
        let store = try storeOptions.open()
        var targets: [StoredDocument]
        if let caseId {
            do {
                targets = try store.documents(caseId: caseId).sorted { ($0.ingestedAt, $0.id ?? 0) > ($1.ingestedAt, $1.id ?? 0) }
            } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
            if targets.isEmpty {
                Console.error("case \(caseId) has no documents; 'sluss case list' shows the cases")
                throw ExitCode(1)
            }
        } else {
            targets = try documents.map { try Lookup.document($0, in: store) }
        }
        // The pipeline is read only when a summary has to be made.
        var pipeline: Pipeline?
        for (index, document) in targets.enumerated() {
            var stored = try store.summary(documentId: document.id!)
            if refresh || stored?.summary == nil {
                if pipeline == nil { pipeline = try pipelineOptions.load() }
                stored = try make(for: document, in: store, pipeline: pipeline!)
            }
            guard let stored, let summary = stored.summary else { continue }
            let title = title(of: document, summary: summary)
            switch format {
            case .text:
                if index > 0 { Console.line("") }
                FileHandle.standardOutput.write(Data(SummaryRendering.text(summary, title: title).utf8))
            case .markdown:
                if index > 0 { Console.line("") }
                FileHandle.standardOutput.write(Data(SummaryRendering.markdown(summary, title: title).utf8))
            case .json:
                Console.json(SummaryJSON(
                    document: document.id!, file: document.fileName, sha256: document.sha256, firstPage: document.firstPage,
                    lastPage: document.lastPage, caseId: document.caseId, madeAt: stored.createdAt, madeBy: stored.software,
                    words: summary.words, summary: summary))
            }
        }
    }

    /// Summarises a stored document with `pipeline`, for its current class, and stores the result.
    private func make(for document: StoredDocument, in store: Store, pipeline: Pipeline) throws -> StoredSummary {
        do {
            let pages = try store.pages(documentId: document.id!).map { SourcePage(number: $0.number, text: $0.text) }
            let classId = try store.classification(documentId: document.id!)?.classId
            let label = classId.map { pipeline.classification?.label(of: $0) ?? $0 }
            let summary = Summarizer(settings: pipeline.summary).summarize(pages, classId: classId, classLabel: label)
            return try store.record(
                MadeSummary(summary: summary, software: "sluss \(slussVersion)", pipelineName: pipeline.name, pipelineSHA256: pipeline.sourceSHA256),
                documentId: document.id!)
        } catch {
            Console.error("document #\(document.id!): \(error)")
            throw ExitCode(1)
        }
    }

    private func title(of document: StoredDocument, summary: DocumentSummary) -> String {
        var parts = ["Dokument \(document.id!)", document.fileName, document.firstPage == document.lastPage ? "s. \(document.firstPage)" : "s. \(document.firstPage)–\(document.lastPage)"]
        if let type = summary.facts.first(where: { $0.kind == .documentType })?.value { parts.append(type) }
        if let caseId = document.caseId { parts.append("ärende \(caseId)") }
        return parts.joined(separator: " · ")
    }
}

/// `sluss summary --format json`: one object per document.
private struct SummaryJSON: Encodable {
    var document: Int64
    var file: String
    var sha256: String
    var firstPage: Int
    var lastPage: Int
    var caseId: String?
    var madeAt: Date
    var madeBy: String
    var words: Int
    var summary: DocumentSummary

    enum CodingKeys: String, CodingKey {
        case document, file, sha256, summary, words
        case firstPage = "first_page", lastPage = "last_page", caseId = "case", madeAt = "made_at", madeBy = "made_by"
    }
}
