import Foundation
import SlussCore

/// The ways of choosing sentences within a word budget: Sluss's own, and the baselines the
/// evaluation measures it against. Each returns indices into the document's sentences in
/// document order.
enum SentencePickers {
    /// Sluss: how central a sentence is to the whole document (cosine to the document's
    /// centroid, to the power 1.5 so that centrality leads), times the weight of the section it
    /// stands in, times a bonus for wording that states a finding, slightly favouring a section's
    /// opening sentences and the opening of the document (where a report says what it is about);
    /// then chosen greedily with a penalty for repeating what is already chosen (maximal marginal
    /// relevance). The exponent, the opening bonus and the default section weights were chosen by
    /// leave-one-report-out on the evaluation set: the same values won with any report left out.
    static func sluss(_ document: AnalysedDocument, budget: Int, weights: [SummarySettings.SectionWeight], cueWords: [String], diversity: Double = SummaryMethod.diversity) -> [Int] {
        let candidates = document.proseIndices
        guard !candidates.isEmpty else { return [] }
        var scores: [Int: Double] = [:]
        let parts = slussScoreParts(document, weights: weights, cueWords: cueWords)
        let documentOpening = Int((Double(candidates.count) * 0.05).rounded(.up))
        for (rank, index) in candidates.enumerated() {
            let sentence = document.sentences[index], part = parts[index]!
            let cue = 1 + 0.25 * Double(min(part.cues, 2))
            let opening = 1 / (1 + 0.08 * Double(sentence.indexInSection))
            let length = sentence.words < 10 ? 0.8 : 1
            let start = rank < documentOpening ? 1.5 : 1
            scores[index] = pow(max(part.centrality, 0), 1.5) * part.section * cue * opening * length * start
        }
        let best = max(scores.values.max() ?? 1, 1e-9)
        var chosen: [Int] = []
        var words = 0
        var remaining = candidates
        var overlap: [Int: Double] = [:]
        while true {
            remaining.removeAll { words + document.sentences[$0].words > budget }
            let value = { (index: Int) in (1 - diversity) * scores[index]! / best - diversity * overlap[index, default: 0] }
            guard let pick = remaining.max(by: { value($0) != value($1) ? value($0) < value($1) : $0 > $1 }) else { break }
            remaining.removeAll { $0 == pick }
            chosen.append(pick)
            words += document.sentences[pick].words
            let picked = document.sentences[pick].vector
            for index in remaining {
                overlap[index] = max(overlap[index, default: 0], document.sentences[index].vector.dot(picked))
            }
        }
        if chosen.isEmpty, let top = candidates.max(by: { scores[$0]! < scores[$1]! }) { chosen = [top] }
        return chosen.sorted()
    }

    /// What Sluss's score is made of, per prose sentence: centrality (cosine to the document's
    /// centroid; as good as PageRank on the evaluation set, and linear in the number of sentences
    /// where PageRank is quadratic), the weight of its section, and the distinct cue words in it.
    static func slussScoreParts(_ document: AnalysedDocument, weights: [SummarySettings.SectionWeight], cueWords: [String]) -> [Int: (centrality: Double, section: Double, cues: Int)] {
        let candidates = document.proseIndices
        let centroid = centroid(of: candidates.map { document.sentences[$0].vector })
        var parts: [Int: (centrality: Double, section: Double, cues: Int)] = [:]
        for index in candidates {
            let sentence = document.sentences[index]
            let cues = Set(SwedishWords.tokens(sentence.text[...]).compactMap { token -> String? in
                let word = token.lowercased()
                return cueWords.first { word.hasPrefix($0) }
            })
            parts[index] = (sentence.vector.dot(centroid), sectionWeight(document.headingPath(of: sentence), weights: weights), cues.count)
        }
        return parts
    }

    /// The first sentences, as many as fit.
    static func lead(_ document: AnalysedDocument, budget: Int) -> [Int] {
        fill(document.proseIndices, document, budget: budget)
    }

