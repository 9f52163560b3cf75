import SlussCore
import SlussNative
import Testing

/// The paragraph signs Tesseract's Swedish model reads as "$" or "8", put back; and everything a
/// repair must leave alone.
@Suite struct SectionSignRepairTests {
    @Test(arguments: [
        ("enligt 14 kap. 1 $ SoL.", "enligt 14 kap. 1 § SoL."),
        ("(11 kap. 10 $ SoL). Samtal", "(11 kap. 10 § SoL). Samtal"),
        ("6 kap. 13 a $ föräldrabalken", "6 kap. 13 a § föräldrabalken"),
        ("ansökan enligt 2 $ och 3 $ LVU", "ansökan enligt 2 § och 3 § LVU"),
        ("enligt 1–3 $$ LVU", "enligt 1–3 §§ LVU"),
        ("som anges i 15-20 b $$ LVU, t.ex.", "som anges i 15-20 b §§ LVU, t.ex."),
        ("insats enligt 9 $ 4 LSS", "insats enligt 9 § 4 LSS"),
        ("Protokoll\n$ 45 Beslut om placering", "Protokoll\n§ 45 Beslut om placering"),
        ("11 KAP. 1 $ SOCIALTJÄNSTLAGEN", "11 KAP. 1 § SOCIALTJÄNSTLAGEN"),
        ("snabbupplysningar enligt 6 kap. 20 8 föräldrabalken", "snabbupplysningar enligt 6 kap. 20 § föräldrabalken"),
        ("ansökan om vård enligt 2 8 LVU,", "ansökan om vård enligt 2 § LVU,"),
        ("enligt 7 kap. 19 a 8 skollagen", "enligt 7 kap. 19 a § skollagen"),
        ("rad ett 14 kap. 1\n$ SoL rad två", "rad ett 14 kap. 1\n§ SoL rad två"),
    ])
    func aMisreadParagraphSignIsRestored(ocr: String, expected: String) {
        #expect(SectionSignRepair.repaired(ocr) == expected)
    }

    @Test(arguments: [
        "Hon var 8 år när familjen flyttade.",
        "mellan 8 och 16 timmar i veckan",
        "den 3 8 2024",
        "Rum 12 8 platser",
        "  \n\t",
        "",
        "En rad utan siffror alls.",
    ])
    func textWithoutAParagraphSignIsLeftAsItIs(text: String) {
        #expect(SectionSignRepair.repaired(text) == text)
    }

    @Test func whitespaceAndCharacterPositionsAreKept() {
        let ocr = "  Enligt\t4 kap. 1 $ SoL\n\n2 8 LVU  "
        let repaired = SectionSignRepair.repaired(ocr)
        #expect(repaired == "  Enligt\t4 kap. 1 § SoL\n\n2 § LVU  ")
        #expect(repaired.count == ocr.count)
    }

    @Test func wordsAreRepairedWithTheirNeighboursAsContextAndKeepTheirBoxes() {
        let texts = ["enligt", "14", "kap.", "1", "$", "SoL", "och", "8", "år"]
        let words = texts.enumerated().map { PlacedWord(text: $1, x: $0 * 50, y: 10, width: 40, height: 20, confidence: 90) }
        let repaired = SectionSignRepair.repaired(words)
        #expect(repaired.map(\.text) == ["enligt", "14", "kap.", "1", "§", "SoL", "och", "8", "år"])
        #expect(repaired.map(\.x) == words.map(\.x))
    }
}
