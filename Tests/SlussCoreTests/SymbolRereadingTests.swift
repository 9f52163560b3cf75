@testable import SlussCore
import SlussNative
import Testing

/// Which words are read again for a "%" or "§", and what is made of the second reading.
@Suite struct SymbolRereadingTests {
    /// Words on one line, left to right, with the given confidences (90 when not given).
    private func line(_ texts: [String], confidences: [Double]? = nil, y: Int = 100) -> [PlacedWord] {
        texts.enumerated().map { index, text in
            PlacedWord(text: text, x: 10 + index * 60, y: y, width: 50, height: 30, confidence: confidences?[index] ?? 90)
        }
    }

    @Test func aShortRunOfDigitsAfterANumberAndEveryDollarAreReadAgain() {
        let words = line(["Hon", "arbetar", "75", "26", "som", "kallskänka,", "frånvaro", "4", "20,", "enligt", "14", "kap.", "1", "$", "SoL", "och", "13", "a", "8", "FB"])
        #expect(SymbolRereading.candidates(in: words) == [3, 8, 13, 18, 19])
        // In a table the sign comes out as letters; a lower-case word after a number is a word.
        let table = line(["Åk", "7,", "okt", "2024", "27", "No", "59", "32", "Yo", "och", "12", "år", "3", "st"])
        #expect(SymbolRereading.candidates(in: table) == [4, 5, 7, 8])
    }

    @Test func wordsAfterAWordOrOnAnotherLineAreNotReadAgain() {
        let first = line(["klockan", "26", "och", "år", "2024"])
        let next = line(["12", "dagar"], y: 200)
        // "12" opens the next line: the number before it ("2024") is on another line.
        #expect(SymbolRereading.candidates(in: first + next).isEmpty)
    }

    @Test func aPageOfFiguresIsReadAgainOnlyWhereTheReadingIsLeastSure() {
        let figures = (0..<200).map { "\($0 % 90 + 10)" }
        let confidences = (0..<200).map { Double($0 % 97) }
        let words = line(figures, confidences: confidences)
        let chosen = SymbolRereading.candidates(in: words)
        #expect(chosen.count == SymbolRereading.maximumPerPage)
        #expect(chosen == chosen.sorted())
        let leastSure = chosen.map { confidences[$0] }.max()!
        #expect(words.indices.dropFirst().filter { !chosen.contains($0) }.allSatisfy { confidences[$0] >= leastSure })
    }

    @Test(arguments: [
        ("%", "26", "%"), ("%,", "20,", "%,"), ("%", "26).", "%)."), ("§", "$", "§"), ("§§", "$$", "§§"), ("§", "8", "§"),
    ])
    func aSignReadAgainReplacesTheWordKeepingItsPunctuation(second: String, first: String, expected: String) {
        #expect(SymbolRereading.sign(second, replacing: first) == expected)
    }

    @Test(arguments: ["26", "2%", "96", "x", ""])
    func aSecondReadingThatIsNoSignChangesNothing(second: String) {
        #expect(SymbolRereading.sign(second, replacing: "26") == nil)
    }

    @Test(arguments: [
        ("48 %", "26", "%"), ("48%", "20", "%"), ("48 %,", "26,", "%,"), ("4B %", "26", nil), ("48 26", "26", nil), ("%", "26", nil),
    ] as [(String, String, String?)])
    func readWithTheNumberBeforeItTheReadingMustStartWithThatNumber(second: String, first: String, expected: String?) {
        #expect(SymbolRereading.sign(second, replacing: first, after: "48") == expected)
    }

    @Test func replacementsReachBothTheWordsAndTheTextWithItsLineBreaks() {
        let words = line(["Frånvaron", "var", "48", "26", "och"]) + line(["1", "$", "SoL."], y: 200)
        let recognized = RecognizedText(text: "Frånvaron var 48 26 och\n1 $ SoL.\n", meanConfidence: 90, words: words)
        let result = SymbolRereading.applying([3: "%", 6: "§"], to: recognized)
        #expect(result.text == "Frånvaron var 48 % och\n1 § SoL.\n")
        #expect(result.words.map(\.text) == ["Frånvaron", "var", "48", "%", "och", "1", "§", "SoL."])
        // Text and boxes that do not line up are left as they are rather than made to disagree.
        let misaligned = RecognizedText(text: "Frånvaron var 48 26\n", meanConfidence: 90, words: words)
        #expect(SymbolRereading.applying([3: "%"], to: misaligned).text == misaligned.text)
    }
}
