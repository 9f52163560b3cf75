import CQREncode

/// A QR code as a square of modules, made by libqrencode.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let size: Int
    /// Row by row, true for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (UTF-8) with error correction level M: about 15% of the code can be dirty,
    /// creased or stamped over and it still reads.
    public init(encoding text: String) throws(ImagingError) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw .operationFailed("encoding \(text.utf8.count) bytes as a QR code")
        }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        self.size = size
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        modules = (0..<(size * size)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }
}
