import Foundation
import SlussTestSupport
import Testing
@testable import SlussNative

/// A PDF written to a temporary file for the duration of a test.
struct PDFFixture {
    let folder: String
    let path: String

    init(_ data: Data, name: String = "fixture.pdf") throws {
        folder = try Fixtures.temporaryFolder("native")
        path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

let decisionPages = [
    [
        "BESLUT",
        "Socialnämnden i Exempelstad beslutar att bevilja",
        "kontaktfamilj enligt 4 kap. 1 § socialtjänstlagen.",
        "Beslutet gäller från och med den 1 december 2026.",
        "Handläggare: Åsa Öberg, socialsekreterare",
    ],
    [
        "Hur man överklagar",
        "Beslutet kan överklagas till förvaltningsrätten.",
        "Överklagandet ska ha kommit in inom tre veckor.",
    ],
]

@Suite struct SHA256DigestTests {
    @Test func matchesTheStandardTestVectors() throws {
        let digest = SHA256Digest()
        Data("abc".utf8).withUnsafeBytes { digest.update($0) }
        #expect(digest.finalize() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let empty = SHA256Digest()
        #expect(empty.finalize() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hashesAFileInChunksAsInOneGo() throws {
        // 3 MB crosses the 1 MiB read chunks; the one-shot digest of the same bytes must agree.
        let bytes = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) })
        let fixture = try PDFFixture(bytes, name: "big")
        defer { fixture.remove() }
        let oneShot = SHA256Digest()
        bytes.withUnsafeBytes { oneShot.update($0) }
        #expect(try SHA256Digest.ofFile(at: fixture.path) == oneShot.finalize())
    }
}

@Suite struct PDFFileTests {
    @Test func readsATextLayerWithSwedishLettersAndWordBoxes() throws {
        let fixture = try PDFFixture(MinimalPDF.make(pages: decisionPages))
        defer { fixture.remove() }
        let pdf = try PDFFile(path: fixture.path)
        #expect(pdf.pageCount == 2)
        let page = try pdf.page(1)
        #expect(page.text.contains("Socialnämnden i Exempelstad"))
        #expect(page.text.contains("Åsa Öberg"))
        let size = page.sizeInPoints
        #expect(size.width == 595 && size.height == 842)
        let words = page.words(atDPI: 300)
        #expect(words.map(\.text).prefix(3) == ["BESLUT", "Socialnämnden", "i"])
        for word in words {
            #expect(word.x >= 0 && word.x + word.width <= 2480)
            #expect(word.y >= 0 && word.y + word.height <= 3508)
        }
        #expect(page.imageCoverage == 0)
    }

    @Test func rendersAPageAtTheRequestedResolution() throws {
        let fixture = try PDFFixture(MinimalPDF.make(pages: decisionPages))
        defer { fixture.remove() }
        let image = try PDFFile(path: fixture.path).page(1).render(dpi: 150)
        #expect(image.width == 1240)
        #expect(image.height == 1754)
        #expect(image.depth == 8)
        #expect(image.resolution == 150)
    }

    @Test func aPageOfAbsurdSizeIsRefusedBeforeAnythingIsAllocated() throws {
        // 200,000 pt is about 70 m a side: at the lowest useful resolution still billions of pixels.
        let fixture = try PDFFixture(MinimalPDF.make(pages: [[]], pageSize: (200_000, 200_000)), name: "jätte.pdf")
        defer { fixture.remove() }
        let page = try PDFFile(path: fixture.path).page(1)
        #expect {
            try page.render(dpi: 300)
        } throws: { error in
            guard case let ImagingError.pageTooLarge(_, number, width, _) = error else { return false }
            return number == 1 && width > 60_000 && "\(error)".contains("A0")
        }
        // A page merely over the limit (an A0 drawing at 600 DPI, here an A4 page under a small
        // limit) is rendered at a lowered resolution instead, down to the lowest useful one.
        let a4 = try PDFFixture(MinimalPDF.make(pages: [["Ritning"]]), name: "a4.pdf")
        defer { a4.remove() }
        let image = try PDFFile(path: a4.path).page(1).render(dpi: 300, pixelLimit: 2_000_000)
        #expect(image.resolution < 300 && image.resolution >= PDFPage.minimumUsefulDPI)
        #expect(image.width * image.height <= 2_000_000)
        #expect(throws: ImagingError.self) { try PDFFile(path: a4.path).page(1).render(dpi: 300, pixelLimit: 400_000) }
    }

    @Test func anEncryptedPDFIsReportedAsPasswordProtected() throws {
        let fixture = try PDFFixture(MinimalPDF.make(pages: decisionPages, encryptedWithUnknownPassword: true), name: "skyddad.pdf")
        defer { fixture.remove() }
        #expect(throws: ImagingError.encryptedPDF(path: fixture.path)) { try PDFFile(path: fixture.path) }
    }

    @Test(arguments: ["not a pdf at all", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog"])
    func damagedPDFsAreReportedWithTheirName(content: String) throws {
        let fixture = try PDFFixture(Data(content.utf8), name: "trasig.pdf")
        defer { fixture.remove() }
        #expect {
            try PDFFile(path: fixture.path, reportedAs: "/inkorg/trasig.pdf")
        } throws: { error in
            guard case let ImagingError.unreadablePDF(path, _) = error else { return false }
            return path == "/inkorg/trasig.pdf"
        }
    }
}

