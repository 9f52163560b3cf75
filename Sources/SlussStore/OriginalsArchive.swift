import Foundation
import SlussNative

/// An original file as kept in the store: unchanged bytes, named by their SHA-256.
public struct StoredOriginal: Sendable, Equatable {
    public var sha256: String
    public var byteSize: Int64
    /// Absolute path of the copy inside the store.
    public var path: String
    /// Path relative to the store folder, as recorded in provenance.
    public var relativePath: String
    /// The first bytes of the file, for format detection.
    public var header: [UInt8]
}

/// The content-addressed folder of originals (`originals/ab/abcdef…`). A copy is written to a
/// temporary file, hashed while it is written, flushed to disk and only then renamed into place,
/// so an original in the archive is always complete.
public struct OriginalsArchive: Sendable {
    public let root: String
    private let temporaryFolder: String

    init(storeRoot: String) {
        root = (storeRoot as NSString).appendingPathComponent("originals")
        temporaryFolder = (storeRoot as NSString).appendingPathComponent("tmp")
    }

    func prepareFolders() throws(StoreError) {
        for folder in [root, temporaryFolder] {
            try StoreFiles.createPrivateFolder(folder)
        }
        removeAbandonedCopies()
    }

    /// Removes partial copies left by a run that was killed while copying. A copy in progress is
    /// locked by the process writing it, so one that can be locked has no writer any more.
    func removeAbandonedCopies() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder) else { return }
        for name in names where name.hasPrefix(Self.temporaryPrefix) {
            let path = (temporaryFolder as NSString).appendingPathComponent(name)
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(descriptor)
        }
    }

    static let temporaryPrefix = "incoming-"

    /// Copies the file at `source` into the archive; identical bytes already there are kept as they are.
    public func store(fileAt source: String) throws(StoreError) -> StoredOriginal {
        // Non-blocking, so a FIFO named by mistake is refused below instead of hanging the batch.
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { throw .originalUnreadable(path: source, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0 else { throw .originalUnreadable(path: source, reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .originalUnreadable(path: source, reason: "not a regular file") }
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) & ~O_NONBLOCK)

        let temporary = (temporaryFolder as NSString).appendingPathComponent(Self.temporaryPrefix + UUID().uuidString)
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .originalNotStored(path: source, reason: String(cString: strerror(errno)) + StoreFiles.lowSpaceNote(root)) }
        // Held until the copy is renamed into place or removed: tells other runs it is not abandoned.
        flock(output, LOCK_EX)
        var keepTemporary = false
        defer { if !keepTemporary { unlink(temporary) } }

        let digest = SHA256Digest()
        var header: [UInt8] = []
        var total: Int64 = 0
        let chunkSize = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        do {
            defer { close(output) }
            while true {
                let count = read(input, buffer, chunkSize)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.originalUnreadable(path: source, reason: String(cString: strerror(errno)))
                }
                if count == 0 { break }
                let chunk = UnsafeRawBufferPointer(start: buffer, count: count)
                digest.update(chunk)
                if header.count < 1024 { header.append(contentsOf: chunk.prefix(1024 - header.count)) }
                try writeAll(chunk, to: output, source: source)
                total += Int64(count)
            }
            guard fsync(output) == 0 else { throw StoreError.originalNotStored(path: source, reason: String(cString: strerror(errno))) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .originalNotStored(path: source, reason: "\(error)")
        }

        let sha256 = digest.finalize()
        let prefix = String(sha256.prefix(2))
        let folder = (root as NSString).appendingPathComponent(prefix)
        do {
            try StoreFiles.createPrivateFolder(folder)
        } catch {
            throw .originalNotStored(path: source, reason: error.description)
        }
        let relative = "originals/\(prefix)/\(sha256)"
        let final = (folder as NSString).appendingPathComponent(sha256)
        if access(final, F_OK) != 0 {
            guard rename(temporary, final) == 0 else { throw .originalNotStored(path: source, reason: String(cString: strerror(errno))) }
            keepTemporary = true
            StoreFiles.syncFolder(folder)
        }
        return StoredOriginal(sha256: sha256, byteSize: total, path: final, relativePath: relative, header: header)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, source: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .originalNotStored(path: source, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// File-system helpers that keep the store private to its owner.
enum StoreFiles {
    /// Creates `path` (and parents) readable by its owner only; tightens an existing folder.
    static func createPrivateFolder(_ path: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreate(path: path, reason: (error as NSError).localizedDescription)
        }
        guard chmod(path, 0o700) == 0 else {
            throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// "; the store's disk is full …" when the file system holding `path` has less than a
    /// megabyte free, else "": SQLite reports a full disk as a mere I/O error at times.
    static func lowSpaceNote(_ path: String) -> String {
        var status = statvfs()
        guard statvfs(path, &status) == 0 else { return "" }
        let free = UInt64(status.f_bavail) * UInt64(status.f_frsize)
        guard free < 1 << 20 else { return "" }
        return "; the store's disk is full (\(free / 1024) KB free): free space on it, then run again"
    }

    /// Flushes a folder's entries so a rename survives a power cut.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
