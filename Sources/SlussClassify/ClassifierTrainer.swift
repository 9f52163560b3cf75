import Dispatch
import Foundation
import SlussCore

/// Trains a classifier on a labelled corpus: multinomial logistic regression over word, word-pair
/// and letter-piece features, on each document and on copies damaged with simulated OCR errors.
/// The confidence is calibrated (one temperature) on cross-validated predictions, so that it means
/// what it says on documents the model has not seen. Deterministic: same corpus, rules and
/// options, same model file.
public enum ClassifierTrainer {
    public struct Options: Sendable, Equatable {
        public var epochs = 24
        public var learningRate: Float = 0.8
        public var regularisation: Float = 2e-5
        /// Damaged copies of each document, at these shares of characters misread.
        public var noiseRates: [Double] = [0.03, 0.08]
        public var folds = 5
        /// Features must occur in at least this many corpus documents to be kept.
        public var minimumDocumentFrequency = 2
        /// Fewer documents than this in a class cannot be trained and calibrated sensibly.
        public var minimumDocumentsPerClass = 5

        public init() {}
    }

    /// One text the model learns from or is checked on.
    private struct Sample: Sendable {
        var label: Int
        var document: Int
        var noisy: Bool
        var vector: SparseVector
        var rules: [ClassificationSettings.Rule]
    }

    public static func train(
        corpus: TrainingCorpus, settings: ClassificationSettings, options: Options = Options(),
        slussVersion: String, progress: (String) -> Void = { _ in }
    ) throws(ClassifierError) -> ClassifierModel {
        let classes = settings.classes.map(\.id)
        for classId in classes {
            let count = corpus.count(of: classId)
            if count < options.minimumDocumentsPerClass {
                throw .corpusTooSmall(path: corpus.path, classId: classId, documents: count, minimum: options.minimumDocumentsPerClass)
            }
        }
        progress("reading \(corpus.documents.count) documents and \(corpus.documents.count * options.noiseRates.count) damaged copies")
        let texts: [[String]] = corpus.documents.enumerated().map { index, document in
            [document.text] + options.noiseRates.enumerated().map { copy, rate in
                var noise = OCRNoise(seed: UInt64(index + 1) &* 0x9e37_79b9_7f4a_7c15 &+ UInt64(copy))
                return noise.damage(document.text, rate: rate)
            }
        }
        let tokens = concurrentMap(texts.flatMap { $0 }) { TextFeatures.tokens($0) }
        let copiesPerDocument = 1 + options.noiseRates.count
        let cleanTokens = stride(from: 0, to: tokens.count, by: copiesPerDocument).map { tokens[$0] }
        let space = try FeatureSpace.build(from: cleanTokens, minimumDocuments: options.minimumDocumentFrequency)
        progress("\(space.count) features kept (each in at least \(options.minimumDocumentFrequency) documents)")

        let matcher = RuleMatcher(settings.rules)
        let flatTexts = texts.flatMap { $0 }
        let vectors = concurrentMap(Array(tokens.indices)) { space.vector(of: TextFeatures.counts(of: tokens[$0])) }
        let samples: [Sample] = corpus.documents.enumerated().flatMap { index, document in
            let label = classes.firstIndex(of: document.classId)!
            return (0..<copiesPerDocument).map { copy in
                let flat = index * copiesPerDocument + copy
                return Sample(label: label, document: index, noisy: copy > 0, vector: vectors[flat], rules: matcher.matches(in: flatTexts[flat]))
            }
        }

        // Folds by document, dealt class by class, so that each fold holds every class and a
        // document's damaged copies are never trained on while the document itself is checked.
        let foldOfDocument: [Int] = corpus.documents.indices.map { index in
            corpus.documents[..<index].filter { $0.classId == corpus.documents[index].classId }.count % options.folds
        }
        progress("cross-validating in \(options.folds) folds")
        let heldOutScores: [[(sample: Int, scores: [Double])]] = concurrentMap(Array(0..<options.folds)) { fold in
            let training = samples.indices.filter { foldOfDocument[samples[$0].document] != fold }
            let (weights, bias) = fit(samples: training.map { samples[$0] }, features: space.count, classes: classes.count, options: options)
            return samples.indices.filter { foldOfDocument[samples[$0].document] == fold }.map { index in
                let scores = score(samples[index].vector, weights: weights, bias: bias, classes: classes.count)
                return (index, DocumentClassifier.adjusted(scores, by: samples[index].rules, classes: classes))
            }
        }
        let predictions = heldOutScores.flatMap { $0 }.sorted { $0.sample < $1.sample }
        let temperature = fitTemperature(predictions.map { ($0.scores, samples[$0.sample].label) })

        var cleanConfidences: [(confidence: Double, right: Bool)] = []
        var correctClean = 0, clean = 0, correctNoisy = 0, noisy = 0, above = 0, correctAbove = 0
        var recalled = [Int](repeating: 0, count: classes.count), seen = [Int](repeating: 0, count: classes.count)
        for (index, scores) in predictions {
            let sample = samples[index]
            let probabilities = DocumentClassifier.softmax(scores, temperature: temperature)
            let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
            let right = best == sample.label
            if !sample.noisy { cleanConfidences.append((probabilities[best], right)) }
            seen[sample.label] += 1
            recalled[sample.label] += right ? 1 : 0
            if sample.noisy { noisy += 1; correctNoisy += right ? 1 : 0 } else { clean += 1; correctClean += right ? 1 : 0 }
            if probabilities[best] >= settings.reviewBelow { above += 1; correctAbove += right ? 1 : 0 }
        }
        progress("training on all \(samples.count) texts")
        let (weights, bias) = fit(samples: samples, features: space.count, classes: classes.count, options: options)
        let report = ClassifierModel.TrainingReport(
            corpusPath: corpus.path, corpusSHA256: corpus.sha256,
            documentsPerClass: Dictionary(uniqueKeysWithValues: classes.map { ($0, corpus.count(of: $0)) }),
            folds: options.folds, noisyCopies: options.noiseRates.count, epochs: options.epochs,
            crossValidatedAccuracy: rounded(Double(correctClean) / Double(max(clean, 1))),
            crossValidatedAccuracyOnNoisyText: rounded(Double(correctNoisy) / Double(max(noisy, 1))),
            crossValidatedRecall: Dictionary(uniqueKeysWithValues: classes.indices.map { (classes[$0], rounded(Double(recalled[$0]) / Double(max(seen[$0], 1)))) }),
            reviewBelow: settings.reviewBelow,
            precisionAboveReviewThreshold: rounded(Double(correctAbove) / Double(max(above, 1))),
            shareAboveReviewThreshold: rounded(Double(above) / Double(max(predictions.count, 1))),
            thresholdForPrecision99: rounded(lowestThreshold(for: 0.99, cleanConfidences)),
            temperature: rounded(temperature))
        return ClassifierModel(
            classes: classes, rulesFingerprint: settings.rulesFingerprint, report: report, slussVersion: slussVersion,
            space: space, weights: weights, bias: bias, temperature: rounded(temperature))
    }

    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// The lowest review threshold (in steps of 0.01) at which the held-out predictions at or
    /// above it were right at least `precision` of the time; 1 when none is.
    static func lowestThreshold(for precision: Double, _ predictions: [(confidence: Double, right: Bool)]) -> Double {
        for step in 50...99 {
            let threshold = Double(step) / 100
            let accepted = predictions.filter { $0.confidence >= threshold }
            guard !accepted.isEmpty else { break }
            if Double(accepted.filter(\.right).count) / Double(accepted.count) >= precision { return threshold }
        }
        return 1
    }

