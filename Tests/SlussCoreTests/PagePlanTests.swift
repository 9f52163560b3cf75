import SlussNative
import Testing
@testable import SlussCore

@Suite struct PagePlanTests {
    static func pipeline(_ extraOCRKeys: String = "") throws -> Pipeline {
        try PipelineLoader.parse(yaml: "name: test\nocr:\n  deskew: true\n" + extraOCRKeys, path: "test.yaml", sha256: "x")
    }

    static func survey(marks: Int, coverage: Double = 0.00001, letterHeight: Double? = nil) -> InkSurvey {
        InkSurvey(paperLevel: 236, markCount: marks, markCoverage: coverage, medianLetterHeight: letterHeight)
    }

    @Test(arguments: [
        (0, 0.0, true), (4, 0.0002, true),
        (6, 0.0004, false),     // one short printed word
        (1, 0.02, false),       // a photograph or a signature: one large mark
        (900, 0.12, false),     // an ordinary page of text
    ] as [(Int, Double, Bool)])
    func aPageIsBlankOnlyWithFewSmallMarks(marks: Int, coverage: Double, blank: Bool) throws {
        let plan = PagePlan(survey: Self.survey(marks: marks, coverage: coverage), surveyDPI: 150, scanDPI: 300, pipeline: try Self.pipeline())
        #expect(plan.isBlank == blank)
    }

    @Test func aDarkPageWithoutDarkerInkIsReadNotTakenForBlank() throws {
        // White text on black, or a photograph: the survey finds no ink darker than the "paper".
        let dark = InkSurvey(paperLevel: 40, markCount: 0, markCoverage: 0, medianLetterHeight: nil)
        #expect(!PagePlan(survey: dark, surveyDPI: 150, scanDPI: 300, pipeline: try Self.pipeline()).isBlank)
    }

    @Test func blankPagesAreReadWhenThePipelineSaysSo() throws {
        let pipeline = try Self.pipeline("  skip_blank_pages: false\n")
        #expect(!PagePlan(survey: Self.survey(marks: 0), surveyDPI: 150, scanDPI: 300, pipeline: pipeline).isBlank)
    }

    @Test(arguments: [
        (12.0, 150),   // 12-point text at 300 dpi: x-height 24 px; the half-size image (12 px) is taken
        (10.0, 180),   // 10-point text: 20 px, read at 180 dpi (12 px)
        (7.0, 300),    // 7-point text: 14 px, too little to gain; read as scanned
        (30.0, 150),   // headline-sized text: never below 150 dpi
    ] as [(Double, Int)])
    func largeLettersAreReadAtALowerResolution(halfSizeLetterHeight: Double, readingDPI: Int) throws {
        let survey = Self.survey(marks: 800, coverage: 0.1, letterHeight: halfSizeLetterHeight)
        let plan = PagePlan(survey: survey, surveyDPI: 150, scanDPI: 300, pipeline: try Self.pipeline())
        #expect(plan.readingDPI == readingDPI)
        #expect(plan.letterHeight == halfSizeLetterHeight * 2)
    }

    @Test func aLowResolutionScanIsNeverScaledUpOrDown() throws {
        let survey = Self.survey(marks: 800, coverage: 0.1, letterHeight: 40)
        let plan = PagePlan(survey: survey, surveyDPI: 100, scanDPI: 100, pipeline: try Self.pipeline())
        #expect(plan.readingDPI == 100)
    }

    @Test func readingLetterHeightZeroKeepsTheScannedResolution() throws {
        let survey = Self.survey(marks: 800, coverage: 0.1, letterHeight: 12)
        let plan = PagePlan(survey: survey, surveyDPI: 150, scanDPI: 300, pipeline: try Self.pipeline("  reading_letter_height: 0\n"))
        #expect(plan.readingDPI == 300)
    }
}
