import Foundation
import SlussCore
import SlussTestSupport
import Testing
@testable import SlussSummarize

/// Summaries of the shipped samples' true text: every sentence where it says it is, within its
/// budget, the same every time, with no full personnummer.
@Suite struct SummarizerTests {
    static let samples = ["bup-utredning.pdf", "orosanmalan.tif", "lakarintyg.png", "skolyttrande.jpg", "polisanmalan.pdf", "beslut.pdf"]

    private func pages(of sample: String) throws -> [SourcePage] {
        try Fixtures.groundTruthPages(of: sample).enumerated().map { SourcePage(number: $0.offset + 1, text: $0.element) }
    }

    /// Letters and digits only: how a sentence and the page text it came from must agree, line
    /// breaks and rejoined hyphenation aside.
    private func letters(_ text: some StringProtocol) -> String {
        String(text.filter { $0.isLetter || $0.isNumber })
    }

    private func slice(_ pages: [SourcePage], from start: DocumentSummary.Position, to end: DocumentSummary.Position) -> String {
        var text = ""
        for page in pages where (start.page...end.page).contains(page.number) {
            let scalars = Array(page.text.unicodeScalars)
            let lower = page.number == start.page ? start.offset : 0
            let upper = page.number == end.page ? end.offset : scalars.count
            text += String(String.UnicodeScalarView(scalars[lower..<upper])) + "\n"
        }
        return text
    }

    @Test(arguments: samples)
    func everySentenceIsOnThePagesItCites(sample: String) throws {
        let pages = try pages(of: sample)
        let document = AnalysedDocument(pages: pages, knownSectionNames: [])
        #expect(document.sentences.count > 5)
        for sentence in document.sentences {
            let source = slice(pages, from: sentence.start, to: sentence.end)
            if sentence.start.page == sentence.end.page {
                #expect(letters(source) == letters(sentence.text), "\(sample) p. \(sentence.start.page)")
            } else {
                // Running heads and page numbers between the two parts are not part of the sentence.
                let words = sentence.text.split(separator: " ")
                #expect(letters(source).hasPrefix(letters(words.first!)), "\(sample) p. \(sentence.start.page)")
                #expect(letters(source).hasSuffix(letters(words.last!)), "\(sample) p. \(sentence.end.page)")
            }
        }
    }

    @Test(arguments: samples)
    func summariesKeepTheirBudgetTheirOrderAndNoPersonnummer(sample: String) throws {
        let pages = try pages(of: sample)
        let summary = Summarizer(settings: SummarySettings()).summarize(pages, classId: nil, classLabel: nil)
        #expect(!summary.sentences.isEmpty)
        #expect(summary.words <= summary.wordBudget)
        #expect(summary.wordBudget == SummarySettings().wordBudget(documentWords: summary.documentWords))
        #expect(summary.sentences.map(\.start) == summary.sentences.map(\.start).sorted(), "sentences keep the order of the original")
        let everything = summary.sentences.map(\.text) + summary.facts.map(\.value) + summary.headings.map(\.title)
        for text in everything {
            #expect(Personnummer.all(in: text).isEmpty, "no full personnummer: \(text)")
        }
        let again = Summarizer(settings: SummarySettings()).summarize(pages, classId: nil, classLabel: nil)
        #expect(again == summary, "the same pages and settings give the same summary")
    }

    @Test func theLongReportsSummaryRunsFromBackgroundToAssessmentAndNamesItsFacts() throws {
        let pages = try pages(of: "bup-utredning.pdf")
        let summary = Summarizer(settings: SummarySettings()).summarize(pages, classId: "bup-utredning", classLabel: "BUP-utredning")
        #expect(summary.wordBudget == 250)
        #expect(summary.words > 200)
        // As a caseworker summarises it: the background, the assessment, what is recommended.
        let sections = summary.sentences.map { $0.section ?? "-" }
        #expect(sections.filter { $0 == "Sammanfattande bedömning" }.count >= 3, "\(sections)")
        #expect(summary.sentences.first.map { $0.start.page <= 5 } == true, "it opens with the background: \(sections)")
        #expect(summary.sentences.contains { $0.text.contains("föräldraskapsstöd") }, "and ends with what BUP recommends")
        let facts = Dictionary(grouping: summary.facts, by: \.kind)
        #expect(facts[.documentType]?.first?.value == "BUP-utredning")
        #expect(facts[.subject]?.first?.value == "140521-****")
        #expect(facts[.date]?.first?.value == "2026-01-22")
        #expect(facts[.period]?.first?.value == "2025-09-08 – 2026-01-14")
        // F84.0, F43.1 and F32 were weighed and not met, F81 "cannot be ruled out": not diagnoses.
        #expect(facts[.diagnosis]?.map { String($0.value.prefix(5)) } == ["F90.0"])
        #expect(facts[.sender]?.first?.value.contains("Region Mälarvik") == true)
        #expect(summary.headings.contains { $0.title == "Sammanfattande bedömning" })
    }

