import Foundation

/// Facts about the running process and its user, gathered in one place.
enum ProcessEnvironment {
    static func ensureSingleThreadedOpenMP() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["OMP_THREAD_LIMIT"] == nil else { return }
        // Only the commands that read pages need it; the others (reading the store, a summary)
        // would pay a second process start, half of their time, for nothing.
        guard CommandLine.arguments.dropFirst().first.map(ocrCommands.contains) == true else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        let arguments = CommandLine.arguments
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", argv)
        // execv returned: it failed. Going on is correct, only slower; say so once.
        FileHandle.standardError.write(Data("sluss: warning: could not restart with OMP_THREAD_LIMIT=1 (\(String(cString: strerror(errno)))); set it in the environment for full speed\n".utf8))
    }

    /// The commands that run Tesseract.
    static let ocrCommands = Set([IngestCommand.configuration, WatchCommand.configuration].compactMap(\.commandName))

    /// The person running Sluss: the OS account name.
    static var userName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(geteuid())"
    }

    static var hostName: String { ProcessInfo.processInfo.hostName }

    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// `--store`, else `SLUSS_STORE`, else `$XDG_DATA_HOME/sluss`, else `~/.local/share/sluss`.
    static func storePath(option: String?) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["SLUSS_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return (dataHome as NSString).appendingPathComponent("sluss")
        }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".local/share/sluss")
    }

    /// The default pipeline: `Pipelines/default.yaml` in the current folder, else beside the
    /// executable or in one of its parent folders (a build inside the repository), else the
    /// installed copy.
    static func defaultPipelinePath() -> String? {
        let relative = "Pipelines/default.yaml"
        var candidates = [(FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(relative)]
        var folder = (executablePath as NSString).deletingLastPathComponent
        while folder != "/" && !folder.isEmpty {
            candidates.append((folder as NSString).appendingPathComponent(relative))
            folder = (folder as NSString).deletingLastPathComponent
        }
        candidates.append("/usr/local/share/sluss/\(relative)")
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    private static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
