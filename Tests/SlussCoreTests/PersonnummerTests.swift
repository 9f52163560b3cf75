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

    @Test func logMaskingHidesEveryNumberShapedLikeOneWhateverItsCheckDigit() {
        let line = "failed /inkorg/191405212384 anmälan.pdf, 8112189876.tif, 811218-9875 and 19811218-9876; batch 42, 2026-11-23, tel 0701234"
        let masked = Personnummer.maskingEveryNumberShaped(line)
        #expect(masked == "failed /inkorg/140521-**** anmälan.pdf, 811218-****.tif, 811218-**** and 811218-****; batch 42, 2026-11-23, tel 0701234")
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

@Suite struct CaseMatcherTests {
    let cases = [
        KnownCase(id: "SN 2026/0412", subject: Personnummer("811218-9876")),
        KnownCase(id: "SN 2026/0413", subject: Personnummer("850312-1231")),
        KnownCase(id: "IFO-2026-0007", subject: nil),
    ]

    var matcher: CaseMatcher { CaseMatcher(cases: cases, caseNumberPattern: Pipeline.defaultCaseNumberPattern) }

    @Test func aSubjectsPersonnummerAttachesAndSaysWhereItWasFound() {
        let decision = matcher.decide(pages: ["Försättsblad saknas.", "Barnet, 19811218-9876, går i klass 3."])
        #expect(decision == .attach(caseId: "SN 2026/0412", reason: "personnummer 811218-**** on p. 2 is the case's subject"))
    }

    @Test func aCaseNumberInAnotherSpellingAttaches() {
        #expect(matcher.decide(pages: ["Ert dnr: sn 2026-0412"]) == .attach(caseId: "SN 2026/0412", reason: "case number sn 2026-0412 on p. 1"))
        #expect(matcher.decide(pages: ["Vår referens IFO-2026-0007."]) == .attach(caseId: "IFO-2026-0007", reason: "case number IFO-2026-0007 on p. 1"))
    }

    @Test func aMisreadPersonnummerStillMatchesButANearMissDoesNot() {
        guard case .attach("SN 2026/0413", _) = matcher.decide(pages: ["Pappa 85O3l2-123l"]) else {
            Issue.record("the repaired number should match")
            return
        }
        guard case let .review(reason, candidates) = matcher.decide(pages: ["Pappa 850312-1232"]) else {
            Issue.record("a wrong check digit must not match")
            return
        }
        #expect(candidates.isEmpty && reason.contains("no personnummer or case number"))
    }

    @Test func severalOrNoMatchesGoToAPersonWithTheReason() {
        guard case let .review(reason, candidates) = matcher.decide(pages: ["811218-9876 och 850312-1231 är syskon."]) else {
            Issue.record("two matching cases must not attach")
            return
        }
        #expect(candidates == ["SN 2026/0412", "SN 2026/0413"])
        #expect(reason.hasPrefix("several cases match: SN 2026/0412 (personnummer 811218-**** on p. 1"))
        guard case let .review(unknown, none) = matcher.decide(pages: ["Ärende SN 2026/9999 gäller 120101-1234"]) else {
            Issue.record("an unregistered case number must not attach")
            return
        }
        #expect(none.isEmpty)
        #expect(unknown.contains("case number SN 2026/9999 on p. 1, not registered"))
        #expect(unknown.contains("personnummer 120101-****") && !unknown.contains("1234"))
    }
}
