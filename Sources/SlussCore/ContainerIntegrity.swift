import Foundation

/// Checks that a PDF or TIFF file is complete before its pages are read.
///
/// Readers are forgiving: Poppler rebuilds a PDF cut short and libtiff stops at a page directory
/// that points past the end of the file. Either way pages would silently go missing from a record
/// that must be complete, so an incomplete file fails instead, and a person rescans or asks again.
public enum ContainerIntegrity {
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case truncatedPDF
        case truncatedTIFF(page: Int)
        case malformedTIFF(String)

        public var description: String {
            switch self {
            case .truncatedPDF:
                "the PDF has no end marker (%%EOF): the file is cut short (an interrupted transfer or scan); send or scan it again"
            case let .truncatedTIFF(page):
                "the TIFF is cut short at page \(page) (an interrupted transfer or scan); send or scan it again"
            case let .malformedTIFF(reason):
                "the TIFF structure is damaged (\(reason))"
            }
        }
    }

    public static func check(path: String, format: SourceFormat) throws {
        switch format {
        case .pdf: try checkPDF(path: path)
        case .tiff: try checkTIFF(path: path)
        case .png, .jpeg: return  // Their decoders already fail on missing data.
        }
    }

    /// A complete PDF ends with "%%EOF", possibly followed by a little whitespace or padding.
    static func checkPDF(path: String) throws {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size > 2048 ? size - 2048 : 0)
        let tail = try handle.readToEnd() ?? Data()
        if tail.range(of: Data("%%EOF".utf8)) == nil { throw Problem.truncatedPDF }
    }

    /// Follows the chain of image directories and checks that each page's image data lies within
    /// the file.
    static func checkTIFF(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        guard data.count >= 8 else { throw Problem.malformedTIFF("shorter than its header") }
        let littleEndian = data[0] == 0x49
        func integer(at offset: Int, size: Int) throws -> Int {
            guard offset >= 0, offset + size <= data.count else { throw Problem.malformedTIFF("offset \(offset) outside the file") }
            var value = 0
            for index in 0..<size {
                let byte = Int(data[data.startIndex + offset + (littleEndian ? size - 1 - index : index)])
                value = value << 8 | byte
            }
            return value
        }
        var directory = try integer(at: 4, size: 4)
        var page = 1
        var visited = Set<Int>()
        while directory != 0 {
            guard visited.insert(directory).inserted else { throw Problem.malformedTIFF("its page directories loop") }
            guard directory + 2 <= data.count else { throw Problem.truncatedTIFF(page: page) }
            let entries = try integer(at: directory, size: 2)
            guard directory + 2 + entries * 12 + 4 <= data.count else { throw Problem.truncatedTIFF(page: page) }
            var offsets: [Int] = [], counts: [Int] = []
            for entry in 0..<entries {
                let base = directory + 2 + entry * 12
                let tag = try integer(at: base, size: 2)
                // StripOffsets/StripByteCounts, TileOffsets/TileByteCounts.
                guard [273, 279, 324, 325].contains(tag) else { continue }
                let type = try integer(at: base + 2, size: 2)
                let count = try integer(at: base + 4, size: 4)
                let width = type == 3 ? 2 : 4
                let valuesAt = count * width <= 4 ? base + 8 : try integer(at: base + 8, size: 4)
                let values = try (0..<count).map { try integer(at: valuesAt + $0 * width, size: width) }
                if tag == 273 || tag == 324 { offsets = values } else { counts = values }
            }
            for (offset, count) in zip(offsets, counts) where offset + count > data.count {
                throw Problem.truncatedTIFF(page: page)
            }
            directory = try integer(at: directory + 2 + entries * 12, size: 4)
            if directory >= data.count { throw Problem.truncatedTIFF(page: page + 1) }
            page += 1
        }
    }
}
