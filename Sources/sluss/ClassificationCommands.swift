import ArgumentParser
import Foundation
import SlussClassify
import SlussCore
import SlussStore

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Rebuild the classification model from the labelled corpus.",
        discussion: """
            Reads the corpus the pipeline names (classification.corpus: one folder of UTF-8 .txt \
            files per class id), trains on each document and on copies damaged with simulated OCR \
            errors, calibrates the confidence on cross-validated predictions, and writes the model \
            file the pipeline names (classification.model). The same corpus, rules and Sluss \
            version always give the same file; its SHA-256 is recorded with every document it \
            classifies.

            To add a class: list it under classification.classes, add a folder of at least five \
            documents (25 or more for a dependable class) and run 'sluss train'.

            Example:
              sluss train
              sluss train --pipeline Pipelines/ifo-malmo.yaml --corpus ~/korpus
            """)

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(help: ArgumentHelp("Train on this corpus folder instead of the pipeline's classification.corpus.", valueName: "dir"))
    var corpus: String?

    @Option(help: ArgumentHelp("Write the model here instead of the pipeline's classification.model.", valueName: "file"))
    var output: String?

    func run() throws {
        let pipeline = try pipelineOptions.load()
        let settings = try pipelineOptions.classificationSettings(of: pipeline)
        let corpusPath = corpus.map(Self.absolute) ?? settings.corpusPath
        let outputPath = output.map(Self.absolute) ?? settings.modelPath
        let started = Date()
        let model: ClassifierModel
        do {
            let documents = try TrainingCorpus(path: corpusPath, classes: settings.classes.map(\.id), requireEveryClass: true)
            var options = ClassifierTrainer.Options()
            let env = ProcessInfo.processInfo.environment
            if let v = env["X_EPOCHS"] { options.epochs = Int(v)! }
            if let v = env["X_LR"] { options.learningRate = Float(v)! }
            if let v = env["X_REG"] { options.regularisation = Float(v)! }
            if let v = env["X_MINDF"] { options.minimumDocumentFrequency = Int(v)! }
            if let v = env["X_NOISE"] { options.noiseRates = v.split(separator: ",").map { Double($0)! } }
            model = try ClassifierTrainer.train(corpus: documents, settings: settings, options: options, slussVersion: slussVersion) { Console.note($0) }
            try model.write(to: outputPath)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let report = model.report
        let sha256 = try ClassifierModel.load(path: outputPath).sha256
        Console.line("Model written to \(outputPath) (SHA-256 \(sha256)) in \(Console.duration(Date().timeIntervalSince(started))).")
        Console.line("Corpus \(corpusPath): " + settings.classes.map { "\($0.id) \(report.documentsPerClass[$0.id] ?? 0)" }.joined(separator: ", "))
        Console.line(String(
            format: "Cross-validated (%d folds, each document held out once): accuracy %.1f%% on the corpus text, %.1f%% on OCR-damaged copies.",
            report.folds, report.crossValidatedAccuracy * 100, report.crossValidatedAccuracyOnNoisyText * 100))
        Console.line("Recall per class, cross-validated: " + settings.classes.map { String(format: "%@ %.0f%%", $0.id, (report.crossValidatedRecall[$0.id] ?? 0) * 100) }.joined(separator: ", "))
        Console.line(String(
            format: "At the review threshold %.2f: %.1f%% of documents accepted without review, %.1f%% of those right. Confidence calibrated with temperature %.3f.",
            report.reviewBelow, report.shareAboveReviewThreshold * 100, report.precisionAboveReviewThreshold * 100, report.temperature))
        Console.line(report.thresholdForPrecision99 < 1
            ? String(format: "For 99%% of automatically accepted documents to be right, set classification.review_below to at least %.2f (cross-validated).", report.thresholdForPrecision99)
            : "No review threshold gave 99% precision in cross-validation: add documents to the corpus, above all of the classes with low recall.")
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }
}

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the classifier on labelled documents it was not trained on.",
        discussion: """
            DIR holds one folder per class id with UTF-8 .txt files, laid out like the training \
            corpus (corpus/heldout is the held-out set). Prints accuracy, precision and recall per \
            class, the confusion matrix, and how precise the documents above the review threshold \
            were. scripts/evaluate-classifier.sh runs this on the held-out texts and on the OCR of \
            scanned copies of them.

            Example:
              sluss evaluate corpus/heldout --misclassified
            """)

    @Argument(help: ArgumentHelp("Folder of labelled documents, one subfolder per class.", valueName: "dir"))
    var directory: String

    @OptionGroup var pipelineOptions: PipelineOptions

    @Flag(help: "Also list each document classified wrongly, with its confidence and reason.")
    var misclassified = false

    func run() throws {
        let pipeline = try pipelineOptions.load()
        let settings = try pipelineOptions.classificationSettings(of: pipeline)
        guard let classifier = try PipelineOptions.classifier(for: pipeline) else { throw ExitCode(2) }
        let classes = settings.classes.map(\.id)
        let corpus: TrainingCorpus
        do {
            corpus = try TrainingCorpus(path: TrainCommand.absolute(directory), classes: classes, requireEveryClass: false)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let started = Date()
        let outcomes = corpus.documents.map { document in
            ClassificationEvaluation.Outcome(name: document.name, expected: document.classId, result: classifier.classify(document.text))
        }
        let seconds = Date().timeIntervalSince(started)
        let evaluation = ClassificationEvaluation(classes: classes, outcomes: outcomes)
        Console.line("\(outcomes.count) documents in \(directory); model \(settings.modelPath) SHA-256 \(classifier.modelSHA256.prefix(12))…")
        Console.line(String(format: "Accuracy: %.1f%% (%d of %d)", evaluation.accuracy * 100, outcomes.count - evaluation.misclassified.count, outcomes.count))
        Console.line(String(
            format: "Accepted without review (confidence ≥ %.2f): %d of %d, precision %.1f%%; %d go to review.",
            settings.reviewBelow, evaluation.autoAccepted.count, outcomes.count, evaluation.autoAcceptedPrecision * 100,
            outcomes.count - evaluation.autoAccepted.count))
        Console.line(String(format: "Time: %.1f ms per document.", seconds * 1000 / Double(max(outcomes.count, 1))))
        Console.line("")
        let width = max(classes.map(\.count).max() ?? 0, 5)
        Console.line("class".padding(toLength: width, withPad: " ", startingAt: 0) + "  docs  precision  recall")
        for figures in evaluation.perClass {
            Console.line(figures.classId.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %4d  %8.1f%%  %5.1f%%", figures.documents, figures.precision * 100, figures.recall * 100))
        }
        Console.line("")
        Console.line("Confusion (rows: true class, columns: predicted, in the order above):")
        for (row, counts) in zip(classes, evaluation.confusion) {
            Console.line(row.padding(toLength: width, withPad: " ", startingAt: 0) + counts.map { String(format: "%4d", $0) }.joined())
        }
        if misclassified {
            Console.line("")
            for outcome in evaluation.misclassified {
                Console.line("\(outcome.name): expected \(outcome.expected), got \(ClassificationReason.text(for: outcome.result, settings: settings))")
            }
        }
    }
}

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify stored documents again, with the pipeline's current model and rules.",
        discussion: """
            Each result is stored as the document's class, with its confidence, explanation and \
            the model's SHA-256 in provenance; the earlier classification stays in its history. \
            Documents below the pipeline's review threshold wait in 'sluss review'. A class a \
            person has decided is kept unless --override-review is given.

            Examples:
              sluss classify 12
              sluss classify --all
            """)

    @Argument(help: ArgumentHelp("Document ids or SHA-256 prefixes.", valueName: "document"))
    var documents: [String] = []

    @Flag(help: "Classify every document in the store.")
    var all = false

    @Flag(help: "Replace classes decided by a person too.")
    var overrideReview = false

    @Flag(help: "One JSON object per document: id, class, confidence, status, runners_up, reason.")
    var json = false

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if all == !documents.isEmpty {
            throw ValidationError("name the documents to classify, or give --all")
        }
    }

    func run() throws {
        let pipeline = try pipelineOptions.load()
        _ = try pipelineOptions.classificationSettings(of: pipeline)
        guard let classifier = try PipelineOptions.classifier(for: pipeline) else { throw ExitCode(2) }
        let store = try storeOptions.open()
        let targets = try all ? store.documents() : documents.map { reference in try Lookup.document(reference, in: store) }
        for document in targets {
            let id = document.id!
            if let current = try store.classification(documentId: id), !overrideReview,
               current.statusValue == .confirmed || current.statusValue == .corrected {
                Console.note("document \(id): kept \(current.classId), decided by \(current.decidedBy) on \(Console.iso8601(current.decidedAt)); --override-review replaces it")
                continue
            }
            let text = try store.pages(documentId: id).map(\.text).joined(separator: "\n\n")
            let classification = MachineClassification(classifier, of: text, pipeline: pipeline, software: "sluss \(slussVersion)")
            let stored = try store.record(classification, documentId: id)
            if json {
                Console.json(ClassificationLine(documentId: id, stored: stored, result: classification.result))
            } else {
                Console.line("\(id)  \(ClassificationText.headline(stored, settings: classifier.settings))")
                Console.line("    \(stored.reason)")
            }
        }
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List documents whose class or case waits for a person, and record the person's decision.",
        discussion: """
            Without a document: lists the documents the machine was unsure about, the \
            longest-waiting first, with the reason: those whose class has a confidence below the \
            pipeline's classification.review_below, and those that came without a case where no \
            registered case, or several, matched their text. With a document: --accept confirms \
            the machine's class, --set CLASS gives another, --case ID attaches it to a case; each \
            is recorded with who and when, and the previous state is kept in the document's \
            provenance. --export writes the text of every document a person has classified into \
            a corpus folder (one subfolder per class), to be added to the training corpus before \
            the next 'sluss train'.

            Examples:
              sluss review
              sluss review 17 --accept
              sluss review 18 --set orosanmalan --note "anmälan från BVC"
              sluss review 19 --case "SN 2026/0412"
              sluss review --export korrigeringar/
            """)

    @Argument(help: ArgumentHelp("The document to decide on (id or SHA-256 prefix).", valueName: "document"))
    var document: String?

    @Flag(help: "Confirm the class the machine gave.")
    var accept = false

    @Option(name: .customLong("set"), help: ArgumentHelp("Give the document this class instead.", valueName: "class"))
    var classId: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("Attach the document to this case.", valueName: "id"))
    var caseId: String?

    @Option(help: ArgumentHelp("A note kept with the decision.", valueName: "text"))
    var note: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("Who decides, recorded in provenance. Default: the logged-in user.", valueName: "name"))
    var operatorName: String?

    @Option(help: ArgumentHelp("Write the text of every document a person has decided into DIR/CLASS/.", valueName: "dir"))
    var export: String?

    @Flag(help: "List the queue as one JSON object per document.")
    var json = false

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if accept && classId != nil { throw ValidationError("give either --accept or --set CLASS, not both") }
        if document != nil && !accept && classId == nil && caseId == nil {
            throw ValidationError("say what to do with the document: --accept, --set CLASS or --case ID")
        }
        if document == nil && (accept || classId != nil || caseId != nil || note != nil) {
            throw ValidationError("name the document to decide on, e.g. 'sluss review 17 --accept'")
        }
        if export != nil && document != nil { throw ValidationError("--export works on all reviewed documents; do not name one") }
    }

    func run() throws {
        let store = try storeOptions.open()
        if let export {
            try exportDecisions(store: store, to: export)
        } else if let document {
            try decide(document, store: store)
        } else {
            try list(store: store)
        }
    }

    private func list(store: Store) throws {
        let queue = try store.reviewQueue()
        let routing = try store.routingQueue()
        if json {
            for item in queue {
                Console.json(ClassificationLine(documentId: item.document.id!, stored: item.classification, result: item.classification.explanation))
            }
            for item in routing {
                Console.json(RoutingLine(id: item.document.id!, waitsFor: "case", reason: item.routing.reason, candidates: item.routing.candidates))
            }
            return
        }
        if queue.isEmpty && routing.isEmpty {
            Console.line("No documents wait for review.")
            return
        }
        if !routing.isEmpty {
            Console.line("\(routing.count) document\(routing.count == 1 ? "" : "s") wait\(routing.count == 1 ? "s" : "") for a case, the longest-waiting first:")
            for item in routing {
                Console.line("\(item.document.id!)  \(item.document.fileName)  waiting since \(Console.iso8601(item.routing.decidedAt))")
                Console.line("    \(item.routing.reason)")
            }
            Console.line("Assign with: sluss review ID --case CASE")
            if queue.isEmpty { return }
            Console.line("")
        }
        Console.line("\(queue.count) document\(queue.count == 1 ? "" : "s") wait\(queue.count == 1 ? "s" : "") for review, the longest-waiting first:")
        for item in queue {
            let classification = item.classification
            Console.line("\(item.document.id!)  \(item.document.fileName)  waiting since \(Console.iso8601(classification.decidedAt))")
            Console.line("    machine: \(classification.classId) \(ClassificationReason.percent(classification.confidence ?? 0)); \(classification.reason)")
        }
        Console.line("Decide with: sluss review ID --accept, or sluss review ID --set CLASS")
    }

    private func decide(_ reference: String, store: Store) throws {
        let document = try Lookup.document(reference, in: store)
        if let caseId {
            let pipeline = try pipelineOptions.load()
            try PipelineOptions.requireCaseNumber(caseId, in: pipeline)
            let routing = try store.assignCase(documentId: document.id!, caseId: caseId, person: operatorName ?? ProcessEnvironment.userName, note: note)
            Console.line("\(document.id!)  attached to case \(caseId) by \(routing.decidedBy)")
            if !accept && classId == nil { return }
        }
        let current = try store.classification(documentId: document.id!)
        let chosen: String
        if accept {
            guard let current else {
                Console.error("document \(document.id!) has no class to accept; give one with --set CLASS")
                throw ExitCode(1)
            }
            chosen = current.classId
        } else {
            chosen = classId!
            let pipeline = try pipelineOptions.load()
            let settings = try pipelineOptions.classificationSettings(of: pipeline)
            guard settings.classes.contains(where: { $0.id == chosen }) else {
                Console.error("'\(chosen)' is not a class of pipeline \(pipeline.name): \(settings.classes.map(\.id).joined(separator: ", "))")
                throw ExitCode(2)
            }
        }
        let stored = try store.recordReview(documentId: document.id!, classId: chosen, person: operatorName ?? ProcessEnvironment.userName, note: note)
        Console.line("\(document.id!)  \(stored.classId), \(stored.status) by \(stored.decidedBy): \(stored.reason)")
    }

    private func exportDecisions(store: Store, to folder: String) throws {
        let decided = try store.currentClassifications().values
            .filter { $0.statusValue == .confirmed || $0.statusValue == .corrected }
            .sorted { $0.documentId < $1.documentId }
        var written = 0
        for classification in decided {
            let document = try Lookup.document(String(classification.documentId), in: store)
            let classFolder = (folder as NSString).appendingPathComponent(classification.classId)
            let path = (classFolder as NSString).appendingPathComponent("sluss-\(document.sha256.prefix(16)).txt")
            let text = try store.pages(documentId: classification.documentId).map(\.text).joined(separator: "\n\n")
            do {
                try FileManager.default.createDirectory(atPath: classFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                chmod(path, 0o600)
            } catch {
                Console.error("\(path): cannot write (\((error as NSError).localizedDescription))")
                throw ExitCode(1)
            }
            written += 1
        }
        Console.line("Exported \(written) document\(written == 1 ? "" : "s") decided by a person to \(folder). They hold case text: check and anonymise them before adding them to a training corpus.")
    }
}

