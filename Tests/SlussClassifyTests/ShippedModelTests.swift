import Foundation
import Testing
@testable import SlussClassify
import SlussCore

@Suite(.serialized) struct ShippedModelTests {
    @Test func theShippedModelIsWhatTrainingTheCorpusGives() throws {
        // The committed model must be reproducible from the committed corpus and rules: anyone can
        // check what classified a document by training again.
        let settings = try Shipped.settings()
        let model = try ClassifierTrainer.train(corpus: try Shipped.corpus("train"), settings: settings, slussVersion: try Shipped.classifier().model.slussVersion)
        // Beside the shipped file: the model records its corpus relative to its own folder.
        let path = (settings.modelPath as NSString).deletingLastPathComponent + "/.test-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path)
        let trained = try Data(contentsOf: URL(fileURLWithPath: path))
        let shipped = try Data(contentsOf: URL(fileURLWithPath: settings.modelPath))
        // A Bool, not the two files: a failed comparison of megabytes would be diffed byte by byte.
        let identical = trained == shipped
        #expect(identical, "Models/classifier.json is stale: run 'sluss train' and commit it")
        #expect(model.report.crossValidatedAccuracy > 0.85)
    }

    @Test func theHeldOutDocumentsAreClassifiedAtLeastAsWellAsWhenTheModelWasShipped() throws {
        let classifier = try Shipped.classifier()
        let heldOut = try Shipped.corpus("heldout")
        let evaluation = ClassificationEvaluation(
            classes: classifier.model.classes,
            outcomes: heldOut.documents.map { .init(name: $0.name, expected: $0.classId, result: classifier.classify($0.text)) })
        // A guard against regressions at what the shipped model reaches (93.5% accuracy, the
        // lowest recall 72% for the catch-all class, 98.4% precision above the review threshold);
        // the targets are 95%, 90% and 99%. scripts/evaluate-classifier.sh prints the figures.
        #expect(heldOut.documents.count >= 130)
        #expect(evaluation.accuracy >= 0.92, "misclassified: \(evaluation.misclassified.map(\.name))")
        for figures in evaluation.perClass {
            #expect(figures.recall >= (figures.classId == "ovrigt" ? 0.7 : 0.9), "\(figures.classId) recall \(figures.recall)")
        }
        #expect(evaluation.autoAcceptedPrecision >= 0.97)
        #expect(Double(evaluation.autoAccepted.count) / Double(heldOut.documents.count) >= 0.8)
    }

    @Test func noHeldOutTextIsAlsoATrainingText() throws {
        let training = Set(try Shipped.corpus("train").documents.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) })
        for document in try Shipped.corpus("heldout").documents {
            #expect(!training.contains(document.text.trimmingCharacters(in: .whitespacesAndNewlines)), "\(document.name)")
        }
    }

    @Test func anExplanationNamesWordsOfTheDocumentAndMatchingRules() throws {
        let classifier = try Shipped.classifier()
        let text = """
            Anmälan om oro för barn
            Anmälare: Solrosens förskola, förskollärare Kim Berg
            Barnet kom i dag med blåmärken på båda armarna och sa att pappa blivit arg.
            Vårdnadshavare har inte informerats om anmälan.
            """
        let result = classifier.classify(text)
        #expect(result.classId == "orosanmalan")
        #expect(result.ranking.first?.classId == "orosanmalan")
        #expect(abs(result.ranking.map(\.probability).reduce(0, +) - 1) < 1e-9)
        #expect(result.rules.contains { $0.wording == "\"anmälan om oro för barn\"" && $0.classId == "orosanmalan" })
        let words = Set(TextFeatures.tokens(text).map { String(String.UnicodeScalarView($0)) })
        #expect(!result.termsFor.isEmpty)
        for term in result.termsFor + result.termsAgainst {
            #expect(term.term.split(separator: " ").allSatisfy { words.contains(String($0)) }, "\(term.term) is not from the text")
        }
        #expect(result.termsFor.allSatisfy { $0.weight > 0 } && result.termsAgainst.allSatisfy { $0.weight < 0 })
        let reason = ClassificationReason.text(for: result, settings: classifier.settings)
        #expect(reason.contains("Orosanmälan") && reason.contains("anmälan om oro för barn"))
    }

    @Test func aForcingRuleSetsTheClassAndSaysSo() throws {
        var settings = try Shipped.settings()
        settings.rules.append(.init(match: .phrase("dom meddelad"), classId: "beslut", weight: 1, forces: true, line: 99))
        let shipped = try Shipped.classifier()
        let classifier = try DocumentClassifier(model: shipped.model, modelSHA256: shipped.modelSHA256, settings: settings)
        #expect(!classifier.rulesMatchCalibration)
        let result = classifier.classify("Anmälan om oro för barn. Barnet far illa. Dom meddelad i annat mål.")
        #expect(result.classId == "beslut" && result.confidence == 1 && !result.needsReview)
        #expect(result.forcedBy?.line == 99)
        #expect(result.modelConfidence < 0.5)
        #expect(ClassificationReason.text(for: result, settings: settings).contains("forced by the rule on line 99"))
    }

    @Test func aLongReportIsClassifiedInWellUnderASecond() throws {
        // A budget check with a wide margin, not a benchmark: 150 pages of about 3,000 characters.
        let classifier = try Shipped.classifier()
        let page = try Shipped.corpus("heldout").documents.first { $0.classId == "bup-utredning" }!.text
        let report = String(repeating: page + "\n", count: max(1, 450_000 / page.count))
        let started = Date()
        let result = classifier.classify(report)
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(result.classId == "bup-utredning")
    }
}