    /// Plain TextRank: a graph of the sentences weighted by the cosine of their tf-idf vectors,
    /// ranked by PageRank (damping 0.85), the best that fit.
    static func textRank(_ document: AnalysedDocument, budget: Int) -> [Int] {
        let candidates = document.proseIndices
        let rank = pageRank(document, candidates)
        let order = candidates.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }.map { candidates[$0] }
        return fill(order, document, budget: budget).sorted()
    }

    /// PageRank (damping 0.85) over the graph of `candidates` weighted by the cosine of their
    /// tf-idf vectors: a sentence is central when sentences like many others resemble it.
    static func pageRank(_ document: AnalysedDocument, _ candidates: [Int]) -> [Double] {
        let count = candidates.count
        guard count > 1 else { return Array(repeating: 1, count: count) }
        var edges: [[(Int, Double)]] = Array(repeating: [], count: count)
        var outWeight = Array(repeating: 0.0, count: count)
        for i in 0..<count {
            let vector = document.sentences[candidates[i]].vector
            for j in (i + 1)..<count {
                let similarity = vector.dot(document.sentences[candidates[j]].vector)
                guard similarity > 0 else { continue }
                edges[i].append((j, similarity))
                edges[j].append((i, similarity))
                outWeight[i] += similarity
                outWeight[j] += similarity
            }
        }
        var rank = Array(repeating: 1.0 / Double(count), count: count)
        for _ in 0..<100 {
            var next = Array(repeating: (1 - 0.85) / Double(count), count: count)
            for i in 0..<count where outWeight[i] > 0 {
                for (j, weight) in edges[i] { next[j] += 0.85 * rank[i] * weight / outWeight[i] }
            }
            let change = zip(next, rank).reduce(0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < 1e-9 { break }
        }
        return rank
    }

    /// The extractive ceiling: greedily adds the sentence that raises ROUGE-1 + ROUGE-2 (F1)
    /// against the reference most, until none raises it or the budget is spent.
    static func oracle(_ document: AnalysedDocument, budget: Int, reference: String) -> [Int] {
        let scorer = RougeScorer(reference: reference)
        let stems = document.sentences.map { SwedishWords.allStems($0.text[...]) }
        var chosen: [Int] = []
        var chosenStems: [String] = []
        var current = 0.0
        var words = 0
        while true {
            var best: (index: Int, score: Double)?
            for index in document.proseIndices where !chosen.contains(index) && words + document.sentences[index].words <= budget {
                let score = scorer.unigramAndBigramF1(chosenStems + stems[index])
                if score > current, best == nil || score > best!.score { best = (index, score) }
            }
            guard let (index, score) = best else { break }
            chosen.append(index)
            chosenStems += stems[index]
            words += document.sentences[index].words
            current = score
        }
        return chosen.sorted()
    }

    /// Sentences in the given order, each taken if it still fits the budget.
    private static func fill(_ order: [Int], _ document: AnalysedDocument, budget: Int) -> [Int] {
        var chosen: [Int] = []
        var words = 0
        for index in order where words + document.sentences[index].words <= budget {
            chosen.append(index)
            words += document.sentences[index].words
            if budget - words < 6 { break }
        }
        return chosen
    }

    private static func centroid(of vectors: [SparseVector]) -> SparseVector {
        var sums: [Int32: Double] = [:]
        for vector in vectors {
            for (term, weight) in zip(vector.terms, vector.weights) { sums[term, default: 0] += weight }
        }
        var result = SparseVector()
        for term in sums.keys.sorted() {
            result.terms.append(term)
            result.weights.append(sums[term]!)
        }
        let norm = sqrt(result.weights.reduce(0) { $0 + $1 * $1 })
        if norm > 0 { result.weights = result.weights.map { $0 / norm } }
        return result
    }

    /// The weight of the innermost heading, among those a sentence stands under, that a weight
    /// names; 1 when none does. Earlier entries win, so a class's own weights come first.
    static func sectionWeight(_ headingPath: [String], weights: [SummarySettings.SectionWeight]) -> Double {
        for title in headingPath.reversed() {
            let heading = title.lowercased()
            if let entry = weights.first(where: { startsWord(heading, $0.heading) }) { return entry.weight }
        }
        return 1
    }

    /// Whether `phrase` occurs in `text` at the start of a word; with `wholeWord`, also ending
    /// one ("psykolog" in "leg. psykolog", not in "psykologen").
    static func startsWord(_ text: String, _ phrase: String, wholeWord: Bool = false) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let endsWord = !wholeWord || range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if startsWord && endsWord { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }
}

/// The name and fixed parameters of Sluss's summary method, recorded with every summary.
public enum SummaryMethod {
    public static let name = "sluss-extractive-3"
    /// How much a sentence's overlap with those already chosen counts against it (0–1).
    static let diversity = 0.3
}
