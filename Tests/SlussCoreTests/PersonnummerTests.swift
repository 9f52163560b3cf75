import Testing
@testable import SlussCore

@Suite struct PersonnummerTests {
    @Test(arguments: ["811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876"])
    func acceptedFormsGiveTheSameTenDigits(text: String) throws {
        let number = try #require(Personnummer(text))
        #expect(number.digits == "8112189876")
        #expect(number.masked == "811218-****")
        #expect("\(number)" == "811218-****")
    }

    @Test(arguments: ["811218-9875", "811318-9876", "811200-9874", "81121-89876", "811218--9876", "abcdef-ghij", ""])
    func aWrongCheckDigitDateOrShapeIsRefused(text: String) {
        #expect(Personnummer(text) == nil)
    }

    @Test func aCoordinationNumberHasSixtyAddedToTheDay() throws {
        // Day 18 + 60 = 78; the check digit is recomputed over the changed digits.
        let number = try #require(Personnummer("811278-9873"))
        #expect(number.isCoordinationNumber)
        #expect(try #require(Personnummer("811218-9876")).isCoordinationNumber == false)
    }

    @Test func numbersAreFoundInTextAlsoWhenOCRMisreadADigit() {
        let text = """
            Barnets namn: Elsa Berg, personnummer 811218-9876. Mamma: 19811218-9876 (samma).
            Pappa 85O3l2-123l och 850312-1235 (fel kontrollsiffra). Diarienummer 2026-0412,
            telefon 070-123 45 67, K123456-26.
            """
        let found = Personnummer.all(in: text)
        #expect(found.map(\.digits).contains("8112189876"))
        #expect(found.filter { $0.digits == "8112189876" }.count == 1)
        #expect(found.count == 2)
        #expect(found.contains { $0.digits == "8503121231" }, "the misread 85O3l2-123l is repaired")
        #expect(!found.contains { $0.digits == "8503121235" })
        #expect(found.allSatisfy { Personnummer.luhnValid($0.digits) })
    }
}
