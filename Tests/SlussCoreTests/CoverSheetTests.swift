import Foundation
import Testing
@testable import SlussCore
@testable import SlussNative
import SlussTestSupport

@Suite struct CoverSheetTests {
    @Test func thePayloadNamesTheCaseAndNothingElseIsTakenForASheet() {
        let sheet = CoverSheet(caseId: "SN 2026/0412", title: nil)
        #expect(CoverSheet.caseId(fromPayload: sheet.payload) == "SN 2026/0412")
        #expect(CoverSheet.caseId(fromPayload: "https://example.se/SN 2026/0412") == nil)
        #expect(CoverSheet.caseId(fromPayload: CoverSheet.payloadPrefix) == nil)
    }

    /// A printed sheet scanned at `dpi`, turned `rotation` degrees, with scanner noise and specks.
    static func scan(of path: String, dpi: Int, rotation: Int) throws -> Pix {
        let rendered = try PDFFile(path: path).page(1).render(dpi: dpi).rotated(clockwiseDegrees: rotation).grey8()
        var bytes = rendered.greyBytes()
        var state: UInt64 = 0x1234_5678
        for index in bytes.indices {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let noise = Int(state >> 58) - 32 // -32...31
            var value = Int(bytes[index]) + noise
            if state >> 40 & 0xFFF == 0 { value = 20 } // a dark speck now and then
            bytes[index] = UInt8(clamping: value)
        }
        return try Pix.fromGreyBytes(bytes, width: rendered.width, height: rendered.height, dpi: dpi)
    }

    @Test(arguments: [(200, 0), (200, 180), (300, 180), (300, 90)])
    func theCaseIsReadBackFromAScanOfThePrintedSheet(dpi: Int, rotation: Int) throws {
        let folder = try Fixtures.temporaryFolder("coversheet")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/blad.pdf"
        try CoverSheet(caseId: "IFO-2026-0412", title: "Polisanmälan och läkarintyg").write(to: path, createdBy: "Kim", at: Date(timeIntervalSince1970: 1_795_000_000))
        let symbols = try BarcodeReader().symbols(in: Self.scan(of: path, dpi: dpi, rotation: rotation))
        #expect(symbols.compactMap { CoverSheet.caseId(fromPayload: $0.text) } == ["IFO-2026-0412"])
        #expect(symbols.first?.type == "QR-Code")
        // What ingest checks on every page: the half-size image the recogniser makes anyway.
        #expect(try CoverSheet.caseId(onPage: Self.scan(of: path, dpi: dpi, rotation: rotation).halved()) == "IFO-2026-0412")
        // The large print is there for people: the sheet's own text layer carries it.
        #expect(try PDFFile(path: path).page(1).text.contains("IFO-2026-0412"))
    }

    @Test func anOrdinaryPageHasNoCodes() throws {
        let folder = try Fixtures.temporaryFolder("coversheet")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/brev.pdf"
        try MinimalPDF.make(pages: [["Yttrande från skolan", "Eleven har haft 34 procent frånvaro."]]).write(to: URL(fileURLWithPath: path))
        #expect(try BarcodeReader().symbols(in: PDFFile(path: path).page(1).render(dpi: 200)).isEmpty)
        #expect(try CoverSheet.caseId(onPage: PDFFile(path: path).page(1).render(dpi: 300).halved()) == nil)
    }
}
