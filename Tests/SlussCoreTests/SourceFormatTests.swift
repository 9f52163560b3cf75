import Testing
@testable import SlussCore

@Suite struct SourceFormatTests {
    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], SourceFormat.png),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], SourceFormat.jpeg),
        ([0x49, 0x49, 0x2A, 0x00, 0x08, 0x00], SourceFormat.tiff),
        ([0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x08], SourceFormat.tiff),
        (Array("%PDF-1.7\n%âãÏÓ".utf8), SourceFormat.pdf),
        // Some scanners write a few bytes of junk before the PDF header; readers accept it.
        (Array("\r\n\r\n%PDF-1.4\n".utf8), SourceFormat.pdf),
    ] as [([UInt8], SourceFormat)])
    func recognisesScanFormatsByContent(header: [UInt8], expected: SourceFormat) throws {
        #expect(try SourceFormat.detect(header: header) == expected)
    }

    @Test func emptyFileIsReportedAsEmpty() {
        #expect(throws: UnsupportedContent.empty) { try SourceFormat.detect(header: []) }
    }

    @Test(arguments: [
        (Array("Hej, detta är ett e-postmeddelande.\n".utf8), "plain text"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"),
        (Array("GIF89a".utf8), "GIF image"),
        ([0x00, 0x01, 0x02, 0x03, 0xFE, 0xFD], "unknown content"),
    ] as [([UInt8], String)])
    func namesWhatAnUnsupportedFileIs(header: [UInt8], kind: String) {
        do {
            _ = try SourceFormat.detect(header: header)
            Issue.record("expected \(kind) to be rejected")
        } catch {
            #expect(error.description.contains(kind))
            #expect(error.description.contains("supported: PDF, TIFF, PNG, JPEG"))
        }
    }
}

@Suite struct PageResolutionTests {
    @Test func keepsAPlausibleDeclaredResolution() {
        #expect(PageResolution.effective(declared: 300, width: 2480, height: 3508, assumed: nil) == 300)
        #expect(PageResolution.effective(declared: 200, width: 1654, height: 2339, assumed: nil) == 200)
    }

    @Test func distrustsA72DPIStampOnAFullPageScan() {
        // 2480 px at 72 DPI would be a 34-inch page: the scan is really 300 DPI A4.
        #expect(PageResolution.effective(declared: 72, width: 2480, height: 3508, assumed: nil) == 300)
    }

    @Test func estimatesFromA4WhenNothingIsDeclared() {
        #expect(PageResolution.effective(declared: 0, width: 1654, height: 2339, assumed: nil) == 200)
        #expect(PageResolution.effective(declared: 0, width: 3508, height: 2480, assumed: nil) == 300)
        #expect(PageResolution.effective(declared: 0, width: 1654, height: 2339, assumed: 400) == 400)
    }
}

@Suite struct CharacterErrorRateTests {
    @Test func countsEditsOverReferenceLength() {
        let rate = CharacterErrorRate(hypothesis: "Vårdnadshavare", reference: "Vårdnadshavaren")
        #expect(rate.edits == 1)
        #expect(rate.referenceLength == 15)
    }

    @Test func ignoresLayoutWhitespace() {
        let rate = CharacterErrorRate(hypothesis: "Sammanfattande\n\nbedömning  ", reference: "Sammanfattande bedömning")
        #expect(rate.edits == 0)
    }

    @Test func sumsPagesByEditsNotByAveragingRates() {
        let total = CharacterErrorRate(edits: 1, referenceLength: 10) + CharacterErrorRate(edits: 0, referenceLength: 90)
        #expect(total.rate == 0.01)
    }
}
