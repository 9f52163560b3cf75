/// Failures of the imaging and OCR libraries, phrased for the person who gave Sluss the file.
public enum ImagingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be decoded as the image format its content claims.
    case unreadableImage(path: String, reason: String)
    /// The image declares dimensions beyond what Sluss will decode (a decompression bomb or a broken header).
    case imageTooLarge(path: String, width: Int, height: Int, limit: Int)
    /// A PDF page far larger than any paper that is scanned for a case file.
    case pageTooLarge(path: String, page: Int, widthMillimetres: Int, heightMillimetres: Int)
    /// A PDF that Poppler cannot open.
    case unreadablePDF(path: String, reason: String)
    /// A PDF protected by a password.
    case encryptedPDF(path: String)
    /// A page that exists in the file but could not be rendered or decoded.
    case unreadablePage(path: String, page: Int, reason: String)
    /// Tesseract could not load its language models.
    case ocrModelsMissing(languages: String, datapath: String)
    /// A library call returned nothing where it should have.
    case operationFailed(String)

    public var description: String {
        switch self {
        case let .unreadableImage(path, reason):
            "\(path): cannot read the image (\(reason)); check that the file is complete and rescan it if needed"
        case let .imageTooLarge(path, width, height, limit):
            "\(path): image claims \(width)×\(height) pixels, over the limit of \(limit) megapixels; rescan at 300 DPI"
        case let .pageTooLarge(path, page, width, height):
            "\(path): page \(page) is \(width) × \(height) mm, far larger than any paper Sluss reads (A0 is 841 × 1189 mm); export or scan the document at its paper size"
        case let .unreadablePDF(path, reason):
            "\(path): cannot open the PDF (\(reason)); the file may be truncated or damaged"
        case let .encryptedPDF(path):
            "\(path): the PDF is password-protected; ask the sender for an unprotected copy or remove the password"
        case let .unreadablePage(path, page, reason):
            "\(path): page \(page) cannot be read (\(reason))"
        case let .ocrModelsMissing(languages, datapath):
            "Tesseract cannot load the models '\(languages)' from \(datapath); install them, e.g. apt-get install tesseract-ocr-swe tesseract-ocr-osd tesseract-ocr-script-latn (the Latin model reads '%' and '§'; a pipeline can do without it: ocr.symbol_model: none)"
        case let .operationFailed(what):
            "image operation failed: \(what)"
        }
    }
}
