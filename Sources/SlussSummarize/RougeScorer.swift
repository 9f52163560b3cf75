/// ROUGE-1, ROUGE-2 and ROUGE-L (F1) of a summary against one reference, over lower-cased,
/// stemmed words (the Swedish Snowball stemmer) with stopwords kept, as ROUGE is usually run.
public struct RougeScores: Sendable, Equatable, Codable {
    public var rouge1: Double
    public var rouge2: Double
    public var rougeL: Double

    public init(rouge1: Double, rouge2: Double, rougeL: Double) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }
}

struct RougeScorer {
    private let reference: [String]
    private let referenceUnigrams: [String: Int]
    private let referenceBigrams: [String: Int]

    init(reference: String) {
        self.reference = SwedishWords.allStems(reference[...])
        referenceUnigrams = Self.counts(self.reference)
        referenceBigrams = Self.counts(Self.bigrams(self.reference))
    }

    func scores(_ summary: String) -> RougeScores {
        let words = SwedishWords.allStems(summary[...])
        return RougeScores(
            rouge1: Self.f1(overlap(Self.counts(words), referenceUnigrams), words.count, reference.count),
            rouge2: Self.f1(overlap(Self.counts(Self.bigrams(words)), referenceBigrams), max(words.count - 1, 0), max(reference.count - 1, 0)),
            rougeL: Self.f1(Self.longestCommonSubsequence(words, reference), words.count, reference.count))
    }

    /// ROUGE-1 + ROUGE-2 F1 of stemmed words: what the greedy oracle climbs.
    func unigramAndBigramF1(_ words: [String]) -> Double {
        Self.f1(overlap(Self.counts(words), referenceUnigrams), words.count, reference.count)
            + Self.f1(overlap(Self.counts(Self.bigrams(words)), referenceBigrams), max(words.count - 1, 0), max(reference.count - 1, 0))
    }

    private func overlap(_ counts: [String: Int], _ reference: [String: Int]) -> Int {
        counts.reduce(0) { $0 + min($1.value, reference[$1.key] ?? 0) }
    }

    private static func counts(_ items: [String]) -> [String: Int] {
        items.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private static func bigrams(_ words: [String]) -> [String] {
        words.count < 2 ? [] : (1..<words.count).map { words[$0 - 1] + " " + words[$0] }
    }

    private static func f1(_ overlap: Int, _ candidateCount: Int, _ referenceCount: Int) -> Double {
        guard overlap > 0, candidateCount > 0, referenceCount > 0 else { return 0 }
        let precision = Double(overlap) / Double(candidateCount)
        let recall = Double(overlap) / Double(referenceCount)
        return 2 * precision * recall / (precision + recall)
    }

    private static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = Array(repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
