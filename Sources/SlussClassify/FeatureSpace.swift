import Foundation

/// The features a model knows, with how rare each is in the corpus (inverse document frequency),
/// and the weighting that turns a document's counts into the vector the model reads.
struct FeatureSpace: Sendable {
    /// Readable names, e.g. "w:diagnos"; a feature's index is its position here.
    let names: [String]
    let inverseDocumentFrequency: [Float]
    let kinds: [TextFeatures.Kind]
    private let indexByHash: [UInt64: Int32]

    init(names: [String], inverseDocumentFrequency: [Float]) throws(ClassifierError) {
        self.names = names
        self.inverseDocumentFrequency = inverseDocumentFrequency
        var indexByHash: [UInt64: Int32] = [:]
        indexByHash.reserveCapacity(names.count)
        var kinds: [TextFeatures.Kind] = []
        kinds.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            guard let hash = TextFeatures.hash(ofName: name),
                  let kind = TextFeatures.Kind.allCases.first(where: { name.hasPrefix($0.tag) }) else {
                throw .malformedFeature(name)
            }
            indexByHash[hash] = Int32(index)
            kinds.append(kind)
        }
        self.indexByHash = indexByHash
        self.kinds = kinds
    }

    var count: Int { names.count }

    func index(of hash: UInt64) -> Int32? { indexByHash[hash] }

    /// The document as the model reads it: for each kind of feature, whether it occurs, weighed by
    /// its rarity, scaled to length 1/√4, so that opening words, words, word pairs and letter pieces
    /// weigh alike and a 150-page report is comparable with a one-page letter. Presence rather than
    /// counts: a word repeated on every page of a long report is no stronger evidence than once
    /// (cross-validation on the corpus agreed).
    func vector(of counts: [UInt64: Int32]) -> SparseVector {
        var entries: [(Int32, Float)] = []
        entries.reserveCapacity(counts.count)
        for hash in counts.keys {
            guard let index = indexByHash[hash] else { continue }
            entries.append((index, inverseDocumentFrequency[Int(index)]))
        }
        // Summed in feature order: a dictionary's order changes from run to run, and so would the
        // last bits of the sums, and the model file.
        entries.sort { $0.0 < $1.0 }
        var squaredNorm = [Float](repeating: 0, count: TextFeatures.Kind.allCases.count + 1)
        for (index, value) in entries { squaredNorm[Int(kinds[Int(index)].rawValue)] += value * value }
        let scale = squaredNorm.map { $0 > 0 ? 1 / ($0.squareRoot() * Float(TextFeatures.Kind.allCases.count).squareRoot()) : 0 }
        return SparseVector(
            indices: entries.map(\.0),
            values: entries.map { $0.1 * scale[Int(kinds[Int($0.0)].rawValue)] })
    }

    /// Builds the space from a corpus: features that occur in at least `minimumDocuments` documents,
    /// in a fixed order so that training the same corpus always writes the same model file.
    static func build(from documents: [[[Unicode.Scalar]]], minimumDocuments: Int) throws(ClassifierError) -> FeatureSpace {
        var documentFrequency: [String: Int] = [:]
        for tokens in documents {
            var seen = Set<String>()
            var previous: [Unicode.Scalar]?
            for (position, token) in tokens.enumerated() {
                let word = String(String.UnicodeScalarView(token))
                if token.count >= 2 {
                    seen.insert(TextFeatures.name(.word, [word]))
                    if position < TextFeatures.openingWords { seen.insert(TextFeatures.name(.opening, [word])) }
                    if let previous { seen.insert(TextFeatures.name(.wordPair, [String(String.UnicodeScalarView(previous)), word])) }
                    previous = token
                }
                for gram in TextFeatures.letterGrams(of: token) { seen.insert(TextFeatures.Kind.letters.tag + gram) }
            }
            for name in seen { documentFrequency[name, default: 0] += 1 }
        }
        let kept = documentFrequency.filter { $0.value >= minimumDocuments }.keys.sorted()
        let total = Float(documents.count)
        let idf = kept.map { logf((1 + total) / (1 + Float(documentFrequency[$0]!))) + 1 }
        return try FeatureSpace(names: kept, inverseDocumentFrequency: idf)
    }
}

/// A document's features: indices ascending, with their values.
struct SparseVector: Sendable {
    var indices: [Int32]
    var values: [Float]
}
