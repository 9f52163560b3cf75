/// Splits Swedish running text into sentences. A full stop ends a sentence only where the next
/// word starts with a capital or a digit and the word before it is not an abbreviation that
/// continues the sentence ("t.ex.", "bl.a.", "s.k.", "fr.o.m.", "enl.", "kap.") or an initial.
enum SentenceSplitter {
    /// The sentences of `scalars` as half-open ranges, trimmed of surrounding spaces.
    static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard terminators.contains(scalar) else {
                index += 1
                continue
            }
            // Closing quotes and brackets belong to the sentence they close.
            var end = index + 1
            while end < scalars.count, closers.contains(scalars[end]) || terminators.contains(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end].properties.isWhitespace else {
                index = end
                continue
            }
            var next = end
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            if next < scalars.count, startsSentence(scalars[next]), scalar != "." || !continuesAfter(scalars, stopAt: index) {
                append(start..<end, scalars, to: &result)
                start = next
            }
            index = next
        }
        append(start..<scalars.count, scalars, to: &result)
        return result
    }

    private static func append(_ range: Range<Int>, _ scalars: [Unicode.Scalar], to result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || ("0"..."9").contains(scalar) || openers.contains(scalar)
    }

    /// Whether the word ending in the full stop at `stopAt` is an abbreviation or initial after
    /// which the sentence goes on.
    private static func continuesAfter(_ scalars: [Unicode.Scalar], stopAt: Int) -> Bool {
        var begin = stopAt
        while begin > 0, !scalars[begin - 1].properties.isWhitespace, !openers.contains(scalars[begin - 1]) { begin -= 1 }
        let word = String(String.UnicodeScalarView(scalars[begin...stopAt])).lowercased()
        if continuingAbbreviations.contains(word) { return true }
        // An initial: "K. Lindmark".
        let letters = scalars[begin..<stopAt]
        return letters.count == 1 && letters.first!.properties.isUppercase
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]", "»"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "”", "“", "(", "[", "«", "»", "–", "-", "•"]

    /// Abbreviations a sentence goes on after, even before a capital ("enl. SoL", "t.ex. BUP").
    /// Those that often end a sentence ("m.m.", "osv.", "etc.") are not here.
    static let continuingAbbreviations: Set<String> = [
        "t.ex.", "bl.a.", "s.k.", "fr.o.m.", "t.o.m.", "dvs.", "d.v.s.", "p.g.a.", "pga.", "enl.", "ca.", "kap.",
        "st.", "nr.", "tfn.", "tel.", "resp.", "jfr.", "ang.", "avd.", "leg.", "spec.", "dr.", "f.d.", "f.n.",
        "inkl.", "exkl.", "e.d.", "o.d.", "s.", "sid.", "kl.", "ev.", "prof.", "doc.", "fil.", "mag.", "kand.",
        "jur.", "med.", "tf.", "t.f.", "bitr.", "ssk.", "usk.", "ung.", "mån.", "tis.", "ons.", "tors.", "fre.",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.", "p.", "pkt.", "z.", "ref.",
        "mom.", "prop.", "dnr.", "skr.", "bet.", "förf.", "uppl.", "utg.", "vol.", "ff.", "fig.", "tab.", "bil.",
    ]
}
