import Testing
@testable import SlussCore

@Suite struct TextLayerAssessmentTests {
    static let pipeline = try! PipelineLoader.parse(yaml: "name: test\n", path: "test.yaml", sha256: "0")

    @Test func acceptsOrdinaryText() {
        let text = """
            BESLUT
            Socialnämnden beslutar att bevilja insatsen kontaktfamilj enligt 4 kap. 1 § SoL
            för tiden 2026-01-01 – 2026-12-31. Beslutet gäller omedelbart.
            """
        let assessment = TextLayerAssessment.assess(text, pipeline: Self.pipeline)
        #expect(assessment.isUsable)
        #expect(assessment.reason.hasPrefix("text layer used"))
    }

    @Test func saysWhenTheTextLayerLiesOverAScan() {
        let text = String(repeating: "Utredningen visar att barnet behöver stöd i skolan. ", count: 5)
        #expect(TextLayerAssessment.assess(text, imageCoverage: 0.98, pipeline: Self.pipeline).reason.contains("over a scanned image"))
        #expect(!TextLayerAssessment.assess(text, imageCoverage: 0.1, pipeline: Self.pipeline).reason.contains("scanned"))
    }

    @Test func rejectsAPageWithOnlyAStampedPageNumber() {
        let assessment = TextLayerAssessment.assess("Sida 3 av 22", pipeline: Self.pipeline)
        #expect(!assessment.isUsable)
        #expect(assessment.reason.contains("too short"))
    }

    @Test func rejectsGarbageFromABrokenFontEncoding() {
        let garbage = String(repeating: "ÿ#§¤ %&/()=?` @£$€{[ ]}\\ ^~*' <>|; ", count: 5)
        let assessment = TextLayerAssessment.assess(garbage, pipeline: Self.pipeline)
        #expect(!assessment.isUsable)
        #expect(assessment.reason.contains("garbled"))
    }

    @Test func rejectsPrivateUseCharacters() {
        let text = String(repeating: "\u{E001}\u{E002}\u{E003} ord ", count: 20)
        #expect(!TextLayerAssessment.assess(text, pipeline: Self.pipeline).isUsable)
    }

    @Test func ignoresTheTextLayerWhenThePipelineSaysSo() throws {
        var pipeline = Self.pipeline
        pipeline.textLayer = .ignore
        let assessment = TextLayerAssessment.assess(String(repeating: "Beslut om bistånd. ", count: 10), pipeline: pipeline)
        #expect(!assessment.isUsable)
        #expect(assessment.reason.contains("ignored"))
    }
}
