import Foundation
import SlussNative

/// Reads again, with a second model, the few words where "%" or "§" may stand. Tesseract's
/// Swedish model (Debian's tesseract-ocr-swe) has neither sign in its character set: "75 %"
/// comes out as "75 26" or "75 20", "1 § SoL" as "1 $ SoL" or "1 8 SoL". The Latin-script model
/// has both, but reading whole pages with it too would cost as much again, and alone it reads
/// Swedish letters worse. So only a word of up to three characters right after a number that is
/// not a lower-case word ("26", "$", "8", and in tables "No", "Yo", "NP"), and every "$", is read
/// again (together with the number before it, which gives the recogniser the size of the print),
/// and the second reading is taken only when it is one of those signs: a real "26" stays "26",
/// and "12 år" is never looked at.
public enum SymbolRereading {
    /// At most this many words of a page are read again (the least confident first), so that a
    /// page of figures costs a few tenths of a second, not seconds.
    static let maximumPerPage = 60

    /// `recognized` with the signs the second model found put in, in its words and its text.
    /// `engine` is asked for only when the page has a word to read again.
    public static func reread(
        _ recognized: RecognizedText, image: Pix, dpi: Int, engine: () throws(ImagingError) -> TesseractEngine
    ) throws(ImagingError) -> RecognizedText {
        let words = recognized.words
        let indices = candidates(in: words)
        guard !indices.isEmpty else { return recognized }
        // A word after a number is read together with it: alone, a sign of a small print is a
        // few pixels the recogniser has no scale for ("%" in 11 pt at 150 DPI came out "KA"),
        // while "48 %" reads as such.
        let withNumber = indices.map { $0 > 0 && followsNumber($0, words) }
        let boxes = zip(indices, withNumber).map { index, paired in paired ? union(words[index - 1], words[index]) : words[index] }
        let readings = try engine().readWords(in: image, dpi: dpi, boxes: boxes)
        var replacements: [Int: String] = [:]
        for ((index, paired), reading) in zip(zip(indices, withNumber), readings) {
            guard let reading else { continue }
            let number = paired ? parts(words[index - 1].text).core : nil
            if let sign = sign(reading.text, replacing: words[index].text, after: number) { replacements[index] = sign }
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
    /// ("26," read again as "%" gives "%,"); nil when it found no sign. When the word was read
    /// together with the number before it, the reading must start with that number ("48 %").
    static func sign(_ reading: String, replacing original: String, after number: String? = nil) -> String? {
        var second = parts(reading).core
        if let number {
            guard second.hasPrefix(number) else { return nil }
            second = String(second.dropFirst(number.count).drop { $0 == " " })
        }
        guard ["%", "§", "§§"].contains(second) else { return nil }
        let first = parts(original)
        return first.leading + second + first.trailing
    }

    /// The box around two words.
    private static func union(_ a: PlacedWord, _ b: PlacedWord) -> PlacedWord {
        let left = min(a.x, b.x), top = min(a.y, b.y)
        let right = max(a.x + a.width, b.x + b.width), bottom = max(a.y + a.height, b.y + b.height)
        return PlacedWord(text: a.text + " " + b.text, x: left, y: top, width: right - left, height: bottom - top, confidence: min(a.confidence, b.confidence))
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
