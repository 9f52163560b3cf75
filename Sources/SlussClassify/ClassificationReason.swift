import Foundation
import SlussCore
import SlussStore

/// The one-line reason stored with a classification and shown in review lists: the decision, the
/// runner-up, the words that weighed most and the rules that matched, in the pipeline's labels.
public enum ClassificationReason {
    public static func text(for result: DocumentClassification, settings: ClassificationSettings) -> String {
        var parts: [String] = []
        if let forcing = result.forcedBy {
            parts.append("forced by the rule on line \(forcing.line), \(forcing.wording) (the model alone gave \(percent(result.modelConfidence)))")
        }
        if let runnerUp = result.runnerUp {
            parts.append("\(settings.label(of: result.classId)) \(percent(result.confidence)) over \(settings.label(of: runnerUp.classId)) \(percent(runnerUp.probability))")
        }
        if !result.termsFor.isEmpty {
            parts.append("words for it: " + result.termsFor.prefix(5).map { "\"\($0.term)\"" }.joined(separator: ", "))
        }
        let favouring = result.rules.filter { !$0.forces }
        if !favouring.isEmpty {
            parts.append("rules: " + favouring.map { "\($0.wording) favours \(settings.label(of: $0.classId))" }.joined(separator: ", "))
        }
        if result.needsReview {
            parts.append("below the review threshold \(percent(result.reviewBelow))")
        }
        return parts.joined(separator: "; ")
    }

    public static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}

extension MachineClassification {
    /// Classifies `text` and gathers what the store records about how.
    public init(_ classifier: DocumentClassifier, of text: String, pipeline: Pipeline, software: String) {
        let result = classifier.classify(text)
        self.init(
            result: result, reason: ClassificationReason.text(for: result, settings: classifier.settings),
            modelPath: classifier.settings.modelPath, modelSHA256: classifier.modelSHA256,
            pipelineName: pipeline.name, pipelineSHA256: pipeline.sourceSHA256, software: software)
    }
}
