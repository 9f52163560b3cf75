import Foundation

/// Turns text into the counts of the features the classifier weighs: words, pairs of adjacent
/// words, and the 3- to 5-letter pieces of each word. The pieces make the classifier robust to OCR
/// errors: "Frågeställnmg" still shares most of its pieces with "frågeställning".
///
/// Features are identified by a 64-bit FNV-1a hash of their kind and letters, so that counting a
/// 150-page document makes no strings. Text is compared in lower case, canonically composed, with
/// every digit read as 0: dates, case numbers and personnummer count by their shape, not their value.
public enum TextFeatures {
    public enum Kind: UInt8, Sendable, CaseIterable {
        case word = 1
        case wordPair = 2
        case letters = 3
        /// A word among the first words of the document: letterhead, title and opening lines,
        /// where a document usually says what it is.
        case opening = 4

        /// Prefix of a feature's readable name in a model file.
        var tag: String {
            switch self {
            case .word: "w:"
            case .wordPair: "p:"
            case .letters: "l:"
            case .opening: "o:"
            }
        }
    }

    static let letterGramLengths = 3...5
    /// How many words count as the document's opening.
    static let openingWords = 40

    /// The text's words in comparable form.
    public static func tokens(_ text: String) -> [[Unicode.Scalar]] {
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.numericType != nil {
                current.append("0")
            } else if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// How often each feature occurs in `tokens`, by kind.
    public static func counts(of tokens: [[Unicode.Scalar]]) -> [UInt64: Int32] {
        var counts: [UInt64: Int32] = [:]
        counts.reserveCapacity(tokens.count * 8)
        var previous: [Unicode.Scalar]?
        for (position, token) in tokens.enumerated() {
            if token.count >= 2 {
                counts[hash(.word, [token]), default: 0] += 1
                if position < openingWords { counts[hash(.opening, [token]), default: 0] += 1 }
                if let previous { counts[hash(.wordPair, [previous, token]), default: 0] += 1 }
                previous = token
            }
            forEachLetterGram(of: token) { counts[$0, default: 0] += 1 }
        }
        return counts
    }

    /// The hashes of the 3- to 5-letter pieces of a word padded with a space on each side, so that
    /// beginnings and endings of words are pieces of their own.
    static func forEachLetterGram(of token: [Unicode.Scalar], _ body: (UInt64) -> Void) {
        let padded = [" "] + token + [" "]
        for length in letterGramLengths where padded.count >= length {
            for start in 0...(padded.count - length) {
                body(hash(.letters, [padded[start..<(start + length)]]))
            }
        }
    }

    /// The readable pieces of a word, in the same order and form as their hashes.
    static func letterGrams(of token: [Unicode.Scalar]) -> [String] {
        let padded = [" "] + token + [" "]
        var grams: [String] = []
        for length in letterGramLengths where padded.count >= length {
            for start in 0...(padded.count - length) {
                grams.append(String(String.UnicodeScalarView(padded[start..<(start + length)])))
            }
        }
        return grams
    }

    /// The hash of a feature given its readable name in a model file ("w:diagnos", "p:sammanfattande
    /// bedömning", "l: dia").
    static func hash(ofName name: String) -> UInt64? {
        guard let kind = Kind.allCases.first(where: { name.hasPrefix($0.tag) }) else { return nil }
        let body = Array(name.dropFirst(kind.tag.count).unicodeScalars)
        switch kind {
        case .word, .letters, .opening:
            return hash(kind, [body[...]])
        case .wordPair:
            guard let space = body.firstIndex(of: " ") else { return nil }
            return hash(kind, [body[..<space], body[(space + 1)...]])
        }
    }

    static func name(_ kind: Kind, _ parts: [String]) -> String {
        kind.tag + parts.joined(separator: " ")
    }

    static func hash<Part: Collection>(_ kind: Kind, _ parts: [Part]) -> UInt64 where Part.Element == Unicode.Scalar {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }
        mix(UInt32(kind.rawValue))
        for (index, part) in parts.enumerated() {
            if index > 0 { mix(0x20) }
            for scalar in part { mix(scalar.value) }
        }
        return hash
    }
}
