/// What the classifier decided about one document and why, in terms a caseworker can check.
public struct DocumentClassification: Sendable, Equatable, Codable {
    public struct ClassScore: Sendable, Equatable, Codable {
        public var classId: String
        public var probability: Double

        public init(classId: String, probability: Double) {
            self.classId = classId
            self.probability = probability
        }
    }

    /// A word or pair of words of the document and how much it moved the decision: positive
    /// towards the chosen class, negative towards the runner-up.
    public struct WeighedTerm: Sendable, Equatable, Codable {
        public var term: String
        public var weight: Double

        public init(term: String, weight: Double) {
            self.term = term
            self.weight = weight
        }
    }

    /// A pipeline rule that matched the document.
    public struct AppliedRule: Sendable, Equatable, Codable {
        public var wording: String
        public var classId: String
        public var weight: Double
        public var forces: Bool
        public var line: Int

        public init(wording: String, classId: String, weight: Double, forces: Bool, line: Int) {
            self.wording = wording
            self.classId = classId
            self.weight = weight
            self.forces = forces
            self.line = line
        }
    }

    public var classId: String
    /// Calibrated probability that `classId` is right: of documents given 0.9, about nine in ten
    /// are right.
    public var confidence: Double
    /// Every class with its probability, best first.
    public var ranking: [ClassScore]
    public var termsFor: [WeighedTerm]
    public var termsAgainst: [WeighedTerm]
    public var rules: [AppliedRule]
    /// Set when a forcing rule chose the class; `confidence` is then 1 and `modelConfidence` is
    /// what the model alone gave that class.
    public var forcedBy: AppliedRule?
    public var modelConfidence: Double
    public var reviewBelow: Double

    public init(
        classId: String, confidence: Double, ranking: [ClassScore], termsFor: [WeighedTerm], termsAgainst: [WeighedTerm],
        rules: [AppliedRule], forcedBy: AppliedRule?, modelConfidence: Double, reviewBelow: Double
    ) {
        self.classId = classId
        self.confidence = confidence
        self.ranking = ranking
        self.termsFor = termsFor
        self.termsAgainst = termsAgainst
        self.rules = rules
        self.forcedBy = forcedBy
        self.modelConfidence = modelConfidence
        self.reviewBelow = reviewBelow
    }

    public var needsReview: Bool { forcedBy == nil && confidence < reviewBelow }

    public var runnerUp: ClassScore? {
        ranking.first { $0.classId != classId }
    }
}