/// A document waiting for its case, as one JSON line for scripts.
struct RoutingLine: Encodable {
    var id: Int64
    var waitsFor: String
    var reason: String
    var candidates: [String]

    enum CodingKeys: String, CodingKey {
        case id, reason, candidates
        case waitsFor = "waits_for"
    }
}

/// A classification as one JSON line for scripts.
struct ClassificationLine: Encodable {
    var id: Int64
    var classId: String
    var confidence: Double?
    var status: String
    var decidedBy: String
    var reason: String
    var runnersUp: [DocumentClassification.ClassScore]

    init(documentId: Int64, stored: StoredClassification, result: DocumentClassification?) {
        id = documentId
        classId = stored.classId
        confidence = stored.confidence
        status = stored.status
        decidedBy = stored.decidedBy
        reason = stored.reason
        runnersUp = Array((result?.ranking ?? []).filter { $0.classId != stored.classId }.prefix(2))
    }

    enum CodingKeys: String, CodingKey {
        case id, confidence, status, reason
        case classId = "class"
        case decidedBy = "decided_by"
        case runnersUp = "runners_up"
    }
}

/// How a document's class is written in listings.
enum ClassificationText {
    static func headline(_ stored: StoredClassification, settings: ClassificationSettings?) -> String {
        let label = settings?.label(of: stored.classId) ?? stored.classId
        let confidence = stored.confidence.map { " \(ClassificationReason.percent($0))" } ?? ""
        switch stored.statusValue {
        case .review: return "\(stored.classId) (\(label))\(confidence), WAITS FOR REVIEW"
        case .accepted: return "\(stored.classId) (\(label))\(confidence), accepted"
        case .confirmed: return "\(stored.classId) (\(label)), confirmed by \(stored.decidedBy)"
        case .corrected: return "\(stored.classId) (\(label)), set by \(stored.decidedBy)"
        case nil: return "\(stored.classId) (\(label))\(confidence), \(stored.status)"
        }
    }
}
