import Foundation
import SlussNative

/// A cover sheet (försättsblad): printed and laid on top of the papers for one case, so that a
/// stack scanned in one go can be split and routed by machine. It carries the case number in large
/// print for people and as a QR code for Sluss.
public struct CoverSheet: Sendable, Equatable {
    /// What the QR code says: a fixed prefix with a format version, then the case number.
    public static let payloadPrefix = "SLUSS-FORSATTSBLAD:1:"

    public var caseId: String
    public var title: String?

    public init(caseId: String, title: String?) {
        self.caseId = caseId
        self.title = title
    }

    public var payload: String { Self.payloadPrefix + caseId }

    /// The case number a QR code names, when it is a Sluss cover sheet's code.
    public static func caseId(fromPayload payload: String) -> String? {
        guard payload.hasPrefix(payloadPrefix) else { return nil }
        let caseId = String(payload.dropFirst(payloadPrefix.count))
        return caseId.isEmpty ? nil : caseId
    }

    /// The case number of the cover sheet on a page image, nil when the page is not one. Read from
    /// a black-and-white copy at a quarter of the image's size: the code's modules stay several
    /// pixels wide at any ordinary scan resolution, and an ordinary page costs a few milliseconds.
    public static func caseId(onPage image: Pix) throws(ImagingError) -> String? {
        let small = image.width >= 1200 ? try image.halved() : image
        return try BarcodeReader().symbols(in: small, blackAndWhiteOnly: true).lazy.compactMap { caseId(fromPayload: $0.text) }.first
    }

    /// Writes the sheet as a one-page A4 PDF.
    public func write(to path: String, createdBy: String, at date: Date) throws(ImagingError) {
        let code = try QRCode(encoding: payload)
        let margin = 60.0, width = OnePagePDF.a4Width - 2 * margin
        var elements: [OnePagePDF.Element] = [
            .text("FÖRSÄTTSBLAD", x: margin, y: 56, size: 28, bold: true),
            .rule(x: margin, y: 100, width: width),
            .text("Lägg bladet överst på handlingarna som hör till ärendet och skanna allt i en bunt.", x: margin, y: 112, size: 11, bold: false),
            .text("Sluss delar bunten vid varje försättsblad och kopplar handlingarna till ärendet nedan.", x: margin, y: 128, size: 11, bold: false),
            .text("Ärende", x: margin, y: 176, size: 14, bold: false),
            .text(caseId, x: margin, y: 196, size: 44, bold: true),
        ]
        if let title, !title.isEmpty {
            elements.append(.text(title, x: margin, y: 258, size: 16, bold: false))
        }
        let side = 220.0
        elements.append(.qrCode(code, x: (OnePagePDF.a4Width - side) / 2, y: 320, side: side))
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "Europe/Stockholm") ?? .current, formatOptions: [.withFullDate])
        elements.append(.rule(x: margin, y: 740, width: width))
        elements.append(.text("Utskrivet \(day) av \(createdBy) med Sluss. Bladet sparas i spårbarheten, inte i handlingens text.", x: margin, y: 748, size: 9, bold: false))
        try OnePagePDF.write(elements, to: path, title: "Försättsblad \(caseId)")
    }
}
