import SlussNative

/// Reads again, with a second model, the few words where "%" or "§" may stand. Tesseract's
/// Swedish model (Debian's tesseract-ocr-swe) has neither sign in its character set: "75 %"
/// comes out as "75 26" or "75 20", "1 § SoL" as "1 $ SoL" or "1 8 SoL". The Latin-script model
/// has both, but reading whole pages with it too would cost as much again, and alone it reads
/// Swedish letters worse. So only a word of up to three characters right after a number that is
/// not a lower-case word ("26", "$", "8", and in tables "No", "Yo", "NP"), and every "$", is read
/// again, each word on its own, and the second reading is taken only when it is one of those
/// signs: a real "26" stays "26", and "12 år" is never looked at.
public enum SymbolRereading {
    /// At most this many words of a page are read again (the least confident first), so that a
    /// page of figures costs a few tenths of a second, not seconds.
    static let maximumPerPage = 60

    /// `recognized` with the signs the second model found put in, in its words and its text.
    public static func reread(_ recognized: RecognizedText, image: Pix, dpi: Int, with engine: TesseractEngine) -> RecognizedText {
        let indices = candidates(in: recognized.words)
        guard !indices.isEmpty else { return recognized }
        let readings = engine.readWords(in: image, dpi: dpi, boxes: indices.map { recognized.words[$0] })
        var replacements: [Int: String] = [:]
        for (index, reading) in zip(indices, readings) {
            if let reading, let sign = sign(reading.text, replacing: recognized.words[index].text) { replacements[index] = sign }
        }
        return applying(replacements, to: recognized)
    }

    /// Indices of the words that may be a misread sign, in reading order.
    static func candidates(in words: [PlacedWord]) -> [Int] {
        var found: [Int] = []
        for (index, word) in words.enumerated() {
            let core = parts(word.text).core
            if core == "$" || core == "$$" {
                found.append(index)
            } else if (1...3).contains(core.count), !core.allSatisfy({ $0.isLowercase }), index > 0, followsNumber(index, words) {
                found.append(index)
            }
        }
        let cheapest = found.sorted { words[$0].confidence != words[$1].confidence ? words[$0].confidence < words[$1].confidence : $0 < $1 }
        return cheapest.prefix(maximumPerPage).sorted()
    }

    /// The sign the second reading found, with the brackets and punctuation of the first
    /// ("26," read again as "%" gives "%,"); nil when it found no sign.
    static func sign(_ reading: String, replacing original: String) -> String? {
        let second = parts(reading).core
        guard ["%", "§", "§§"].contains(second) else { return nil }
        let first = parts(original)
        return first.leading + second + first.trailing
    }

    /// The words and the page text with the replacements made; unchanged when the text's words do
    /// not line up with the word boxes, so that the two never disagree.
    static func applying(_ replacements: [Int: String], to recognized: RecognizedText) -> RecognizedText {
        let tokens = TextTokens(recognized.text)
        guard !replacements.isEmpty, tokens.words.count == recognized.words.count else { return recognized }
        var result = recognized
        for (index, text) in replacements { result.words[index].text = text }
        result.text = tokens.replacing(replacements)
        return result
    }

    /// Whether the word before `index` is a number on the same line: "75", "4,5", "13 a", "1–3".
    private static func followsNumber(_ index: Int, _ words: [PlacedWord]) -> Bool {
        let word = words[index], previous = words[index - 1]
        guard abs(previous.y - word.y) < max(word.height, previous.height), previous.x < word.x else { return false }
        let core = parts(previous.text).core
        if core.range(of: #"^\d+([,.]\d+)?$|^\d+[–-]\d+$"#, options: .regularExpression) != nil { return true }
        return core.count == 1 && ("a"..."h").contains(core) && index > 1 && parts(words[index - 2].text).core.allSatisfy(\.isNumber)
    }

    private static func parts(_ token: String) -> (leading: String, core: String, trailing: String) {
        let leading = token.prefix { "([".contains($0) }
        let rest = token.dropFirst(leading.count)
        let trailingCount = rest.reversed().prefix { ",.;:)]".contains($0) }.count
        return (String(leading), String(rest.dropLast(trailingCount)), String(rest.suffix(trailingCount)))
    }
}