    @Test func diagnosesAreNamedByTheirNamesOnlyWhenSetAndTheAuthorByTheSignature() {
        let pages = [
            SourcePage(number: 1, text: """
                Utredning enligt LSS
                Noah har diagnostiserats med autism (F84.0) vid en utredning på BUP 2017.
                Han fick diagnosen ADHD, kombinerad form (F90.0). Han har också svårt att sova.
                Vid utredningen fastställdes diagnosen lindrig intellektuell funktionsnedsättning (F70).
                Hon uppfyller kriterierna för en medelsvår depressiv episod (F32.1) sedan hösten.
                Posttraumatiskt stressyndrom (F43.1) och ångest (F41) har övervägts men kriterierna är inte uppfyllda.
                Specifika inlärningssvårigheter (F81) kan inte uteslutas.
                """),
            SourcePage(number: 2, text: """
                Bedömning
                Noah har behov av stöd i sin vardag och av en kontaktperson enligt LSS.
                Maria Lind
                Socialsekreterare
                Information till vårdnadshavare och socialsekreterare vid självskada och vid
                Utredaren Sara Melin har varit föredragande och har deltagit i den
                """),
        ]
        let facts = Summarizer(settings: SummarySettings()).summarize(pages, classId: nil, classLabel: nil).facts
        #expect(facts.filter { $0.kind == .diagnosis }.map(\.value) == [
            "F84.0 Autism", "F90.0 ADHD, kombinerad form", "F70 Lindrig intellektuell funktionsnedsättning", "F32.1 Medelsvår depressiv episod",
        ])
        #expect(facts.first { $0.kind == .author }?.value == "Maria Lind, socialsekreterare")
    }

    @Test func aSentenceOverAPageBreakCitesBothPages() {
        let filler = "Utredningen genomfördes under hösten med samtal, observationer och skattningar i hemmet."
        let pages = [
            SourcePage(number: 7, text: "Bedömning\n\(filler)\nSammantaget bedömer utredarna att barnets behov av stöd i skolan är\nSida 7 av 8"),
            SourcePage(number: 8, text: "stort och att en samordnad individuell plan behöver upprättas snarast.\n\(filler.replacingOccurrences(of: "hösten", with: "våren"))\nSida 8 av 8"),
        ]
        let summary = Summarizer(settings: SummarySettings(minWords: 200)).summarize(pages, classId: nil, classLabel: nil)
        let crossing = summary.sentences.first { $0.text.hasPrefix("Sammantaget") }
        #expect(crossing?.pages == [7, 8])
        #expect(crossing?.citation == "(s. 7–8)")
        #expect(crossing?.text.contains("Sida") == false, "the page number between the parts is not in the sentence")
    }

    @Test func rougeAndTheOracleBehave() throws {
        let short = "Barnet har ADHD och behöver stöd i skolan. Familjen erbjuds samtal."
        let scorer = RougeScorer(reference: short)
        let perfect = scorer.scores(short)
        #expect(perfect.rouge1 == 1 && perfect.rouge2 == 1 && perfect.rougeL == 1)
        #expect(scorer.scores("Helt andra ord här").rouge1 == 0)
        let pages = try pages(of: "bup-utredning.pdf")
        let whole = pages.map(\.text).joined(separator: "\n")
        let assessment = try #require(whole.range(of: "Sammanfattande bedömning"))
        let reference = String(whole[assessment.upperBound...].prefix(1500))
        let report = SummaryEvaluation.report(name: "bup", pages: pages, reference: reference, settings: SummarySettings(), classId: nil)
        let oracle = try #require(report.scores[.oracle])
        #expect(oracle.rouge2 > 0.5, "the reference is the report's own text, so the oracle finds it")
        for method in [SummaryEvaluation.Method.lead, .textRank, .sluss] {
            let scores = try #require(report.scores[method])
            #expect(scores.rouge1 + scores.rouge2 <= oracle.rouge1 + oracle.rouge2 + 1e-9, "the oracle is the ceiling for \(method)")
        }
    }
}
