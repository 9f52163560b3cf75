import CPoppler
import Foundation

/// Writes a one-page A4 PDF of text lines and QR codes with cairo (the library Poppler renders
/// with). Used for printable sheets such as the cover sheet; positions are in points from the
/// top left corner.
public enum OnePagePDF {
    public enum Element: Sendable {
        case text(String, x: Double, y: Double, size: Double, bold: Bool)
        /// A QR code `side` points wide, its top left corner at (x, y).
        case qrCode(QRCode, x: Double, y: Double, side: Double)
        /// A horizontal rule.
        case rule(x: Double, y: Double, width: Double)
    }

    public static let a4Width = 595.28, a4Height = 841.89

    public static func write(_ elements: [Element], to path: String, title: String) throws(ImagingError) {
        guard let surface = cairo_pdf_surface_create(path, a4Width, a4Height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .operationFailed("creating the PDF \(path)")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Sluss")
        guard let context = cairo_create(surface) else { throw .operationFailed("drawing the PDF \(path)") }
        cairo_set_source_rgb(context, 0, 0, 0)
        for element in elements {
            switch element {
            case let .text(text, x, y, size, bold):
                cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
                cairo_set_font_size(context, size)
                cairo_move_to(context, x, y + size)
                cairo_show_text(context, text)
            case let .qrCode(code, x, y, side):
                let module = side / Double(code.size)
                for row in 0..<code.size {
                    for column in 0..<code.size where code.isDark(row: row, column: column) {
                        cairo_rectangle(context, x + Double(column) * module, y + Double(row) * module, module, module)
                    }
                }
                cairo_fill(context)
            case let .rule(x, y, width):
                cairo_set_line_width(context, 1)
                cairo_move_to(context, x, y)
                cairo_line_to(context, x + width, y)
                cairo_stroke(context)
            }
        }
        cairo_show_page(context)
        let status = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        guard status == CAIRO_STATUS_SUCCESS, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .operationFailed("writing the PDF \(path): \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
