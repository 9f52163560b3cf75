/// Simulated OCR errors for training: the classifier learns from copies of each corpus document
/// damaged the way scans are misread, so that it does not lean on any one spelling. Deterministic:
/// the same text, seed and rate always give the same copy.
struct OCRNoise {
    /// Confusions seen in Tesseract output of Swedish scans, each read both ways where it happens
    /// both ways: letter shapes that look alike, diacritics lost, letters run together or split.
    static let confusions: [(String, String)] = [
        ("rn", "m"), ("m", "rn"), ("l", "1"), ("1", "l"), ("l", "I"), ("i", "l"), ("I", "l"), ("o", "0"),
        ("0", "O"), ("e", "c"), ("c", "e"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("Ä", "A"), ("Ö", "O"),
        ("ä", "å"), ("h", "b"), ("b", "h"), ("n", "u"), ("u", "n"), ("t", "f"), ("f", "t"), ("cl", "d"),
        ("d", "cl"), ("vv", "w"), ("ii", "ü"), ("S", "5"), ("5", "S"), ("B", "8"), ("g", "q"), (",", "."),
    ]

    /// xorshift64*: small, fast and the same on every machine.
    struct Generator {
        private var state: UInt64

        init(seed: UInt64) {
            state = seed | 1
        }

        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_f491_4f6c_dd1d
        }
    }

    private var random: Generator

    init(seed: UInt64) {
        random = Generator(seed: seed)
    }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    private mutating func pick(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// A copy of `text` with about `rate` of its characters misread, dropped, doubled or with
    /// spaces lost or inserted.
    mutating func damage(_ text: String, rate: Double) -> String {
        let characters = Array(text)
        var output = String()
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard chance(rate) else {
                output.append(character)
                index += 1
                continue
            }
            if character == " " {
                // A lost space joins two words; a doubled one does no harm to the reader.
                if chance(0.7) { index += 1 } else { output.append("  "); index += 1 }
                continue
            }
            let matching = Self.confusions.indices.filter { confusion in
                let from = Array(Self.confusions[confusion].0)
                return index + from.count <= characters.count && Array(characters[index..<(index + from.count)]) == from
            }
            if !matching.isEmpty && chance(0.75) {
                let (from, to) = Self.confusions[matching[pick(matching.count)]]
                output += to
                index += from.count
                continue
            }
            switch pick(3) {
            case 0: break // dropped
            case 1: output.append(character); output.append(" ") // a word split in two
            default: output.append(character); output.append(character)
            }
            index += 1
        }
        return output
    }
}
