import ArgumentParser
import Foundation
import SlussCore
import SlussIngest
import SlussStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Copy scans into the store, read every page, and attach them to a case.",
        discussion: """
            Each file is first copied unchanged into the store under its SHA-256; only then is it \
            read. Formats are recognised by content: PDF (scanned or born-digital), TIFF (also \
            multi-page), PNG and JPEG. Folders are searched recursively; hidden files in them \
            (names starting with '.') are skipped.

            Every page is read in the pipeline's languages (Swedish by default). Pages scanned upside \
            down or sideways are turned upright and skew is removed. A PDF page whose own text layer \
            is good is taken as it is, without OCR; 'sluss show' tells which source each page's text \
            came from.

            The same bytes ingested again make no second document: the existing one is reported as \
            a duplicate (and attached to --case if it had no case).

            Exit status: 0 when every input was ingested (or was a duplicate), 1 when some inputs \
            failed (the others are still ingested), 2 for usage or configuration errors.

            Examples:
              sluss ingest post/ --case "SN 2026/0412" --original-location "Pärm 12"
              sluss ingest --json scan0001.pdf scan0002.tif > result.jsonl
            """
    )

    @Argument(help: ArgumentHelp("Files or folders of scans.", valueName: "path"))
    var paths: [String]

    @OptionGroup var ingestOptions: IngestOptions

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(help: ArgumentHelp("Pages read in parallel. Default: the pipeline's 'jobs', else one per core.", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Print one JSON object per document (id, source, sha256, pages, status, error) instead of text.")
    var json = false

    @Flag(help: ArgumentHelp(
        "After the batch, print to standard error the seconds spent in each stage, summed over all pages (for benchmarks).",
        discussion: "Stages run in parallel on several pages, so the sum can exceed the batch's wall time."))
    var stageTimes = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to 256, got \(jobs)")
        }
    }

    func run() throws {
        let pipelineDefinition = try pipelineOptions.load()
        let classifier = try PipelineOptions.classifier(for: pipelineDefinition)
        let store = try storeOptions.open(creatingIfMissing: true)
        let request = ingestOptions.request(paths: paths, pipeline: pipelineDefinition, jobs: jobs, classifier: classifier)
        let showProgress = ProcessEnvironment.standardErrorIsTerminal
        let report: BatchReport
        do {
            report = try BatchIngester(store: store, request: request).run(
                onOutcome: { outcome in
                    if showProgress { Console.clearStatus() }
                    if json {
                        Console.json(IngestLine(outcome))
                    } else {
                        Console.line(Self.describe(outcome))
                    }
                },
                onProgress: { progress in
                    if showProgress { Console.status(Self.describe(progress)) }
                })
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if showProgress { Console.clearStatus() }
        if report.outcomes.isEmpty {
            Console.warning("no files to ingest in \(paths.joined(separator: ", "))")
        }
        if !json {
            Console.line(Self.summary(report, store: store.root))
        }
        if stageTimes {
            Console.note(Self.stageTimes(report))
        }
        if report.failures > 0 { throw ExitCode(1) }
    }

    static func stageTimes(_ report: BatchReport) -> String {
        let stages = report.stageTimings
        return String(
            format: "stage seconds summed over %d pages: load/render %.2f, survey %.2f, orientation %.2f, deskew %.2f, ocr %.2f, store %.2f; wall %.2f",
            report.pagesRead, stages.load, stages.survey, stages.orientation, stages.deskew, stages.ocr,
            report.storeSeconds, report.elapsedSeconds)
    }

    static func describe(_ outcome: DocumentOutcome) -> String {
        switch outcome {
        case let .ingested(document, tally, classification, routing):
            var sources: [String] = []
            if tally.ocr > 0 { sources.append("\(tally.ocr) OCR") }
            if tally.textLayer > 0 { sources.append("\(tally.textLayer) text layer") }
            if tally.blank > 0 { sources.append("\(tally.blank) blank") }
            var pages = document.pageCount == 1 ? "1 page" : "\(document.pageCount) pages"
            if document.isPartOfStack {
                pages += document.firstPage == document.lastPage ? ", p. \(document.firstPage) of the file" : ", p. \(document.firstPage)–\(document.lastPage) of the file"
            }
            var line = "ingested   #\(document.id ?? 0)  \(document.fileName)  \(pages) (\(sources.joined(separator: ", ")))  sha256 \(document.sha256.prefix(12))"
            if let caseId = document.caseId { line += "  case \(caseId)" }
            if case .attach = routing { line += " (found in its text)" }
            if case .review = routing { line += "  no case (to route)" }
            if let classification {
                line += "  \(classification.classId) \(String(format: "%.2f", classification.confidence))"
                if classification.needsReview { line += " (to review)" }
            }
            if !tally.orientationUncertain.isEmpty {
                line += "  orientation uncertain on p. \(tally.orientationUncertain.map(String.init).joined(separator: ", "))"
            }
            return line
        case let .duplicate(document, source):
            var line = "duplicate  #\(document.id ?? 0)  \((source as NSString).lastPathComponent)  same bytes as #\(document.id ?? 0) \(document.fileName), ingested \(Console.iso8601(document.ingestedAt))"
            if let caseId = document.caseId { line += "  case \(caseId)" }
            return line
        case let .failed(_, _, reason):
            return "failed     \(reason)"
        case let .notTaken(source, reason):
            return "not taken  \(source): \(reason)"
        }
    }

    static func describe(_ progress: IngestProgress) -> String {
        var text = "\(progress.pagesDone)/\(progress.pagesKnown) pages · documents \(progress.documentsDone)/\(progress.documentsTotal)"
        if progress.pagesDone > 0 {
            text += String(format: " · %.1f pages/min", progress.pagesPerMinute)
        }
        if let left = progress.estimatedSecondsLeft {
            text += " · ETA \(Console.duration(left))"
        }
        return text
    }

    static func summary(_ report: BatchReport, store: String) -> String {
        var ingested = 0, duplicates = 0, failed = 0
        for outcome in report.outcomes {
            switch outcome {
            case .ingested: ingested += 1
            case .duplicate: duplicates += 1
            case .failed, .notTaken: failed += 1
            }
        }
        var text = "\(ingested) ingested, \(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(failed) failed"
        let rate = report.elapsedSeconds > 0 ? Double(report.pagesRead) / report.elapsedSeconds * 60 : 0
        text += " · \(report.pagesRead) pages in \(Console.duration(report.elapsedSeconds))"
        if report.pagesRead > 0 { text += String(format: " (%.1f pages/min)", rate) }
        text += " · batch \(report.batch.id) · store \(store)"
        if report.skippedHidden > 0 {
            text += "\n(\(report.skippedHidden) hidden entr\(report.skippedHidden == 1 ? "y" : "ies") in folders skipped)"
        }
        return text
    }
}

