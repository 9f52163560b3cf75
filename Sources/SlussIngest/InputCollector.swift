import Foundation

/// The files named on the command line, with folders expanded.
public struct CollectedInputs: Sendable, Equatable {
    /// Absolute paths, in the order given; files inside a folder sorted by path.
    public var files: [String]
    /// Paths that do not exist or cannot be read, with the reason.
    public var unreadable: [(path: String, reason: String)]
    /// Hidden entries (names starting with ".") skipped inside folders: scanner temporary files,
    /// `.DS_Store` and the like.
    public var skippedHidden: Int

    public static func == (lhs: CollectedInputs, rhs: CollectedInputs) -> Bool {
        lhs.files == rhs.files && lhs.skippedHidden == rhs.skippedHidden
            && lhs.unreadable.map(\.path) == rhs.unreadable.map(\.path)
    }
}

/// Expands the paths given to `ingest`: files are taken as they are (hidden or not: the user named
/// them), folders are walked recursively skipping hidden entries, and symbolic links to folders are
/// not followed inside folders (they could loop or lead out of the inbox).
public enum InputCollector {
    /// `excluding` names folders never to descend into (the store itself, when it lies inside an
    /// inbox that is ingested).
    public static func collect(_ paths: [String], excluding excluded: [String] = []) -> CollectedInputs {
        var result = CollectedInputs(files: [], unreadable: [], skippedHidden: 0)
        var seen = Set<String>(excluded.map(absolute))
        for given in paths {
            let path = absolute(given)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                result.unreadable.append((given, "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                if seen.contains(path) { continue }
                walk(path, into: &result, seen: &seen)
            } else if seen.insert(path).inserted {
                result.files.append(path)
            }
        }
        return result
    }

    private static func walk(_ folder: String, into result: inout CollectedInputs, seen: inout Set<String>) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            result.unreadable.append((folder, "cannot list the folder (\((error as NSError).localizedDescription))"))
            return
        }
        for name in entries {
            if name.hasPrefix(".") {
                result.skippedHidden += 1
                continue
            }
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0 else {
                result.unreadable.append((path, String(cString: strerror(errno))))
                continue
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                if seen.insert(path).inserted { walk(path, into: &result, seen: &seen) }
            } else if type == S_IFREG || type == S_IFLNK {
                var target = stat()
                if type == S_IFLNK && (stat(path, &target) != 0 || (target.st_mode & S_IFMT) != S_IFREG) {
                    result.unreadable.append((path, "symbolic link to something that is not a regular file"))
                    continue
                }
                if seen.insert(path).inserted { result.files.append(path) }
            } else {
                result.unreadable.append((path, "not a regular file"))
            }
        }
    }

    static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
