/// How a classifier did on labelled documents: accuracy, per-class precision and recall, the
import SlussCore
/// confusion matrix, and how precise the documents it would accept without review were.
public struct ClassificationEvaluation: Sendable {
    public struct Outcome: Sendable {
        public var name: String
        public var expected: String
        public var result: DocumentClassification

        public init(name: String, expected: String, result: DocumentClassification) {
            self.name = name
            self.expected = expected
            self.result = result
        }
    }

    public struct ClassFigures: Sendable {
        public var classId: String
        public var documents: Int
        public var precision: Double
        public var recall: Double
    }

    public let classes: [String]
    public let outcomes: [Outcome]

    public init(classes: [String], outcomes: [Outcome]) {
        self.classes = classes
        self.outcomes = outcomes
    }

    public var accuracy: Double {
        ratio(outcomes.filter { $0.result.classId == $0.expected }.count, outcomes.count)
    }

    /// `matrix[expected][predicted]`, in `classes` order.
    public var confusion: [[Int]] {
        var matrix = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
        for outcome in outcomes {
            guard let row = classes.firstIndex(of: outcome.expected),
                  let column = classes.firstIndex(of: outcome.result.classId) else { continue }
            matrix[row][column] += 1
        }
        return matrix
    }

    public var perClass: [ClassFigures] {
        classes.map { classId in
            let predicted = outcomes.filter { $0.result.classId == classId }
            let actual = outcomes.filter { $0.expected == classId }
            return ClassFigures(
                classId: classId, documents: actual.count,
                precision: ratio(predicted.filter { $0.expected == classId }.count, predicted.count),
                recall: ratio(actual.filter { $0.result.classId == classId }.count, actual.count))
        }
    }

    /// Documents that would be accepted without a person (at or above the review threshold).
    public var autoAccepted: [Outcome] { outcomes.filter { !$0.result.needsReview } }

    public var autoAcceptedPrecision: Double {
        ratio(autoAccepted.filter { $0.result.classId == $0.expected }.count, autoAccepted.count)
    }

    public var misclassified: [Outcome] { outcomes.filter { $0.result.classId != $0.expected } }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
