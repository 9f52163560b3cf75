import CLeptonica

/// A page image: owns one Leptonica `PIX` and frees it when released.
///
/// No operation changes pixels in place: each returns a new image, or the receiver itself when
/// there is nothing to do. A `Pix` is handed from the thread that decoded it to the one thread that
/// recognises it and is never used by two threads at once (Leptonica's reference counts are not
/// atomic); that hand-over is what `Sendable` stands for here.
public final class Pix: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of `pointer`; returns nil when Leptonica handed back NULL.
    init?(owning pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    deinit {
        var pix: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&pix)
    }

    public var width: Int { Int(pixGetWidth(pointer)) }
    public var height: Int { Int(pixGetHeight(pointer)) }
    /// Bits per pixel: 1, 2, 4, 8, 16 or 32.
    public var depth: Int { Int(pixGetDepth(pointer)) }
    /// Horizontal resolution the image carries, 0 when it carries none.
    public var resolution: Int { Int(pixGetXRes(pointer)) }

    /// An 8-bit grey version (colour maps removed, colour turned to luminance).
    public func grey8() throws(ImagingError) -> Pix {
        if depth == 8 && pixGetColormap(pointer) == nil { return self }
        let converted: UnsafeMutablePointer<PIX>?
        if depth == 32 {
            converted = pixConvertRGBToLuminance(pointer)
        } else {
            converted = pixConvertTo8(pointer, 0)
        }
        guard let result = Pix(owning: converted) else {
            throw .operationFailed("conversion of a \(depth)-bit image to grey")
        }
        pixSetResolution(result.pointer, pixGetXRes(pointer), pixGetYRes(pointer))
        return result
    }

    /// The image turned clockwise by `degrees` (a multiple of 90).
    public func rotated(clockwiseDegrees degrees: Int) throws(ImagingError) -> Pix {
        let quadrants = ((degrees / 90) % 4 + 4) % 4
        if quadrants == 0 { return self }
        guard let result = Pix(owning: pixRotateOrth(pointer, Int32(quadrants))) else {
            throw .operationFailed("rotation by \(degrees)°")
        }
        return result
    }

    /// The image at half size in each direction, averaging 2×2 blocks (cheap and keeps text legible).
    public func halved() throws(ImagingError) -> Pix {
        guard let result = Pix(owning: pixScaleAreaMap2(pointer)) else {
            throw .operationFailed("downscaling")
        }
        return result
    }

    /// The image scaled down by `factor` (0 < factor < 1), each new pixel the average of the source
    /// pixels it covers: no aliasing of thin strokes, unlike plain subsampling.
    public func downscaled(by factor: Double) throws(ImagingError) -> Pix {
        precondition(factor > 0 && factor < 1, "downscaled(by:) takes a factor between 0 and 1")
        guard let result = Pix(owning: pixScaleAreaMap(pointer, Float(factor), Float(factor))) else {
            throw .operationFailed("downscaling by \(factor)")
        }
        return result
    }

    /// The image with its skew removed, and the angle (degrees) that was removed: 0 when Leptonica
    /// found no skew it trusted (under 0.1°, or too little text), and the image is returned as it was.
    public func deskewed() -> (image: Pix, angle: Double) {
        var angle: Float = 0
        var confidence: Float = 0
        guard let raw = pixFindSkewAndDeskew(pointer, 0, &angle, &confidence) else { return (self, 0) }
        if raw == pointer {
            // Leptonica handed back a clone (the same image, its count raised): nothing was rotated.
            var clone: UnsafeMutablePointer<PIX>? = raw
            pixDestroy(&clone)
            return (self, 0)
        }
        return (Pix(owning: raw)!, Double(angle))
    }

    /// Builds an 8-bit grey image from one byte per pixel, row by row.
    static func fromGreyBytes(_ bytes: [UInt8], width: Int, height: Int, dpi: Int) throws(ImagingError) -> Pix {
        precondition(bytes.count == width * height, "fromGreyBytes needs width × height bytes")
        return try grey8(width: width, height: height, dpi: dpi) { y, row in
            bytes.withUnsafeBufferPointer { source in
                // Leptonica packs 8-bit pixels big-endian inside 32-bit words.
                for x in 0..<width { row[x ^ 3] = source[y * width + x] }
            }
        }
    }

    /// Builds an 8-bit grey image from rows of packed 32-bit xRGB pixels (cairo's RGB24 layout).
    static func fromXRGB32(
        _ data: UnsafePointer<UInt8>, width: Int, height: Int, bytesPerRow: Int, dpi: Int
    ) throws(ImagingError) -> Pix {
        try grey8(width: width, height: height, dpi: dpi) { y, row in
            let sourceRow = data + y * bytesPerRow
            for x in 0..<width {
                let pixel = sourceRow + x * 4
                // Cairo stores native-endian 0xXXRRGGBB words; on little-endian: B, G, R, X.
                let blue = UInt32(pixel[0]), green = UInt32(pixel[1]), red = UInt32(pixel[2])
                let luminance = (red * 77 + green * 150 + blue * 29) >> 8
                // Leptonica packs 8-bit pixels big-endian inside 32-bit words.
                row[x ^ 3] = UInt8(luminance)
            }
        }
    }

    /// A new 8-bit grey image whose rows `fillRow(y, row)` writes, one after the other.
    private static func grey8(
        width: Int, height: Int, dpi: Int, fillRow: (Int, UnsafeMutablePointer<UInt8>) -> Void
    ) throws(ImagingError) -> Pix {
        guard let pix = Pix(owning: pixCreate(Int32(width), Int32(height), 8)) else {
            throw .operationFailed("allocating a \(width)×\(height) image")
        }
        pixSetResolution(pix.pointer, Int32(dpi), Int32(dpi))
        let wordsPerLine = Int(pixGetWpl(pix.pointer))
        let pixels = UnsafeMutableRawPointer(pixGetData(pix.pointer)!).assumingMemoryBound(to: UInt8.self)
        for y in 0..<height { fillRow(y, pixels + y * wordsPerLine * 4) }
        return pix
    }
}

extension Pix {
    /// Writes the image as a page of a TIFF file (deflate-compressed): the first page creates the
    /// file, later ones are appended, making a multi-page TIFF as a scanner would.
    public func writeTIFFPage(to path: String, append: Bool) throws(ImagingError) {
        guard pixWriteTiff(path, pointer, Int32(IFF_TIFF_ZIP), append ? "a" : "w") == 0 else {
            throw .operationFailed("writing a TIFF page to \(path)")
        }
    }
}
