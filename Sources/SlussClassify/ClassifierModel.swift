import Foundation
import SlussNative

/// A trained classifier as written to disk by `sluss train`: readable JSON, identical for the same
/// corpus, rules and software, so its SHA-256 identifies what classified a document.
public struct ClassifierModel: Sendable {
    public static let format = "sluss-classifier"
    public static let formatVersion = 1

    /// How the corpus looked and how well the model did on it when each document was held out of
    /// training (cross-validation); the confidence it reports is calibrated on those predictions.
    public struct TrainingReport: Codable, Sendable, Equatable {
        public var corpusPath: String
        public var corpusSHA256: String
        public var documentsPerClass: [String: Int]
        public var folds: Int
        public var noisyCopies: Int
        public var epochs: Int
        public var crossValidatedAccuracy: Double
        public var crossValidatedAccuracyOnNoisyText: Double
        /// Per class, the share of its documents (and damaged copies) classified right.
        public var crossValidatedRecall: [String: Double]
        public var reviewBelow: Double
        /// Of the held-out predictions at or above `reviewBelow`, the share that was right, and the
        /// share of all predictions that reached it.
        public var precisionAboveReviewThreshold: Double
        public var shareAboveReviewThreshold: Double
        /// The lowest review threshold at which 99% of the held-out predictions above it were right,
        /// on the corpus text: Sluss's OCR of scanned copies of held-out documents classifies like
        /// their text (scripts/evaluate-classifier.sh), while the damaged training copies are far
        /// worse than OCR and would set the bar for scans that do not occur.
        public var thresholdForPrecision99: Double
        public var temperature: Double
    }

    public var classes: [String]
    public var rulesFingerprint: String
    public var report: TrainingReport
    public var slussVersion: String
    let space: FeatureSpace
    /// Feature-major: the weight of feature f for class c is `weights[f * classes.count + c]`.
    let weights: [Float]
    let bias: [Float]
    let temperature: Double

    init(classes: [String], rulesFingerprint: String, report: TrainingReport, slussVersion: String,
         space: FeatureSpace, weights: [Float], bias: [Float], temperature: Double) {
        self.classes = classes
        self.rulesFingerprint = rulesFingerprint
        self.report = report
        self.slussVersion = slussVersion
        self.space = space
        self.weights = weights
        self.bias = bias
        self.temperature = temperature
    }

    /// Scores per class (before rules and temperature) for a document vector.
    func scores(_ vector: SparseVector) -> [Double] {
        let classCount = classes.count
        var scores = bias.map(Double.init)
        for (index, value) in zip(vector.indices, vector.values) {
            let base = Int(index) * classCount
            for c in 0..<classCount { scores[c] += Double(value * weights[base + c]) }
        }
        return scores
    }

    func weight(feature: Int, classIndex: Int) -> Float {
        weights[feature * classes.count + classIndex]
    }

    // MARK: File

    private struct File: Codable {
        var format: String
        var formatVersion: Int
        var slussVersion: String
        var classes: [String]
        var rulesFingerprint: String
        var training: TrainingReport
        var temperature: Double
        var bias: [Double]
        /// One entry per feature: its name, rarity, and one weight per class in `classes` order.
        var features: [String]
        var inverseDocumentFrequency: [Double]
        var weights: [[Double]]
    }

    /// Writes the model as JSON with rounded numbers (four decimals: far finer than the differences
    /// that matter, and it keeps the file small and stable).
    public func write(to path: String) throws(ClassifierError) {
        func rounded(_ value: Float) -> Double { (Double(value) * 10_000).rounded() / 10_000 }
        let classCount = classes.count
        // The corpus as seen from the model's folder, so that the same corpus gives the same file
        // wherever the repository is checked out.
        var training = report
        training.corpusPath = Self.relativePath(of: report.corpusPath, from: (path as NSString).deletingLastPathComponent)
        let file = File(
            format: Self.format, formatVersion: Self.formatVersion, slussVersion: slussVersion, classes: classes,
            rulesFingerprint: rulesFingerprint, training: training, temperature: temperature,
            bias: bias.map(rounded), features: space.names,
            inverseDocumentFrequency: space.inverseDocumentFrequency.map(rounded),
            weights: (0..<space.count).map { f in (0..<classCount).map { rounded(weights[f * classCount + $0]) } })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            var data = try encoder.encode(file)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWriteModel(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// `target` relative to the folder `base` ("../corpus/train"); both are absolute or both relative
    /// to the same folder.
    static func relativePath(of target: String, from base: String) -> String {
        let targetParts = (target as NSString).standardizingPath.split(separator: "/")
        let baseParts = (base as NSString).standardizingPath.split(separator: "/")
        guard target.hasPrefix("/") == base.hasPrefix("/") else { return target }
        let common = zip(targetParts, baseParts).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: baseParts.count - common) + targetParts[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Reads a model file and checks it is whole; returns it with the SHA-256 of its bytes.
    public static func load(path: String) throws(ClassifierError) -> (model: ClassifierModel, sha256: String) {
        guard FileManager.default.fileExists(atPath: path) else { throw .modelMissing(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .modelUnreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .modelMalformed(path: path, problem: "not valid JSON (\(context.debugDescription))")
        } catch let DecodingError.keyNotFound(key, _) {
            throw .modelMalformed(path: path, problem: "the entry '\(key.stringValue)' is missing")
        } catch {
            throw .modelMalformed(path: path, problem: "\(error)")
        }
        guard file.format == format else {
            throw .modelMalformed(path: path, problem: "its format is '\(file.format)', expected '\(format)'")
        }
        guard file.formatVersion == formatVersion else {
            throw .modelMalformed(path: path, problem: "format version \(file.formatVersion), this Sluss reads version \(formatVersion)")
        }
        let classCount = file.classes.count
        guard classCount >= 2, Set(file.classes).count == classCount else {
            throw .modelMalformed(path: path, problem: "it needs at least two distinct classes")
        }
        guard file.bias.count == classCount,
              file.inverseDocumentFrequency.count == file.features.count,
              file.weights.count == file.features.count,
              file.weights.allSatisfy({ $0.count == classCount }) else {
            throw .modelMalformed(path: path, problem: "its features, rarities and weights do not line up with its \(classCount) classes (a truncated or edited file?)")
        }
        guard file.temperature > 0, file.temperature.isFinite,
              file.weights.allSatisfy({ $0.allSatisfy(\.isFinite) }), file.bias.allSatisfy(\.isFinite) else {
            throw .modelMalformed(path: path, problem: "it holds numbers that are not finite")
        }
        let space: FeatureSpace
        do {
            space = try FeatureSpace(names: file.features, inverseDocumentFrequency: file.inverseDocumentFrequency.map(Float.init))
        } catch {
            throw .modelMalformed(path: path, problem: error.description)
        }
        let model = ClassifierModel(
            classes: file.classes, rulesFingerprint: file.rulesFingerprint, report: file.training,
            slussVersion: file.slussVersion, space: space, weights: file.weights.flatMap { $0.map(Float.init) },
            bias: file.bias.map(Float.init), temperature: file.temperature)
        let sha256 = SHA256Digest.of(data)
        return (model, sha256)
    }
}
