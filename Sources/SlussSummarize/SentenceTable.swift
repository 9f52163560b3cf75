import Foundation
import SlussCore

/// Every candidate sentence of a report with what Sluss knows of it and whether the oracle took
/// it: material for studying how sentences are chosen (`evaluate-summaries --sentences-to`).
public struct SentenceTable: Sendable, Codable {
    public struct Row: Sendable, Codable {
        public var index: Int
        public var text: String
        public var words: Int
        public var headingPath: [String]
        public var indexInSection: Int
        public var sectionWeight: Double
        public var centrality: Double
        public var cueCount: Int
        /// Stems with stopwords (what ROUGE compares) and content stems (what the vectors hold).
        public var allStems: [String]
        public var contentStems: [String]
        public var byOracle: Bool
        public var bySluss: Bool
    }

    public var name: String
    public var budget: Int
    public var referenceStems: [String]
    public var rows: [Row]

    /// The table of a report the evaluation has analysed, with the picks it made.
    init(
        name: String, document: AnalysedDocument, budget: Int, reference: String,
        weights: [SummarySettings.SectionWeight], cueWords: [String], oracle: Set<Int>, sluss: Set<Int>
    ) {
        let scores = SentencePickers.slussScoreParts(document, weights: weights, cueWords: cueWords)
        self.name = name
        self.budget = budget
        referenceStems = SwedishWords.allStems(reference[...])
        rows = document.proseIndices.map { index in
            let sentence = document.sentences[index]
            let parts = scores[index]!
            return Row(
                index: index, text: sentence.text, words: sentence.words, headingPath: document.headingPath(of: sentence),
                indexInSection: sentence.indexInSection, sectionWeight: parts.section, centrality: parts.centrality,
                cueCount: parts.cues, allStems: SwedishWords.allStems(sentence.text[...]), contentStems: sentence.stems,
                byOracle: oracle.contains(index), bySluss: sluss.contains(index))
        }
    }
}
