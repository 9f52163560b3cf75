/// How documents are summarised: the word budget and which sections of a report weigh most. Set
/// in the `summary` section of a pipeline file; every value has a default.
public struct SummarySettings: Sendable, Equatable {
    /// Sentences under a heading that contains `heading` (at the start of a word, any case) are
    /// worth `weight` times as much; 1 is neutral, below 1 holds a section back.
    public struct SectionWeight: Sendable, Equatable {
        public var heading: String
        public var weight: Double

        public init(heading: String, weight: Double) {
            self.heading = heading
            self.weight = weight
        }
    }

    /// Whether ingest summarises each document.
    public var enabled: Bool
    /// The longest summary, in words, for a long report.
    public var maxWords: Int
    /// The shortest budget, for a one-page letter.
    public var minWords: Int
    /// Share of the document's words the budget grows with, between the two.
    public var shareOfDocument: Double
    public var sections: [SectionWeight]
    /// Class id → weights that apply to that class before `sections`.
    public var classSections: [String: [SectionWeight]]
    /// Word beginnings that mark a sentence stating a finding ("bedöm", "rekommender").
    public var cueWords: [String]

    public init(
        enabled: Bool = true, maxWords: Int = 250, minWords: Int = 40, shareOfDocument: Double = 0.15,
        sections: [SectionWeight] = SummarySettings.defaultSections, classSections: [String: [SectionWeight]] = SummarySettings.defaultClassSections,
        cueWords: [String] = SummarySettings.defaultCueWords
    ) {
        self.enabled = enabled
        self.maxWords = maxWords
        self.minWords = minWords
        self.shareOfDocument = shareOfDocument
        self.sections = sections
        self.classSections = classSections
        self.cueWords = cueWords
    }

    /// What Swedish reports call the parts where their authors conclude, and the parts that
    /// only describe how the work was done.
    public static let defaultSections: [SectionWeight] = [
        .init(heading: "sammanfattande bedömning", weight: 1.7),
        .init(heading: "sammanfattning", weight: 1.7),
        .init(heading: "sammantagen bedömning", weight: 1.7),
        .init(heading: "samlad bedömning", weight: 1.7),
        .init(heading: "slutsats", weight: 1.6),
        .init(heading: "bedömning", weight: 1.6),
        .init(heading: "diagnos", weight: 1.4),
        .init(heading: "rekommendation", weight: 1.4),
        .init(heading: "åtgärd", weight: 1.4),
        .init(heading: "förslag", weight: 1.4),
        .init(heading: "utlåtande", weight: 1.2),
        .init(heading: "analys", weight: 1.2),
        .init(heading: "beslut", weight: 1.2),
        .init(heading: "resultat", weight: 1.1),
        .init(heading: "bakgrund", weight: 0.9),
        .init(heading: "metod", weight: 0.7),
        .init(heading: "genomförande", weight: 0.7),
        .init(heading: "underlag", weight: 0.7),
        .init(heading: "källor", weight: 0.4),
        .init(heading: "referenser", weight: 0.2),
        .init(heading: "litteratur", weight: 0.2),
        .init(heading: "bilaga", weight: 0.3),
        .init(heading: "innehåll", weight: 0.2),
    ]

    /// A decision's or judgment's reasons and ruling are what it says; its appeal instructions
    /// are the same in every decision.
    public static let defaultClassSections: [String: [SectionWeight]] = [
        "beslut": [.init(heading: "skäl", weight: 1.6), .init(heading: "domslut", weight: 1.7), .init(heading: "hur man överklagar", weight: 0.3)],
    ]

    public static let defaultCueWords = [
        "bedöm", "sammanfattningsvis", "sammantaget", "slutsats", "rekommender", "föreslå", "diagnos",
        "konstater", "behov", "risk",
    ]

    /// The word budget for a document of `documentWords` words.
    public func wordBudget(documentWords: Int) -> Int {
        min(maxWords, max(minWords, Int((Double(documentWords) * shareOfDocument).rounded())))
    }

    /// The weights for a document of class `classId` (nil when unclassified): the class's own first.
    public func sectionWeights(forClass classId: String?) -> [SectionWeight] {
        (classId.flatMap { classSections[$0] } ?? []) + sections
    }
}