    /// Stochastic gradient descent on the cross-entropy with L2 regularisation of the weights
    /// touched, visiting samples in a fixed pseudo-random order per epoch.
    private static func fit(samples: [Sample], features: Int, classes: Int, options: Options) -> (weights: [Float], bias: [Float]) {
        var weights = [Float](repeating: 0, count: features * classes)
        var bias = [Float](repeating: 0, count: classes)
        var order = Array(samples.indices)
        var random = OCRNoise.Generator(seed: 0x5eed)
        var probabilities = [Float](repeating: 0, count: classes)
        // Each class weighs as much as any other in total, however many examples it has: a
        // catch-all class with many examples must not win doubtful cases by numbers alone.
        var perClass = [Int](repeating: 0, count: classes)
        for sample in samples { perClass[sample.label] += 1 }
        let classWeight = perClass.map { $0 == 0 ? 0 : Float(samples.count) / Float(classes * $0) }
        for epoch in 0..<options.epochs {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            let rate = options.learningRate / (1 + Float(epoch) * 0.25)
            let decay = 1 - rate * options.regularisation
            for sampleIndex in order {
                let sample = samples[sampleIndex]
                weights.withUnsafeMutableBufferPointer { w in
                    for c in 0..<classes { probabilities[c] = bias[c] }
                    for (index, value) in zip(sample.vector.indices, sample.vector.values) {
                        let base = Int(index) * classes
                        for c in 0..<classes { probabilities[c] += value * w[base + c] }
                    }
                    let top = probabilities.max()!
                    var sum: Float = 0
                    for c in 0..<classes { probabilities[c] = expf(probabilities[c] - top); sum += probabilities[c] }
                    let weight = classWeight[sample.label]
                    for c in 0..<classes { probabilities[c] = weight * (probabilities[c] / sum - (c == sample.label ? 1 : 0)) }
                    for c in 0..<classes { bias[c] -= rate * probabilities[c] }
                    for (index, value) in zip(sample.vector.indices, sample.vector.values) {
                        let base = Int(index) * classes
                        for c in 0..<classes { w[base + c] = w[base + c] * decay - rate * probabilities[c] * value }
                    }
                }
            }
        }
        return (weights, bias)
    }

    private static func score(_ vector: SparseVector, weights: [Float], bias: [Float], classes: Int) -> [Double] {
        var scores = bias.map(Double.init)
        for (index, value) in zip(vector.indices, vector.values) {
            let base = Int(index) * classes
            for c in 0..<classes { scores[c] += Double(value * weights[base + c]) }
        }
        return scores
    }

    /// The temperature that makes the held-out predictions' probabilities most likely (least
    /// negative log-likelihood), searched on a logarithmic grid and refined by golden section.
    static func fitTemperature(_ predictions: [(scores: [Double], label: Int)]) -> Double {
        func loss(_ temperature: Double) -> Double {
            predictions.reduce(0) { sum, prediction in
                let probabilities = DocumentClassifier.softmax(prediction.scores, temperature: temperature)
                return sum - log(max(probabilities[prediction.label], 1e-12))
            }
        }
        let grid = (0...40).map { pow(10, -1.5 + Double($0) * 0.075) }
        let best = grid.indices.min { loss(grid[$0]) < loss(grid[$1]) }!
        var low = grid[max(best - 1, 0)], high = grid[min(best + 1, grid.count - 1)]
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<40 {
            let a = high - ratio * (high - low), b = low + ratio * (high - low)
            if loss(a) < loss(b) { high = b } else { low = a }
        }
        return (low + high) / 2
    }

    /// `transform` over `items` on all cores, results in the items' order.
    static func concurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Slots filled from several threads, one writer per slot.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}

