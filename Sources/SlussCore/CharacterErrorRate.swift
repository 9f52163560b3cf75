/// Character error rate of recognised text against a ground truth: edit distance over the length of
/// the truth, after collapsing every run of whitespace to one space (layout is not content).
public struct CharacterErrorRate: Sendable, Equatable {
    public var edits: Int
    public var referenceLength: Int

    public var rate: Double { referenceLength == 0 ? (edits == 0 ? 0 : 1) : Double(edits) / Double(referenceLength) }

    public init(edits: Int, referenceLength: Int) {
        self.edits = edits
        self.referenceLength = referenceLength
    }

    public init(hypothesis: String, reference: String) {
        let hypothesisScalars = Array(Self.normalized(hypothesis).unicodeScalars)
        let referenceScalars = Array(Self.normalized(reference).unicodeScalars)
        edits = Self.levenshtein(hypothesisScalars, referenceScalars)
        referenceLength = referenceScalars.count
    }

    /// Sums pages: the rate of a document is total edits over total reference length.
    public static func + (lhs: CharacterErrorRate, rhs: CharacterErrorRate) -> CharacterErrorRate {
        CharacterErrorRate(edits: lhs.edits + rhs.edits, referenceLength: lhs.referenceLength + rhs.referenceLength)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            let ai = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
