import Foundation
import SlussCore

/// Classifies document text with a trained model and the pipeline's rules, and explains the result.
public struct DocumentClassifier: Sendable {
    public let model: ClassifierModel
    public let modelSHA256: String
    public let settings: ClassificationSettings
    private let rules: RuleMatcher

    /// Loads the model the pipeline names and checks it was trained for the pipeline's classes.
    public init(settings: ClassificationSettings) throws(ClassifierError) {
        let (model, sha256) = try ClassifierModel.load(path: settings.modelPath)
        try self.init(model: model, modelSHA256: sha256, settings: settings)
    }

    public init(model: ClassifierModel, modelSHA256: String, settings: ClassificationSettings) throws(ClassifierError) {
        let pipelineClasses = settings.classes.map(\.id)
        guard Set(model.classes) == Set(pipelineClasses) else {
            throw .modelClassesDiffer(path: settings.modelPath, model: model.classes, pipeline: pipelineClasses)
        }
        self.model = model
        self.modelSHA256 = modelSHA256
        self.settings = settings
        rules = RuleMatcher(settings.rules)
    }

    /// Whether the pipeline's rules are those the model's confidence was calibrated with.
    public var rulesMatchCalibration: Bool { model.rulesFingerprint == settings.rulesFingerprint }

    public func classify(_ text: String) -> DocumentClassification {
        let tokens = TextFeatures.tokens(text)
        let counts = TextFeatures.counts(of: tokens)
        let vector = model.space.vector(of: counts)
        let matched = rules.matches(in: text)
        let scores = Self.adjusted(model.scores(vector), by: matched, classes: model.classes)
        let probabilities = Self.softmax(scores, temperature: model.temperature)
        let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] || (probabilities[$0] == probabilities[$1] && $0 < $1) }
        let applied = matched.map { rule in
            DocumentClassification.AppliedRule(
                wording: rule.wording, classId: rule.classId, weight: rule.forces ? 0 : rule.weight, forces: rule.forces, line: rule.line)
        }
        let forcing = applied.first(where: \.forces)
        let chosen = forcing.flatMap { rule in model.classes.firstIndex(of: rule.classId) } ?? order[0]
        let runnerUp = order.first { $0 != chosen } ?? order[0]
        let (termsFor, termsAgainst) = ExplanationBuilder(model: model, tokens: tokens, counts: counts, vector: vector)
            .terms(favouring: chosen, over: runnerUp)
        return DocumentClassification(
            classId: model.classes[chosen],
            confidence: forcing == nil ? probabilities[chosen] : 1,
            ranking: order.map { .init(classId: model.classes[$0], probability: probabilities[$0]) },
            termsFor: termsFor, termsAgainst: termsAgainst, rules: applied, forcedBy: forcing,
            modelConfidence: probabilities[chosen], reviewBelow: settings.reviewBelow)
    }

    /// Scores with each matching favouring rule's weight added to its class.
    static func adjusted(_ scores: [Double], by rules: [ClassificationSettings.Rule], classes: [String]) -> [Double] {
        var scores = scores
        for rule in rules where !rule.forces {
            if let index = classes.firstIndex(of: rule.classId) { scores[index] += rule.weight }
        }
        return scores
    }

    static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let scaled = scores.map { $0 / temperature }
        let top = scaled.max() ?? 0
        let exponentials = scaled.map { exp($0 - top) }
        let sum = exponentials.reduce(0, +)
        return exponentials.map { $0 / sum }
    }
}

/// Which words of a document weighed most for one class over another. Letter pieces are credited
/// to the words they came from, so that the explanation names words, never fragments.
struct ExplanationBuilder {
    let model: ClassifierModel
    let tokens: [[Unicode.Scalar]]
    let counts: [UInt64: Int32]
    let vector: SparseVector

    func terms(favouring chosen: Int, over other: Int, limit: Int = 8) -> (for: [DocumentClassification.WeighedTerm], against: [DocumentClassification.WeighedTerm]) {
        guard chosen != other else { return ([], []) }
        var valueByIndex: [Int32: Float] = [:]
        for (index, value) in zip(vector.indices, vector.values) { valueByIndex[index] = value }
        func contribution(_ hash: UInt64) -> Double? {
            guard let index = model.space.index(of: hash), let value = valueByIndex[index] else { return nil }
            let f = Int(index)
            // In the units of the confidence: log-odds after calibration.
            return Double(value * (model.weight(feature: f, classIndex: chosen) - model.weight(feature: f, classIndex: other))) / model.temperature
        }
        var occurrences: [[Unicode.Scalar]: Int] = [:]
        for token in tokens { occurrences[token, default: 0] += 1 }
        var byTerm: [String: Double] = [:]
        for (token, times) in occurrences {
            let word = String(String.UnicodeScalarView(token))
            var total = 0.0
            if token.count >= 2, let weight = contribution(TextFeatures.hash(.word, [token])) { total += weight }
            TextFeatures.forEachLetterGram(of: token) { hash in
                guard let weight = contribution(hash), let count = counts[hash], count > 0 else { return }
                // A piece shared by several words is credited to each in proportion to its use there.
                total += weight * Double(times) / Double(count)
            }
            if total != 0 { byTerm[word, default: 0] += total }
        }
        var seenOpenings = Set<UInt64>()
        for token in tokens.prefix(TextFeatures.openingWords) where token.count >= 2 {
            let hash = TextFeatures.hash(.opening, [token])
            guard seenOpenings.insert(hash).inserted, let weight = contribution(hash) else { continue }
            byTerm[String(String.UnicodeScalarView(token)), default: 0] += weight
        }
        var previous: [Unicode.Scalar]?
        var seenPairs = Set<UInt64>()
        for token in tokens where token.count >= 2 {
            defer { previous = token }
            guard let previous else { continue }
            let hash = TextFeatures.hash(.wordPair, [previous, token])
            guard seenPairs.insert(hash).inserted, let weight = contribution(hash) else { continue }
            byTerm[String(String.UnicodeScalarView(previous)) + " " + String(String.UnicodeScalarView(token)), default: 0] += weight
        }
        // Digits were read as 0 (numbers count by their shape): shown as #, "k######" is a K-number.
        let readable = Dictionary(uniqueKeysWithValues: byTerm.filter { !$0.key.allSatisfy { $0 == "0" || $0 == " " } }
            .map { ($0.key.replacingOccurrences(of: "0", with: "#"), $0.value) })
        let sorted = readable.sorted { abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && $0.key < $1.key) }
        let favouring = sorted.filter { $0.value > 0 }.prefix(limit).map { DocumentClassification.WeighedTerm(term: $0.key, weight: $0.value) }
        let against = sorted.filter { $0.value < 0 }.prefix(limit / 2).map { DocumentClassification.WeighedTerm(term: $0.key, weight: $0.value) }
        return (Array(favouring), Array(against))
    }
}
