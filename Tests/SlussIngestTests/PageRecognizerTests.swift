import Foundation
import SlussCore
import SlussTestSupport
import Testing
@testable import SlussNative

/// The OCR stage on rendered pages: blank pages, reading resolution, orientation findings.
@Suite struct PageRecognizerTests {
    static let decision = [
        "BESLUT",
        "Socialnämnden i Exempelstad beslutar att bevilja",
        "kontaktfamilj enligt 4 kap. 1 § socialtjänstlagen.",
        "Frånvaron var 48 % under hösten och 12 % under våren.",
        "Beslutet gäller från och med den 1 december 2026.",
        "Handläggare: Åsa Öberg, socialsekreterare",
    ]

    /// Page images of a PDF with the decision on page 1 and nothing on page 2, at 300 dpi.
    static func renderedPages() throws -> [Pix] {
        let folder = try Fixtures.temporaryFolder("recognizer")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/beslut.pdf"
        try MinimalPDF.make(pages: [decision, []]).write(to: URL(fileURLWithPath: path))
        let pdf = try PDFFile(path: path)
        return try [pdf.page(1).render(dpi: 300), pdf.page(2).render(dpi: 300)]
    }

    @Test func withoutTheSymbolModelThePercentSignIsLostButTheParagraphSignIsStillRepaired() throws {
        let page = try Self.recognizer("  symbol_model: none\n").recognize(try Self.renderedPages()[0], number: 1, dpi: 300)
        #expect(!page.text.contains("%"), "the Swedish model alone cannot read it")
        #expect(page.text.contains("4 kap. 1 § socialtjänstlagen"))
    }

    static func recognizer(_ extraOCRKeys: String = "") throws -> PageRecognizer {
        let pipeline = try PipelineLoader.parse(yaml: "name: test\nocr:\n  deskew: true\n" + extraOCRKeys, path: "test.yaml", sha256: "x")
        return try PageRecognizer(pipeline: pipeline)
    }

    @Test func anEmptyPageIsRecordedBlankWithoutOCR() throws {
        let page = try Self.recognizer().recognize(try Self.renderedPages()[1], number: 2, dpi: 300)
        #expect(page.source == .blank)
        #expect(page.text.isEmpty && page.words.isEmpty)
        #expect(page.survey == PageSurveyNote(inkMarks: 0, inkCoverage: 0))
        #expect(page.timings.ocr == 0)
        #expect(page.orientation == nil)
    }

    @Test(arguments: [(1, 1), (1, 40), (40, 1)])
    func anImageTooSmallToHoldALetterIsBlankNotAnError(width: Int, height: Int) throws {
        let speck = try Pix.fromGreyBytes([UInt8](repeating: 0, count: width * height), width: width, height: height, dpi: 300)
        let page = try Self.recognizer().recognize(speck, number: 1, dpi: 300)
        #expect(page.source == .blank)
    }

    @Test func largePrintIsReadAtALowerResolutionWithWordBoxesInThatImage() throws {
        let page = try Self.recognizer().recognize(try Self.renderedPages()[0], number: 1, dpi: 300)
        #expect(page.source == .ocr)
        #expect(page.text.contains("Socialnämnden i Exempelstad beslutar att bevilja"))
        // The Swedish model has no "§" or "%"; the Latin model's second reading puts them back.
        #expect(page.text.contains("4 kap. 1 § socialtjänstlagen"))
        #expect(page.text.contains("Frånvaron var 48 % under hösten och 12 % under våren."))
        #expect(page.words.filter { $0.text == "%" }.count == 2)
        #expect(page.words.contains { $0.text == "§" })
        #expect(page.orientation == .upright)
        #expect(page.scannedDPI == 300)
        #expect(page.dpi < 250 && page.dpi >= 150)
        #expect(abs(page.imageWidth - 2480 * page.dpi / 300) <= 1)
        #expect(page.words.allSatisfy { $0.x + $0.width <= page.imageWidth && $0.y + $0.height <= page.imageHeight })
    }

    @Test func anUpsideDownPageIsTurnedAndSaidToBe() throws {
        let turned = try Self.renderedPages()[0].rotated(clockwiseDegrees: 180)
        let page = try Self.recognizer().recognize(turned, number: 1, dpi: 300)
        #expect(page.rotationApplied == 180)
        #expect(page.orientation == .turned)
        #expect(page.text.contains("Handläggare: Åsa Öberg"))
    }

    @Test func aPageNoReadingIsSureOfIsReportedUncertain() throws {
        // No reading reaches a confidence of 100: the page must be flagged, not silently accepted.
        let page = try Self.recognizer("  doubtful_below: 100\n").recognize(try Self.renderedPages()[0], number: 1, dpi: 300)
        #expect(page.orientation == .uncertain)
        #expect(page.orientationConfidence != nil, "the orientation detector was asked")
        // It was also read as scanned; whichever reading was kept, its image and boxes agree.
        #expect(page.timings.ocr > 0)
        #expect(abs(page.imageWidth - 2480 * page.dpi / 300) <= 1)
        #expect((page.scannedDPI == nil) == (page.dpi == 300))
    }
}
