import Foundation
import SlussCore

/// A sentence of the document as the sentence pickers see it.
struct CandidateSentence: Sendable {
    var text: String
    var start: PagePosition
    var end: PagePosition
    /// Heading index of its section (into the outline), nil before the first heading.
    var section: Int?
    /// Its place among the sentences of its section, from 0.
    var indexInSection: Int
    var words: Int
    /// Content words, stemmed, for similarity.
    var stems: [String]
    /// Long enough, and prose rather than a form field, an address or a table row.
    var isProse: Bool
    /// Term weights (tf-idf), L2-normalised, sorted by term id.
    var vector: SparseVector = SparseVector()
}

/// A sparse vector of term weights over the document's vocabulary.
struct SparseVector: Sendable {
    var terms: [Int32] = []
    var weights: [Double] = []

    func dot(_ other: SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}

/// A document read for summarising: its outline, its sentences with their pages, and their
/// term vectors. Shared by Sluss's own picker and the baselines it is measured against, so
/// that they differ only in how they choose.
struct AnalysedDocument: Sendable {
    let outline: DocumentOutline
    let sentences: [CandidateSentence]
    let documentWords: Int

    init(pages: [SourcePage], knownSectionNames: [String]) {
        outline = DocumentOutline(pages: pages, knownSectionNames: knownSectionNames)
        var sentences: [CandidateSentence] = []
        var words = 0
        var countInSection: [Int: Int] = [:]
        for paragraph in outline.paragraphs {
            for range in SentenceSplitter.sentences(in: paragraph.scalars) {
                let text = String(String.UnicodeScalarView(paragraph.scalars[range]))
                let tokens = SwedishWords.tokens(text[...])
                let wordCount = DocumentSummary.wordCount(text)
                words += wordCount
                let sectionKey = paragraph.section ?? -1
                let indexInSection = countInSection[sectionKey, default: 0]
                countInSection[sectionKey] = indexInSection + 1
                var end = paragraph.position(of: range.upperBound - 1)
                end.offset += 1
                sentences.append(CandidateSentence(
                    text: text, start: paragraph.position(of: range.lowerBound), end: end,
                    section: paragraph.section, indexInSection: indexInSection, words: wordCount,
                    stems: SwedishWords.contentStems(text[...]), isProse: Self.isProse(text, tokens: tokens)))
            }
        }
        Self.weighTerms(&sentences)
        self.sentences = sentences
        documentWords = words
    }

    /// Whether a sentence reads as prose: six to eighty words, mostly words rather than numbers,
    /// several of them lower-case, not a label waiting for its value, and not a piece that starts
    /// in lower case and stops without a full stop (a table row, the tail of a cut list item).
    static func isProse(_ text: String, tokens: [Substring]) -> Bool {
        guard (6...80).contains(tokens.count), text.last != ":" else { return false }
        if text.first?.isLowercase == true, let last = text.last, !".!?”\")…".contains(last) { return false }
        let wordLike = tokens.filter { $0.first?.isLetter == true }.count
        let lowercase = tokens.filter { $0.count >= 3 && $0.first?.isLowercase == true }.count
        return Double(wordLike) >= 0.7 * Double(tokens.count) && lowercase >= 3
    }

    /// tf-idf over the document's own sentences: (1 + log tf) · log(1 + N / df), L2-normalised.
    private static func weighTerms(_ sentences: inout [CandidateSentence]) {
        var ids: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        var counts: [[(Int32, Int)]] = []
        for sentence in sentences {
            var perTerm: [Int32: Int] = [:]
            for stem in sentence.stems {
                let id: Int32
                if let known = ids[stem] {
                    id = known
                } else {
                    id = Int32(ids.count)
                    ids[stem] = id
                    documentFrequency.append(0)
                }
                perTerm[id, default: 0] += 1
            }
            for id in perTerm.keys { documentFrequency[Int(id)] += 1 }
            counts.append(perTerm.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
        let total = Double(max(sentences.count, 1))
        for index in sentences.indices {
            var vector = SparseVector()
            for (id, count) in counts[index] {
                vector.terms.append(id)
                vector.weights.append((1 + log(Double(count))) * log(1 + total / Double(documentFrequency[Int(id)])))
            }
            let norm = sqrt(vector.weights.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { vector.weights = vector.weights.map { $0 / norm } }
            sentences[index].vector = vector
        }
    }

    /// The prose sentences, by index: what any picker may choose from.
    var proseIndices: [Int] { sentences.indices.filter { sentences[$0].isProse } }

    /// The heading titles a sentence stands under, outermost first.
    func headingPath(of sentence: CandidateSentence) -> [String] {
        guard let section = sentence.section else { return [] }
        return outline.headingPaths[section].map { outline.headings[$0].title }
    }
}
