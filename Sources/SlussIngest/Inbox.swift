import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder a scanner or a person drops files into, swept by `sluss watch`. A file is taken only
/// when it is complete; once it is safely in the store it moves to `.done/`, and a file that
/// failed moves to `.failed/` with a note beside it saying why. Nothing leaves the inbox before
/// the store has it or has refused it.
public struct Inbox: Sendable {
    public static let doneFolder = ".done"
    public static let failedFolder = ".failed"
    public static let lockFile = ".sluss-watch.lock"

    public let path: String
    /// A file must have been left unchanged this long before it is taken.
    public let settleSeconds: Double
    /// Remove stored files instead of keeping them in `.done/`.
    public let removeStored: Bool

    public init(path: String, settleSeconds: Double, removeStored: Bool) {
        self.path = URL(fileURLWithPath: path).standardizedFileURL.path
        self.settleSeconds = settleSeconds
        self.removeStored = removeStored
    }

    /// What a sweep found.
    public struct Sweep: Sendable, Equatable {
        /// Complete files to ingest, in name order.
        public var ready: [String] = []
        /// Files still being written (changed within the settle time, or open in a process).
        public var waiting: [String] = []
        /// Entries that are not files Sluss can take, with why (a symbolic link, say).
        public var refused: [Refusal] = []
        /// Files whose names are not UTF-8 (written by an old scanner or another system's
        /// encoding): they cannot be named in the store, so they go to `.failed/` as they are.
        public var undecodable: [UndecodableName] = []
    }

    /// A file name as raw bytes, in its folder.
    public struct UndecodableName: Sendable, Equatable {
        public var folder: String
        public var bytes: [UInt8]

