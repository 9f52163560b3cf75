import CLeptonica
import Foundation

/// A raster scan on disk (PNG, JPEG or TIFF, one or many pages), decoded one page at a time through
/// Leptonica so a long multi-page TIFF never sits in memory whole.
public struct RasterFile: Sendable {
    /// Images whose header claims more pixels than this are refused before decoding, so memory
    /// stays bounded (A0 at 300 DPI is ~139 megapixels; anything much larger is a bomb or a
    /// broken header, and a real one can be rescanned at a lower resolution).
    public static let defaultPixelLimit = 200_000_000

    public let path: String
    /// The file as the user knows it, used in errors.
    public let reportedPath: String
    public let pageCount: Int

    /// Reads the header (and, for TIFF, counts the pages); decodes no pixels.
    public init(path: String, reportedAs: String? = nil, pixelLimit: Int = RasterFile.defaultPixelLimit) throws(ImagingError) {
        NativeLibraries.configureOnce()
        self.path = path
        let reportedPath = reportedAs ?? path
        self.reportedPath = reportedPath
        var format: Int32 = 0, width: Int32 = 0, height: Int32 = 0
        var bitsPerSample: Int32 = 0, samplesPerPixel: Int32 = 0, hasColormap: Int32 = 0
        guard pixReadHeader(path, &format, &width, &height, &bitsPerSample, &samplesPerPixel, &hasColormap) == 0 else {
            throw .unreadableImage(path: reportedPath, reason: "the header cannot be decoded")
        }
        if width <= 0 || height <= 0 {
            throw .unreadableImage(path: reportedPath, reason: "the header declares \(width)×\(height) pixels")
        }
        if Int(width) * Int(height) > pixelLimit {
            throw .imageTooLarge(path: reportedPath, width: Int(width), height: Int(height), limit: pixelLimit / 1_000_000)
        }
        if RasterFile.isTIFF(format) {
            guard let stream = fopenReadStream(path) else {
                throw .unreadableImage(path: reportedPath, reason: "the file cannot be opened")
            }
            defer { fclose(stream) }
            var count: Int32 = 0
            guard tiffGetCount(stream, &count) == 0, count > 0 else {
                throw .unreadableImage(path: reportedPath, reason: "the TIFF directory cannot be read")
            }
            // Every page's header, not only the first: a bomb may hide on page 2.
            for index in 1..<count {
                var resolution: Int32 = 0
                guard freadHeaderTiff(stream, index, &width, &height, &bitsPerSample, &samplesPerPixel, &resolution, &hasColormap, &format) == 0 else {
                    throw .unreadableImage(path: reportedPath, reason: "the header of page \(index + 1) cannot be decoded")
                }
                if Int(width) * Int(height) > pixelLimit || width <= 0 || height <= 0 {
                    throw .imageTooLarge(path: reportedPath, width: Int(width), height: Int(height), limit: pixelLimit / 1_000_000)
                }
            }
            pageCount = Int(count)
        } else {
            pageCount = 1
        }
    }

    static func isTIFF(_ format: Int32) -> Bool {
        let tiffFormats: [Int32] = [
            Int32(IFF_TIFF), Int32(IFF_TIFF_PACKBITS), Int32(IFF_TIFF_RLE),
            Int32(IFF_TIFF_G3), Int32(IFF_TIFF_G4), Int32(IFF_TIFF_LZW),
            Int32(IFF_TIFF_ZIP), Int32(IFF_TIFF_JPEG),
        ]
        return tiffFormats.contains(format)
    }

    /// Decodes the pages in order, one at a time. `body` gets each page (1-based number) and may
    /// keep it; nothing else holds more than one decoded page.
    public func forEachPage(_ body: (Int, Pix) throws -> Void) throws {
        if pageCount == 1 {
            guard let pix = Pix(owning: pixRead(path)) else {
                throw ImagingError.unreadablePage(path: reportedPath, page: 1, reason: "the image data cannot be decoded; the file may be cut short or damaged")
            }
            try body(1, pix)
            return
        }
        var offset = 0
        for number in 1...pageCount {
            guard let pix = Pix(owning: pixReadFromMultipageTiff(path, &offset)) else {
                throw ImagingError.unreadablePage(path: reportedPath, page: number, reason: "the TIFF page cannot be decoded; the file may be cut short or damaged")
            }
            try body(number, pix)
            if offset == 0 && number < pageCount {
                throw ImagingError.unreadablePage(path: reportedPath, page: number + 1, reason: "the TIFF ends early")
            }
        }
    }
}
