import CLeptonica
import CZBar

/// Reads the QR codes and 1-D barcodes on a page image with zbar. Codes are found whichever way up
/// the page was scanned.
public struct BarcodeReader: Sendable {
    public struct Symbol: Sendable, Equatable {
        /// zbar's name of the code type, e.g. "QR-Code", "CODE-128".
        public var type: String
        public var text: String
    }

    public init() {}

    /// `blackAndWhiteOnly` skips the first look at the grey image: faster, for checking every page.
    public func symbols(in page: Pix, blackAndWhiteOnly: Bool = false) throws(ImagingError) -> [Symbol] {
        let grey = try page.grey8()
        if !blackAndWhiteOnly {
            let found = try scan(grey.greyBytes(), width: grey.width, height: grey.height)
            if !found.isEmpty { return found }
        }
        // zbar follows edges along scan lines; scanner grain makes edges of its own. Reduced to
        // black and white at mid-grey, the grain is gone and the modules remain.
        let blackAndWhite = grey.greyBytes().map { $0 < 128 ? UInt8(0) : 255 }
        return try scan(blackAndWhite, width: grey.width, height: grey.height)
    }

    private func scan(_ bytes: [UInt8], width: Int, height: Int) throws(ImagingError) -> [Symbol] {
        guard let scanner = zbar_image_scanner_create() else { throw .operationFailed("creating a barcode scanner") }
        defer { zbar_image_scanner_destroy(scanner) }
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1)
        guard let image = zbar_image_create() else { throw .operationFailed("creating a barcode image") }
        defer { zbar_image_destroy(image) }
        // "Y800": one grey byte per pixel. zbar_fourcc is a C macro Swift does not import.
        let y800 = UInt(UInt8(ascii: "Y")) | UInt(UInt8(ascii: "8")) << 8 | UInt(UInt8(ascii: "0")) << 16 | UInt(UInt8(ascii: "0")) << 24
        zbar_image_set_format(image, y800)
        zbar_image_set_size(image, UInt32(width), UInt32(height))
        return bytes.withUnsafeBufferPointer { buffer in
            // No cleanup handler: the bytes belong to this scope, which outlives the scan.
            zbar_image_set_data(image, buffer.baseAddress, UInt(buffer.count), nil)
            guard zbar_scan_image(scanner, image) > 0 else { return [] }
            var found: [Symbol] = []
            var symbol = zbar_image_first_symbol(image)
            while let current = symbol {
                let type = String(cString: zbar_get_symbol_name(zbar_symbol_get_type(current)))
                if let data = zbar_symbol_get_data(current) {
                    found.append(Symbol(type: type, text: String(cString: data)))
                }
                symbol = zbar_symbol_next(current)
            }
            zbar_image_set_data(image, nil, 0, nil)
            return found
        }
    }
}

extension Pix {
    /// The pixels of an 8-bit image, one byte each, row by row without padding.
    func greyBytes() -> [UInt8] {
        precondition(depth == 8, "greyBytes needs an 8-bit image")
        let width = self.width, height = self.height
        let wordsPerLine = Int(pixGetWpl(pointer))
        let pixels = UnsafeRawPointer(pixGetData(pointer)!).assumingMemoryBound(to: UInt8.self)
        var bytes = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = pixels + y * wordsPerLine * 4
            // Leptonica packs 8-bit pixels big-endian inside 32-bit words.
            for x in 0..<width { bytes[y * width + x] = row[x ^ 3] }
        }
        return bytes
    }
}
