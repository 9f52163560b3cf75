/// How documents are classified: the classes a municipality uses, the model trained for them, the
/// readable rules that favour or force a class, and the confidence below which a person decides.
/// Loaded from the `classification` section of a pipeline file.
public struct ClassificationSettings: Sendable, Equatable {
    /// A class documents can have: a stable id (a corpus folder name) and the label people read.
    public struct DocumentClass: Sendable, Equatable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// A rule written by people: when its phrase or pattern occurs in a document's text, the class
    /// it names is favoured by `weight` (added to that class's score before the confidence is
    /// computed), or, for a forcing rule, chosen outright.
    public struct Rule: Sendable, Equatable {
        public enum Match: Sendable, Equatable {
            /// Words that must occur in this order; case, line breaks and spacing do not matter.
            case phrase(String)
            /// A regular expression over the text as read.
            case pattern(String)
        }

        public var match: Match
        public var classId: String
        public var weight: Double
        public var forces: Bool
        /// Line in the pipeline file, so that an explanation can point at the rule.
        public var line: Int

        public init(match: Match, classId: String, weight: Double, forces: Bool, line: Int) {
            self.match = match
            self.classId = classId
            self.weight = weight
            self.forces = forces
            self.line = line
        }

        /// What the rule looks for, as a person wrote it.
        public var wording: String {
            switch match {
            case let .phrase(phrase): "\"\(phrase)\""
            case let .pattern(pattern): "/\(pattern)/"
            }
        }
    }

    /// Model file made by `sluss train` (absolute path).
    public var modelPath: String
    /// Training corpus: one folder of UTF-8 text files per class id (absolute path).
    public var corpusPath: String
    /// Documents whose confidence is below this wait for a person in `sluss review`.
    public var reviewBelow: Double
    public var classes: [DocumentClass]
    public var rules: [Rule]

    public init(modelPath: String, corpusPath: String, reviewBelow: Double, classes: [DocumentClass], rules: [Rule]) {
        self.modelPath = modelPath
        self.corpusPath = corpusPath
        self.reviewBelow = reviewBelow
        self.classes = classes
        self.rules = rules
    }

    public func label(of classId: String) -> String {
        classes.first { $0.id == classId }?.label ?? classId
    }

    /// The rules in a canonical form, one per line. A model is calibrated with the rules in force
    /// when it was trained; comparing this text tells whether they have changed since.
    public var rulesFingerprint: String {
        rules.map { rule in
            "\(rule.forces ? "forces" : "favours") \(rule.classId) \(rule.weight) \(rule.wording)"
        }.joined(separator: "\n")
    }
}