@Suite struct RasterFileTests {
    /// A PNG claiming 100000×100000 pixels, and a TIFF whose second page does.
    @Test(arguments: ["bomb.png", "bomb.tif"])
    func refusesADecompressionBombOnAnyPageBeforeDecodingIt(name: String) throws {
        let bytes = name.hasSuffix(".png")
            ? BadFiles.pngClaiming(width: 100_000, height: 100_000)
            : BadFiles.tiff(pages: [(16, 16), (100_000, 100_000)])
        let fixture = try PDFFixture(bytes, name: name)
        defer { fixture.remove() }
        #expect {
            try RasterFile(path: fixture.path)
        } throws: { error in
            guard case let ImagingError.imageTooLarge(_, width, height, _) = error else { return false }
            return width == 100_000 && height == 100_000
        }
    }

    @Test func aMultiPageTIFFWithinTheLimitOpens() throws {
        // The headers of every page are read, and a TIFF of sane pages is not refused for it.
        let harmless = try PDFFixture(BadFiles.tiff(pages: [(16, 16), (16, 16)]), name: "ok.tif")
        defer { harmless.remove() }
        #expect(try RasterFile(path: harmless.path).pageCount == 2)
    }

    @Test func aTruncatedImageFailsWhenItsPixelsAreRead() throws {
        let fixture = try PDFFixture(BadFiles.pngClaiming(width: 2480, height: 3508), name: "avbruten.png")
        defer { fixture.remove() }
        let raster = try RasterFile(path: fixture.path, reportedAs: "/inkorg/avbruten.png")
        #expect(raster.pageCount == 1)
        #expect {
            try raster.forEachPage { _, _ in }
        } throws: { error in
            "\(error)".contains("/inkorg/avbruten.png")
        }
    }
}

@Suite struct TesseractEngineTests {
    static func renderedDecision() throws -> Pix {
        let fixture = try PDFFixture(MinimalPDF.make(pages: decisionPages))
        defer { fixture.remove() }
        return try PDFFile(path: fixture.path).page(1).render(dpi: 300)
    }

    @Test func readsSwedishWithWordBoxesAndConfidences() throws {
        let engine = try TesseractEngine(languages: "swe")
        let result = try engine.recognize(try Self.renderedDecision(), dpi: 300)
        #expect(result.text.contains("Socialnämnden i Exempelstad beslutar att bevilja"))
        #expect(result.text.contains("Åsa Öberg"))
        #expect(result.meanConfidence > 80)
        #expect(result.words.count >= 25)
        #expect(result.words.allSatisfy { $0.width > 0 && $0.height > 0 && (0...100).contains($0.confidence) })
    }

    @Test(arguments: [(180, 180), (90, 270), (270, 90)])
    func orientationDetectionGivesTheCorrectingRotation(turnedBy: Int, correction: Int) throws {
        let osd = try TesseractEngine(languages: "osd", osdOnly: true)
        let turned = try Self.renderedDecision().rotated(clockwiseDegrees: turnedBy).halved()
        let detected = try #require(osd.detectOrientation(turned, dpi: 150))
        #expect(detected.clockwiseCorrection == correction)
    }

    @Test func aMissingLanguageNamesTheModelAndHowToInstallIt() {
        #expect {
            try TesseractEngine(languages: "xyz")
        } throws: { error in
            "\(error)".contains("'xyz'") && "\(error)".contains("apt-get install")
        }
    }

    @Test func recordsTheLibraryVersions() {
        #expect(NativeLibraries.tesseractVersion.hasPrefix("5."))
        #expect(NativeLibraries.leptonicaVersion.first?.isNumber == true)
        #expect(NativeLibraries.popplerVersion.contains("."))
    }
}