/// One line of `ingest --json`.
struct IngestLine: Encodable {
    var id: Int64?
    var source: String
    var sha256: String?
    var pages: Int?
    var status: String
    var error: String?
    var format: String?
    var caseId: String?
    var ocrPages: Int?
    var textLayerPages: Int?
    var blankPages: Int?
    var orientationUncertainPages: [Int]?
    var classId: String?
    var confidence: Double?
    var needsReview: Bool?
    /// First and last page of the file, for one document of a split stack.
    var stackPages: [Int]?
    /// "matched" or "review" when the document was routed by its text.
    var routing: String?
    var routingReason: String?

    enum CodingKeys: String, CodingKey {
        case id, source, sha256, pages, status, error, format
        case caseId = "case"
        case ocrPages = "ocr_pages"
        case textLayerPages = "text_layer_pages"
        case blankPages = "blank_pages"
        case orientationUncertainPages = "orientation_uncertain_pages"
        case classId = "class"
        case confidence
        case needsReview = "needs_review"
        case routing
        case routingReason = "routing_reason"
        case stackPages = "stack_pages"
    }

    init(_ outcome: DocumentOutcome) {
        switch outcome {
        case let .ingested(document, tally, classification, routing):
            id = document.id
            source = document.sourcePath
            sha256 = document.sha256
            pages = document.pageCount
            status = "ingested"
            format = document.format
            caseId = document.caseId
            ocrPages = tally.ocr
            textLayerPages = tally.textLayer
            blankPages = tally.blank
            orientationUncertainPages = tally.orientationUncertain
            if document.isPartOfStack { stackPages = [document.firstPage, document.lastPage] }
            classId = classification?.classId
            confidence = classification?.confidence
            needsReview = classification?.needsReview
            switch routing {
            case let .attach(_, reason): self.routing = "matched"; routingReason = reason
            case let .review(reason, _): self.routing = "review"; routingReason = reason
            case nil: break
            }
        case let .duplicate(document, source):
            id = document.id
            self.source = source
            sha256 = document.sha256
            pages = document.pageCount
            status = "duplicate"
            format = document.format
            caseId = document.caseId
        case let .failed(source, sha256, reason):
            self.source = source
            self.sha256 = sha256
            status = "failed"
            error = reason
        case let .notTaken(source, reason):
            // "failed" for scripts: the file is not in the store; the message says it may be retried.
            self.source = source
            status = "failed"
            error = "\(source): \(reason)"
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // id, pages and error are always present (null when they do not apply) so scripts can rely on the keys.
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(pages, forKey: .pages)
        try container.encode(status, forKey: .status)
        try container.encode(error, forKey: .error)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(caseId, forKey: .caseId)
        try container.encodeIfPresent(ocrPages, forKey: .ocrPages)
        try container.encodeIfPresent(textLayerPages, forKey: .textLayerPages)
        try container.encodeIfPresent(blankPages, forKey: .blankPages)
        try container.encodeIfPresent(orientationUncertainPages, forKey: .orientationUncertainPages)
        try container.encodeIfPresent(classId, forKey: .classId)
        try container.encodeIfPresent(confidence, forKey: .confidence)
        try container.encodeIfPresent(needsReview, forKey: .needsReview)
        try container.encodeIfPresent(stackPages, forKey: .stackPages)
        try container.encodeIfPresent(routing, forKey: .routing)
        try container.encodeIfPresent(routingReason, forKey: .routingReason)
    }
}
