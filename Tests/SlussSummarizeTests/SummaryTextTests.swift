import SlussCore
import Testing
@testable import SlussSummarize

/// Reading the text: sentences, page furniture, hyphenation, headings, Swedish words.
@Suite struct SummaryTextTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func sentencesSurviveSwedishAbbreviations() {
        let text = "Eleven behöver t.ex. stöd i matematik, bl.a. genom s.k. anpassningar fr.o.m. vårterminen. "
            + "Insatsen gäller t.o.m. den 30 juni enl. SoL. Han träffade leg. psykolog K. Lindmark tre gånger. "
            + "Mamma har bl.a. MVG i svenska m.m. Pappa deltog inte."
        #expect(sentences(text) == [
            "Eleven behöver t.ex. stöd i matematik, bl.a. genom s.k. anpassningar fr.o.m. vårterminen.",
            "Insatsen gäller t.o.m. den 30 juni enl. SoL.",
            "Han träffade leg. psykolog K. Lindmark tre gånger.",
            "Mamma har bl.a. MVG i svenska m.m.",
            "Pappa deltog inte.",
        ])
    }

    @Test func questionsQuotesAndNumbersEndSentencesWhereTheyShould() {
        #expect(sentences("Vad vill Elias själv? Han säger ”jag vill vara hemma.” Det var 2025. 14 barn deltog.") == [
            "Vad vill Elias själv?", "Han säger ”jag vill vara hemma.”", "Det var 2025.", "14 barn deltog.",
        ])
    }

    @Test func runningHeadersFootersAndPageNumbersAreNotText() {
        let written = ["Elias kom till mottagningen.", "Mamma deltog i samtalet.", "Skolan beskriver oro.", "Testningen gjordes i mars.", "Utredarna bedömer att stöd behövs."]
        let pages = written.enumerated().map { index, text in
            SourcePage(number: index + 1, text: """
                BUP Lund · Neuropsykiatrisk utredning · 2026-03-0\(index + 1)

                \(text)

                Sida \(index + 1) av 5
                """)
        }
        #expect(PageLines.lines(of: pages).map(\.text) == written)
    }

    @Test func aSpeckReadInsideASentenceIsDroppedButANumberBetweenSentencesIsKept() {
        let page = SourcePage(number: 2, text: """
            Syftet är att undersöka hur programmet har genomförts i de tre

            2119)
            kommunerna och vad det har kostat.
            Antal familjer som deltog:
            42
            Det är fler än väntat.
            Familjerna kom från alla tre kommunerna.
            Flest kom från Hallsbro.
            De flesta fullföljde programmet.
            """)
        #expect(PageLines.lines(of: [page]).map(\.text) == [
            "Syftet är att undersöka hur programmet har genomförts i de tre", "kommunerna och vad det har kostat.",
            "Antal familjer som deltog:", "42", "Det är fler än väntat.",
            "Familjerna kom från alla tre kommunerna.", "Flest kom från Hallsbro.", "De flesta fullföljde programmet.",
        ])
        // At the foot of a page, with the sentence running on at the top of the next.
        let foot = SourcePage(number: 2, text: "Rubrik\n\nSyftet är att undersöka hur programmet har genomförts i de tre\n\n2119)")
        let top = SourcePage(number: 3, text: "kommunerna och vad det har kostat.\nDet blev dyrare än väntat.")
        #expect(PageLines.lines(of: [foot, top]).map(\.text).contains("2119)") == false)
    }

    @Test func aShortDocumentKeepsItsLetterhead() {
        let pages = [SourcePage(number: 1, text: "Region Skåne\nBUP Lund\n\nBrevet.\n\n3")]
        #expect(PageLines.lines(of: pages).map(\.text) == ["Region Skåne", "BUP Lund", "Brevet."])
    }

    @Test func wordsHyphenatedAcrossLinesAreJoinedAndPositionsStayTrue() throws {
        let page = "Bakgrund\nUtredningen visar att barnets neuropsykiatriska utred-\nning påbörjades i BUP-\nmottagningens regi, vid barn- och\nungdomspsykiatrin i Lund."
        let outline = DocumentOutline(pages: [SourcePage(number: 4, text: page)], knownSectionNames: [])
        let paragraph = try #require(outline.paragraphs.first)
        let text = String(String.UnicodeScalarView(paragraph.scalars))
        #expect(outline.headings.map(\.title) == ["Bakgrund"])
        #expect(text == "Utredningen visar att barnets neuropsykiatriska utredning påbörjades i BUP-mottagningens regi, vid barn- och ungdomspsykiatrin i Lund.")
        // "påbörjades" starts at the start of the third line of the page.
        let index = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "påbörjades")!.lowerBound)
        let position = paragraph.position(of: index)
        let scalars = Array(page.unicodeScalars)
        #expect(position.page == 4)
        #expect(String(String.UnicodeScalarView(scalars[position.offset..<(position.offset + 10)])) == "påbörjades")
    }

    @Test func anEmptyLineLeftByOCRInsideASentenceDoesNotSplitIt() {
        let page = """
            Bakgrund
            Remissen bedömdes vid mottagningsenheten 2025-05-20. Ett första bedömningssamtal genomfördes

            2025-06-03 tillsammans med Måns och båda vårdnadshavarna. Samtalet tog en timme.

            2. Utredningen startade i augusti med ett hembesök hos familjen.

            Detta stycke börjar med versal efter en avslutad mening.
            """
        let outline = DocumentOutline(pages: [SourcePage(number: 2, text: page)], knownSectionNames: [])
        let texts = outline.paragraphs.map { String(String.UnicodeScalarView($0.scalars)) }
        #expect(texts.first == "Remissen bedömdes vid mottagningsenheten 2025-05-20. Ett första bedömningssamtal genomfördes 2025-06-03 tillsammans med Måns och båda vårdnadshavarna. Samtalet tog en timme.")
        #expect(texts.count == 3, "a numbered item and a new sentence after a gap start their own paragraphs: \(texts)")
    }

    @Test func aLineBrokenShortWithoutAFullStopIsAUnitOfItsOwn() {
        let page = """
            Bedömning
            Utredningen har pågått under hösten och omfattat samtal med barnet och föräldrarna,
            observationer i skolan och skattningar från hem och skola under flera veckor.
            F90.0 ADHD, kombinerad form
            Kriterierna för autism bedöms inte vara uppfyllda enligt teamets samlade bedömning.
            """
        let outline = DocumentOutline(pages: [SourcePage(number: 17, text: page)], knownSectionNames: [])
        let texts = outline.paragraphs.map { String(String.UnicodeScalarView($0.scalars)) }
        // The label ends its paragraph (the sentence before it ended with a full stop anyway),
        // so it is not read as the start of the sentence after it.
        #expect(texts.count == 2)
        #expect(texts.first?.hasSuffix("veckor. F90.0 ADHD, kombinerad form") == true)
        #expect(texts.last == "Kriterierna för autism bedöms inte vara uppfyllda enligt teamets samlade bedömning.")
    }

    @Test func headingsAreFoundWithTheirPages() {
        let body = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde"].map { "Den \($0) meningen har tillräckligt många ord för att vara löptext i rapporten." }
        let pages = [
            SourcePage(number: 1, text: "Region Västmanland\nBarn- och ungdomspsykiatrin\nVästerås\n\nNEUROPSYKIATRISK UTREDNING\n\n1. Bakgrund\n\(body[0])\n\n1.1 Remiss\n\(body[1])"),
            SourcePage(number: 2, text: "\(body[2])\n\n2. Bedömning\n\(body[3])"),
            SourcePage(number: 3, text: "\(body[4])\n\nSammanfattande bedömning\n\(body[5])\n\nPatient: Elias\n\(body[6])"),
        ]
        let outline = DocumentOutline(pages: pages, knownSectionNames: [])
        #expect(outline.headings.map(\.title) == ["NEUROPSYKIATRISK UTREDNING", "1. Bakgrund", "1.1 Remiss", "2. Bedömning", "Sammanfattande bedömning"])
        #expect(outline.headings.map(\.level) == [1, 1, 2, 1, 2])
        #expect(outline.headings.map(\.firstPage) == [1, 1, 1, 2, 3])
        #expect(outline.headings[1].lastPage == 2, "chapter 1 runs until chapter 2 on page 2")
        #expect(outline.headings[3].lastPage == 3)
    }

    @Test func theStemmerMeetsTheFormsOfOneWord() {
        #expect(SwedishWords.stem("utredningen") == SwedishWords.stem("utredningar"))
        #expect(SwedishWords.stem("utredningen") == SwedishWords.stem("utredning"))
        #expect(SwedishWords.stem("bedömningen") == SwedishWords.stem("bedömning"))
        #expect(SwedishWords.stem("barnens") == SwedishWords.stem("barnen"))
        #expect(SwedishWords.stem("skolan") != SwedishWords.stem("skolsköterskan"))
        #expect(SwedishWords.contentStems("Han och hon är i skolan"[...]) == [SwedishWords.stem("skolan")])
    }

    @Test func personnummerAreMaskedAlsoWithAWrongCheckDigit() {
        #expect(Personnummer.masking("Elias Nutti, 170204-5491, och syster 20190301-1234.") == "Elias Nutti, 170204-****, och syster 190301-****.")
        #expect(Personnummer.masking("Datum 2026-03-14, tfn 0980-735 00.") == "Datum 2026-03-14, tfn 0980-735 00.")
    }
}
