import CPoppler
import Foundation

/// Streaming SHA-256 through GLib's `GChecksum` (GLib is already linked for Poppler).
public final class SHA256Digest {
    private let checksum: OpaquePointer

    public init() {
        checksum = g_checksum_new(G_CHECKSUM_SHA256)
    }

    deinit {
        g_checksum_free(checksum)
    }

    public func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        g_checksum_update(checksum, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    /// The lowercase hex digest. The digest is closed afterwards: further updates are ignored by GLib.
    public func finalize() -> String {
        String(cString: g_checksum_get_string(checksum))
    }

    /// The digest of bytes already in memory.
    public static func of(_ data: Data) -> String {
        let digest = SHA256Digest()
        data.withUnsafeBytes { digest.update($0) }
        return digest.finalize()
    }

    /// The digest of a whole file, read in chunks.
    public static func ofFile(at path: String) throws -> String {
        guard let stream = fopen(path, "rb") else {
            throw POSIXFileError(path: path, operation: "open", code: errno)
        }
        defer { fclose(stream) }
        let digest = SHA256Digest()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, stream) }
            if count > 0 {
                buffer.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            }
            if count < buffer.count {
                if ferror(stream) != 0 { throw POSIXFileError(path: path, operation: "read", code: errno) }
                break
            }
        }
        return digest.finalize()
    }
}

/// A failed file operation with the file and the system's reason.
public struct POSIXFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let operation: String
    public let code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "\(path): cannot \(operation) (\(String(cString: strerror(code))))"
    }
}