        /// The name with each byte that is not UTF-8 shown as "?", for messages.
        public var readable: String { String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "?") }
    }

    public struct Refusal: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Names of files still being written by scanners and copy tools.
    static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
            || [".part", ".tmp", ".crdownload", ".partial", ".filepart"].contains { name.lowercased().hasSuffix($0) }
    }

    /// The files of the inbox and its sub-folders (hidden ones, `.done` and `.failed` included,
    /// skipped), sorted into ready, waiting and refused.
    public func sweep(now: Date = Date(), openFiles: Set<String> = OpenFiles.current()) throws(InboxError) -> Sweep {
        var sweep = Sweep()
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAFolder(path)
        }
        var pending = [path]
        while let folder = pending.popLast() {
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                throw .unreadable(folder, (error as NSError).localizedDescription)
            }
            sweep.undecodable += Self.undecodableNames(in: folder)
            for name in names where !Self.isTemporaryName(name) {
                let entry = (folder as NSString).appendingPathComponent(name)
                guard let attributes = try? manager.attributesOfItem(atPath: entry) else { continue }
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    pending.append(entry)
                case .typeSymbolicLink?:
                    sweep.refused.append(Refusal(path: entry, reason: "a symbolic link; Sluss takes only files placed in the inbox itself, so copy the file there instead"))
                case .typeRegular?:
                    let modified = attributes[.modificationDate] as? Date ?? now
                    if now.timeIntervalSince(modified) < settleSeconds || openFiles.contains(entry) {
                        sweep.waiting.append(entry)
                    } else {
                        sweep.ready.append(entry)
                    }
                default:
                    sweep.refused.append(Refusal(path: entry, reason: "not a regular file"))
                }
            }
        }
        sweep.ready.sort()
        sweep.waiting.sort()
        return sweep
    }

    /// Names in `folder` that are not UTF-8, read with readdir: FileManager lists them only with
    /// their bytes replaced, a name under which the file cannot be opened or moved.
    static func undecodableNames(in folder: String) -> [UndecodableName] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var result: [UndecodableName] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard String(validating: bytes, as: UTF8.self) == nil, bytes.first != UInt8(ascii: ".") else { continue }
            result.append(UndecodableName(folder: folder, bytes: bytes))
        }
        return result
    }

    /// Moves a file whose name is not UTF-8 into `.failed/` under its own name, with a note.
    public func markFailed(_ name: UndecodableName) throws(InboxError) {
        let failed = (path as NSString).appendingPathComponent(Self.failedFolder)
        do {
            try FileManager.default.createDirectory(atPath: failed, withIntermediateDirectories: true)
        } catch {
            throw .cannotMove(failed, (error as NSError).localizedDescription)
        }
        let source = Array((name.folder + "/").utf8) + name.bytes + [0]
        let target = Array((failed + "/").utf8) + name.bytes + [0]
        let renamed = source.withUnsafeBufferPointer { from in
            target.withUnsafeBufferPointer { to in
                rename(UnsafeRawPointer(from.baseAddress!).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(to.baseAddress!).assumingMemoryBound(to: CChar.self))
            }
        }
        guard renamed == 0 else { throw .cannotMove(name.folder + "/" + name.readable, String(cString: strerror(errno))) }
        Self.flush(folder: failed)
        try writeNote(for: (failed as NSString).appendingPathComponent(name.readable), name: name.readable,
                      reason: "its name is not UTF-8 text, so it cannot be recorded; rename it (for example with letters a-z, digits and å, ä, ö only)")
    }

    /// A file now safely in the store: into `.done/` (same sub-folder), or removed if so set.
    public func markStored(_ file: String) throws(InboxError) {
        try requirePresent(file)
        if removeStored {
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw .cannotMove(file, (error as NSError).localizedDescription)
            }
            return
        }
        _ = try move(file, into: Self.doneFolder)
    }

    /// A file that could not be stored: into `.failed/`, with `NAME.error.txt` beside it.
    public func markFailed(_ file: String, reason: String) throws(InboxError) {
        try requirePresent(file)
        let moved = try move(file, into: Self.failedFolder)
        try writeNote(for: moved, name: (file as NSString).lastPathComponent, reason: reason)
    }

    /// A file that someone took out of the inbox before it was stored: the note in `.failed/` is
    /// all that is left to say it came and was not stored.
    public func noteVanished(_ file: String, reason: String) throws(InboxError) {
        let target = ((path as NSString).appendingPathComponent(Self.failedFolder) as NSString).appendingPathComponent(relativePath(of: file))
        do {
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw .cannotMove(target, (error as NSError).localizedDescription)
        }
        try writeNote(for: target, name: (file as NSString).lastPathComponent,
                      reason: "It disappeared from the inbox while Sluss was taking it (\(reason)), so it is NOT in the store and is not kept here either.")
    }

    /// The notes in `.failed/` (one per file that failed and still waits for a person), oldest first.
    public func failuresWaiting() -> [String] {
        let failed = (path as NSString).appendingPathComponent(Self.failedFolder)
        guard let enumerator = FileManager.default.enumerator(atPath: failed) else { return [] }
        var notes: [(String, Date)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".error.txt") else { continue }
            let note = (failed as NSString).appendingPathComponent(relative)
            let modified = (try? FileManager.default.attributesOfItem(atPath: note))?[.modificationDate] as? Date ?? .distantPast
            notes.append((note, modified))
        }
        return notes.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Throws `.vanished` when `file` is no longer there (someone moved or deleted it).
    private func requirePresent(_ file: String) throws(InboxError) {
        var status = stat()
        if lstat(file, &status) != 0 && errno == ENOENT { throw .vanished(file) }
    }

    private func relativePath(of file: String) -> String {
        file.hasPrefix(path + "/") ? String(file.dropFirst(path.count + 1)) : (file as NSString).lastPathComponent
    }

    private func writeNote(for moved: String, name: String, reason: String) throws(InboxError) {
        let note = """
            \(name) could not be stored by Sluss (\(ISO8601DateFormatter().string(from: Date()))).

            \(reason)

            The file is kept here unchanged. Fix what is said above, or scan the paper again, and put
            the file back into the inbox (\(path)); remove it and this note once it is dealt with.

            """
        do {
            try Data(note.utf8).write(to: URL(fileURLWithPath: moved + ".error.txt"), options: .atomic)
        } catch {
            throw .cannotMove(moved + ".error.txt", (error as NSError).localizedDescription)
        }
    }

    /// Renames `file` into `folder` of the inbox, keeping its sub-folder, under a new name if one
    /// by that name is already there; the folder is flushed so the move survives a power cut.
    private func move(_ file: String, into folder: String) throws(InboxError) -> String {
        var target = ((path as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(relativePath(of: file))
        let targetFolder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: targetFolder, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: target) {
                let stamp = Int(Date().timeIntervalSince1970)
                let base = (target as NSString).deletingPathExtension, suffix = (target as NSString).pathExtension
                target = "\(base)-\(stamp)" + (suffix.isEmpty ? "" : ".\(suffix)")
            }
            try FileManager.default.moveItem(atPath: file, toPath: target)
        } catch {
            throw .cannotMove(file, (error as NSError).localizedDescription)
        }
        Self.flush(folder: targetFolder)
        Self.flush(folder: (file as NSString).deletingLastPathComponent)
        return target
    }

    private static func flush(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// What can go wrong with the inbox itself.
public enum InboxError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAFolder(String)
    case unreadable(String, String)
    case cannotMove(String, String)
    case lockUnavailable(String, String)
    /// The file is no longer in the inbox.
    case vanished(String)

    public var description: String {
        switch self {
        case let .notAFolder(path): "\(path): not a folder; name the inbox folder scanners write into"
        case let .unreadable(path, reason): "\(path): cannot list the folder (\(reason)); check its permissions"
        case let .cannotMove(path, reason): "\(path): cannot move it out of the inbox (\(reason)); check the inbox's permissions and free space"
        case let .lockUnavailable(path, reason): "\(path): cannot create the lock file (\(reason)); check the inbox's permissions"
        case let .vanished(path): "\(path): the file is no longer in the inbox"
        }
    }
}

/// Files open in any process on this machine (from /proc), so that a file a scanner is still
/// writing is not taken even when its size has not changed for a while.
public enum OpenFiles {
    public static func current() -> Set<String> {
        var open = Set<String>()
        guard let processes = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return open }
        for process in processes where process.allSatisfy(\.isNumber) {
            let folder = "/proc/\(process)/fd"
            guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for descriptor in descriptors {
                if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\(descriptor)"), target.hasPrefix("/") {
                    open.insert(target)
                }
            }
        }
        return open
    }
}

/// An exclusive lock on an inbox, held while a run works on it, so that overlapping cron runs
/// never take the same file twice. Released when the value goes away, also if the process dies.
public final class InboxLock: @unchecked Sendable {
    private let descriptor: Int32

    /// nil when another process holds the lock.
    public init?(inbox: Inbox) throws(InboxError) {
        let path = (inbox.path as NSString).appendingPathComponent(Inbox.lockFile)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .lockUnavailable(path, String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether a run is working on the inbox now (its lock is held).
    public static func isHeld(inbox: Inbox) -> Bool {
        let path = (inbox.path as NSString).appendingPathComponent(Inbox.lockFile)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }
}
