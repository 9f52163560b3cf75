/// A scan format Sluss reads, told apart by the file's content, never by its name.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case pdf
    case tiff
    case png
    case jpeg

    /// Recognises the format from the first bytes of a file (at least 8; 1024 lets a PDF header
    /// preceded by junk be found, as PDF readers accept). Throws a reason when it is not a scan.
    public static func detect(header: [UInt8]) throws(UnsupportedContent) -> SourceFormat {
        if header.isEmpty { throw .empty }
        if header.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if header.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if header.starts(with: [0x49, 0x49, 0x2A, 0x00]) || header.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return .tiff
        }
        let pdfMagic: [UInt8] = Array("%PDF-".utf8)
        if header.count >= pdfMagic.count {
            for start in 0...(min(header.count, 1024) - pdfMagic.count)
            where header[start..<start + pdfMagic.count].elementsEqual(pdfMagic) {
                return .pdf
            }
        }
        throw .unsupported(kind: describe(header))
    }

    /// A human name for content Sluss does not read, so the error tells the clerk what the file is.
    static func describe(_ header: [UInt8]) -> String {
        let known: [([UInt8], String)] = [
            ([0x49, 0x49, 0x2B, 0x00], "BigTIFF image (save as ordinary TIFF)"),
            ([0x4D, 0x4D, 0x00, 0x2B], "BigTIFF image (save as ordinary TIFF)"),
            (Array("GIF8".utf8), "GIF image"),
            (Array("BM".utf8), "BMP image"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document (DOCX/XLSX/ODT)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "old Microsoft Office document (DOC/XLS) or e-mail (MSG)"),
            (Array("{\\rtf".utf8), "RTF document"),
            ([0x1F, 0x8B], "gzip archive"),
            (Array("RIFF".utf8), "RIFF container (WebP image, audio or video)"),
            (Array("AT&TFORM".utf8), "DjVu document"),
        ]
        for (magic, name) in known where header.starts(with: magic) { return name }
        if header.count >= 12, header[4..<12].elementsEqual(Array("ftypheic".utf8)) || header[4..<8].elementsEqual(Array("ftyp".utf8)) {
            return "HEIC/MP4 container (export the scan as PDF, TIFF, PNG or JPEG)"
        }
        let sample = header.prefix(512)
        let printable = sample.filter { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || ($0 >= 0x20 && $0 != 0x7F) }
        if printable.count == sample.count {
            return "plain text"
        }
        return "unknown content"
    }
}

/// Why a file is not something Sluss can read.
public enum UnsupportedContent: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unsupported(kind: String)

    public var description: String {
        switch self {
        case .empty: "the file is empty (0 bytes); the scan was probably not written completely"
        case let .unsupported(kind): "not a scan Sluss reads (\(kind)); supported: PDF, TIFF, PNG, JPEG"
        }
    }
}
