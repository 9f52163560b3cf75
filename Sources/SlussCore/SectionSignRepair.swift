import SlussNative

/// Puts back the paragraph sign that Tesseract's Swedish model cannot read. "§" is missing from
/// that model's character set, so "14 kap. 1 § SoL" comes out as "14 kap. 1 $ SoL" and, now and
/// then, as "14 kap. 1 8 SoL". Swedish social-services text cites paragraphs constantly and has
/// practically no use for "$", so a "$" standing where a paragraph sign stands (after a paragraph
/// number, or before the number in "§ 45" of minutes) is repaired. An "8" is repaired only where
/// no number can stand: after "kap. N", or between a paragraph number and the name of a law.
/// Nothing else in the text changes, whitespace included, and each repaired character stays one
/// character, so positions counted in characters are kept.
public enum SectionSignRepair {
    /// The page text with every misread paragraph sign restored.
    public static func repaired(_ text: String) -> String {
        guard text.contains("$") || text.contains("8") else { return text }
        let tokens = TextTokens(text)
        let words = tokens.words
        let repaired = repairedTokens(words)
        var replacements: [Int: String] = [:]
        for index in words.indices where repaired[index] != words[index] { replacements[index] = repaired[index] }
        return tokens.replacing(replacements)
    }

    /// The same repair over a page's words, in reading order.
    public static func repaired(_ words: [PlacedWord]) -> [PlacedWord] {
        let texts = repairedTokens(words.map(\.text))
        return zip(words, texts).map { word, text in
            var repaired = word
            repaired.text = text
            return repaired
        }
    }

    /// Tokens (words with their punctuation) with the misread signs among them repaired.
    static func repairedTokens(_ tokens: [String]) -> [String] {
        let cores = tokens.map(core)
        var result = tokens
        for (index, token) in tokens.enumerated() {
            let core = cores[index]
            let next = index + 1 < cores.count ? cores[index + 1] : ""
            let afterParagraphNumber = paragraphNumberEnds(at: index - 1, cores)
            if core == "$" || core == "$$" {
                guard afterParagraphNumber || isNumber(next) else { continue }
                result[index] = token.replacingOccurrences(of: "$", with: "§")
            } else if core == "8" && afterParagraphNumber {
                guard followsChapter(paragraphNumberAt: index - 1, cores) || isLawName(next) else { continue }
                result[index] = token.replacingOccurrences(of: "8", with: "§")
            }
        }
        return result
    }

    /// A token without the brackets and punctuation around it: "(11" → "11", "$)." → "$".
    private static func core(_ token: String) -> Substring {
        let opening: Set<Character> = ["(", "[", "\"", "”", "'"]
        let closing: Set<Character> = [")", "]", ",", ".", ";", ":", "\"", "”", "'"]
        var core = token[...]
        while let first = core.first, opening.contains(first) { core = core.dropFirst() }
        while let last = core.last, closing.contains(last) { core = core.dropLast() }
        return core
    }

    /// Whether a paragraph number ends at `index`: "7", "19 a", "1–3", "15–20 b".
    private static func paragraphNumberEnds(at index: Int, _ cores: [Substring]) -> Bool {
        guard index >= 0 else { return false }
        let core = cores[index]
        if isNumber(core) || isNumberRange(core) { return true }
        return isParagraphLetter(core) && index > 0 && (isNumber(cores[index - 1]) || isNumberRange(cores[index - 1]))
    }

    /// Whether "kap." (or "kap") stands just before the paragraph number that ends at `index`.
    private static func followsChapter(paragraphNumberAt index: Int, _ cores: [Substring]) -> Bool {
        let numberStart = isParagraphLetter(cores[index]) ? index - 1 : index
        guard numberStart > 0 else { return false }
        return cores[numberStart - 1].lowercased() == "kap"
    }

    /// "1", "26" or "13a": at most three digits, perhaps with one letter after them.
    private static func isNumber(_ core: Substring) -> Bool {
        let digits = core.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return false }
        let rest = core.dropFirst(digits.count)
        return rest.isEmpty || (rest.count == 1 && isParagraphLetter(rest))
    }

    private static func isNumberRange(_ core: Substring) -> Bool {
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        return parts.count == 2 && parts.allSatisfy { isNumber($0) }
    }

    /// The letter of an inserted paragraph, as in "13 a §".
    private static func isParagraphLetter(_ core: Substring) -> Bool {
        core.count == 1 && ("a"..."h").contains(String(core))
    }

    /// The short names and the full names of the laws social services cite.
    private static func isLawName(_ core: Substring) -> Bool {
        let name = core.lowercased()
        let abbreviations: Set<String> = ["sol", "lvu", "lvm", "lss", "fb", "osl", "sfb", "brb", "hsl", "psl", "pdl", "skoll", "fl", "rb", "lagen"]
        return abbreviations.contains(name) || name.hasSuffix("lagen") || name.hasSuffix("balken")
    }
}
