import Foundation

/// Hostile and broken image files, built byte for byte: what a decompression bomb or a cut-off
/// transfer looks like to a reader.
public enum BadFiles {
    /// A well-formed PNG signature, header chunk and end chunk claiming the given size, with no
    /// pixel data.
    public static func pngClaiming(width: UInt32, height: UInt32) -> Data {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + body
            return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
        }
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        data.append(contentsOf: chunk("IHDR", bigEndian(width) + bigEndian(height) + [8, 0, 0, 0, 0]))
        data.append(contentsOf: chunk("IEND", []))
        return data
    }

    /// A little-endian TIFF of uncompressed 8-bit grey pages; each page is `(width, height)` as
    /// its header claims, with at most 256 bytes of white pixel data behind it, so a page can
    /// claim a size its data does not have.
    public static func tiff(pages: [(width: UInt32, height: UInt32)]) -> Data {
        var data: [UInt8] = [0x49, 0x49, 42, 0] + littleEndian(8)
        for (index, page) in pages.enumerated() {
            let entryCount = 9
            let directorySize = 2 + entryCount * 12 + 4
            let pixelBytes = UInt32(min(UInt64(page.width) * UInt64(page.height), 256))
            let pixelOffset = UInt32(data.count + directorySize)
            let next = index == pages.count - 1 ? 0 : pixelOffset + pixelBytes
            func entry(_ tag: UInt16, _ type: UInt16, _ value: UInt32) -> [UInt8] {
                littleEndian16(tag) + littleEndian16(type) + littleEndian(1) + littleEndian(value)
            }
            data += littleEndian16(UInt16(entryCount))
            data += entry(256, 4, page.width)           // ImageWidth
            data += entry(257, 4, page.height)          // ImageLength
            data += entry(258, 3, 8)                    // BitsPerSample
            data += entry(259, 3, 1)                    // Compression: none
            data += entry(262, 3, 1)                    // Photometric: black is zero
            data += entry(273, 4, pixelOffset)          // StripOffsets
            data += entry(277, 3, 1)                    // SamplesPerPixel
            data += entry(278, 4, page.height)          // RowsPerStrip
            data += entry(279, 4, pixelBytes)           // StripByteCounts
            data += littleEndian(next)
            data += [UInt8](repeating: 0xFF, count: Int(pixelBytes))
        }
        return Data(data)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    private static func littleEndian16(_ value: UInt16) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
