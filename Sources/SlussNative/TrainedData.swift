import Foundation

/// A Tesseract `.traineddata` file: a table of component offsets and the components one after
/// another. Sluss reads one to load a model without the parts it does not need.
enum TrainedData {
    /// Components by their place in Tesseract's table (tessdatamanager.h).
    private static let dictionaryComponents: Set<Int> = [
        6, 7, 8, 9, 10, 12, 14, 15,  // the legacy engine's word lists (punctuation, system, number, frequent, ...)
        18, 19, 20,                  // the LSTM engine's punctuation, system and number word lists
    ]

    /// The model file at `path` without its word lists, read without ever holding the lists in
    /// memory: a model that only reads single signs needs none, and the Latin-script model's list
    /// of words is 89 MB on disk and about 240 MB loaded.
    static func withoutDictionaries(atPath path: String) -> Data? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let size = try? file.seekToEnd() else { return nil }
        return withoutDictionaries(size: Int(size)) { offset, length in
            guard (try? file.seek(toOffset: UInt64(offset))) != nil, let data = try? file.read(upToCount: length), data.count == length else { return nil }
            return [UInt8](data)
        }
    }

    /// The same for a model already in memory.
    static func withoutDictionaries(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        return withoutDictionaries(size: bytes.count) { offset, length in
            offset + length <= bytes.count ? Array(bytes[offset..<(offset + length)]) : nil
        }
    }

    /// `read(offset, length)` gives that many bytes of the file, or nil.
    private static func withoutDictionaries(size: Int, read: (Int, Int) -> [UInt8]?) -> Data? {
        guard size >= 4, let head = read(0, 4) else { return nil }
        let count = Int(Int32(littleEndian: head.withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }))
        guard (1...64).contains(count), let table = read(4, 8 * count) else { return nil }
        let tableEnd = 4 + 8 * count
        let offsets = (0..<count).map { index in
            Int(Int64(littleEndian: table.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8 * index, as: Int64.self) }))
        }
        // A component runs from its offset to the next present component's offset (or the end).
        let present = offsets.enumerated().filter { $0.element > 0 }.sorted { $0.element < $1.element }
        guard let first = present.first, first.element >= tableEnd, present.last!.element <= size else { return nil }
        var newOffsets = Array(repeating: Int64(-1), count: count)
        var body: [UInt8] = []
        // Tesseract takes a component's size from the next present one in table order.
        for index in 0..<count where offsets[index] > 0 && !dictionaryComponents.contains(index) {
            let rank = present.firstIndex { $0.offset == index }!
            let end = rank + 1 < present.count ? present[rank + 1].element : size
            guard let component = read(offsets[index], end - offsets[index]) else { return nil }
            newOffsets[index] = Int64(tableEnd + body.count)
            body += component
        }
        var result = Data()
        withUnsafeBytes(of: Int32(count).littleEndian) { result.append(contentsOf: $0) }
        for offset in newOffsets { withUnsafeBytes(of: offset.littleEndian) { result.append(contentsOf: $0) } }
        result.append(contentsOf: body)
        return result
    }
}
