import CPoppler
import Foundation

/// An open PDF: owns one Poppler document. Not for sharing between threads: open one per thread.
public final class PDFFile {
    public let path: String
    private let document: OpaquePointer

    /// Opens the PDF at `path`; encrypted files and files Poppler cannot parse throw with the reason,
    /// naming `reportedAs` (the file as the user knows it) if given.
    public init(path: String, reportedAs: String? = nil) throws(ImagingError) {
        NativeLibraries.configureOnce()
        self.path = reportedAs ?? path
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            defer { g_clear_error(&error) }
            throw .unreadablePDF(path: self.path, reason: PDFFile.message(of: error))
        }
        defer { g_free(uri) }
        guard let opened = poppler_document_new_from_file(uri, nil, &error) else {
            defer { g_clear_error(&error) }
            if let error, error.pointee.domain == poppler_error_quark(),
               error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .encryptedPDF(path: self.path)
            }
            throw .unreadablePDF(path: self.path, reason: PDFFile.message(of: error))
        }
        document = opened
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(document))
    }

    public var pageCount: Int { Int(poppler_document_get_n_pages(documentPointer)) }

    private var documentPointer: OpaquePointer { document }

    /// The page with 1-based `number`.
    public func page(_ number: Int) throws(ImagingError) -> PDFPage {
        guard number >= 1, number <= pageCount,
              let page = poppler_document_get_page(documentPointer, Int32(number - 1)) else {
            throw .unreadablePage(path: path, page: number, reason: "Poppler cannot load the page")
        }
        return PDFPage(owning: page, number: number, path: path)
    }

    private static func message(of error: UnsafeMutablePointer<GError>?) -> String {
        guard let error, let message = error.pointee.message else { return "unknown error" }
        return String(cString: message)
    }
}

/// A word placed on a page, in pixels at the resolution the page was measured at.
public struct PlacedWord: Sendable, Equatable, Codable {
    public var text: String
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    /// 0–100; 100 for words taken from a PDF's text layer.
    public var confidence: Double

    public init(text: String, x: Int, y: Int, width: Int, height: Int, confidence: Double) {
        self.text = text
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.confidence = confidence
    }
}

/// One page of an open PDF: owns its Poppler page.
public final class PDFPage {
    public let number: Int
    private let path: String
    private let page: OpaquePointer

    init(owning page: OpaquePointer, number: Int, path: String) {
        self.page = page
        self.number = number
        self.path = path
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(page))
    }

    /// Page size in PDF points (1/72 inch), as displayed (rotation applied).
    public var sizeInPoints: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    /// The text of the page's text layer ("" when it has none).
    public var text: String {
        guard let raw = poppler_page_get_text(page) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    /// Share of the page area covered by placed images (0…1); a scanned page is close to 1.
    public var imageCoverage: Double {
        let size = sizeInPoints
        guard size.width > 0, size.height > 0 else { return 0 }
        guard let mapping = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(mapping) }
        var covered = 0.0
        var node: UnsafeMutablePointer<GList>? = mapping
        while let current = node {
            if let data = current.pointee.data {
                let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                covered += abs((area.x2 - area.x1) * (area.y2 - area.y1))
            }
            node = current.pointee.next
        }
        return min(1, covered / (size.width * size.height))
    }

    /// The text layer split into words with their boxes, scaled to pixels at `dpi`.
    /// Empty when the page has no text layer or Poppler's layout does not match its text.
    public func words(atDPI dpi: Int) -> [PlacedWord] {
        let characters = Array(text.unicodeScalars)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        guard Int(count) == characters.count else { return [] }
        let scale = Double(dpi) / 72
        var words: [PlacedWord] = []
        var current = ""
        var box: (x1: Double, y1: Double, x2: Double, y2: Double)?
        func closeWord() {
            if let box, !current.isEmpty {
                words.append(PlacedWord(
                    text: current,
                    x: Int((box.x1 * scale).rounded()), y: Int((box.y1 * scale).rounded()),
                    width: Int(((box.x2 - box.x1) * scale).rounded()),
                    height: Int(((box.y2 - box.y1) * scale).rounded()),
                    confidence: 100))
            }
            current = ""
            box = nil
        }
        for (index, scalar) in characters.enumerated() {
            if scalar.properties.isWhitespace {
                closeWord()
                continue
            }
            let rect = rectangles[index]
            current.unicodeScalars.append(scalar)
            if let existing = box {
                box = (min(existing.x1, rect.x1), min(existing.y1, rect.y1),
                       max(existing.x2, rect.x2), max(existing.y2, rect.y2))
            } else {
                box = (rect.x1, rect.y1, rect.x2, rect.y2)
            }
        }
        closeWord()
        return words
    }

    /// Below this resolution OCR reads nothing useful, so a page too large for it is refused.
    public static let minimumUsefulDPI = 100

    /// Renders the page as an 8-bit grey image at `dpi` (lowered if the page is so large that the
    /// image would exceed `pixelLimit`; the image carries the resolution actually used). A page so
    /// large that even `minimumUsefulDPI` would exceed the limit is refused before anything is
    /// allocated.
    public func render(dpi requested: Int, pixelLimit: Int = RasterFile.defaultPixelLimit) throws(ImagingError) -> Pix {
        let size = sizeInPoints
        var dpi = requested
        let pixelsAtRequested = (size.width * Double(dpi) / 72) * (size.height * Double(dpi) / 72)
        if pixelsAtRequested > Double(pixelLimit) {
            dpi = Int(Double(dpi) * (Double(pixelLimit) / pixelsAtRequested).squareRoot())
            if dpi < min(requested, Self.minimumUsefulDPI) {
                throw .pageTooLarge(path: path, page: number, widthMillimetres: Int(size.width / 72 * 25.4), heightMillimetres: Int(size.height / 72 * 25.4))
            }
        }
        let width = Int((size.width * Double(dpi) / 72).rounded())
        let height = Int((size.height * Double(dpi) / 72).rounded())
        guard width > 0, height > 0 else {
            throw .unreadablePage(path: path, page: number, reason: "the page has no area")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .unreadablePage(path: path, page: number, reason: "cannot allocate a \(width)×\(height) image")
        }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else {
            throw .operationFailed("creating a cairo context")
        }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, Double(dpi) / 72, Double(dpi) / 72)
        poppler_page_render_for_printing(page, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .unreadablePage(path: path, page: number, reason: "rendering failed")
        }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw .unreadablePage(path: path, page: number, reason: "rendering produced no image")
        }
        return try Pix.fromXRGB32(
            data, width: width, height: height,
            bytesPerRow: Int(cairo_image_surface_get_stride(surface)), dpi: dpi)
    }
}
