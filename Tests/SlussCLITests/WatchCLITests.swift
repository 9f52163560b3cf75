import Foundation
import SlussTestSupport
import Testing

@Suite struct WatchCLITests {
    @Test func onceTakesCompleteFilesMovesThemOutAndExplainsFailures() throws {
        let workspace = try CLIWorkspace()
        let inbox = workspace.inbox
        try Data("inte en pdf".utf8).write(to: URL(fileURLWithPath: inbox + "/trasig.pdf"))
        try Data("halvskriven".utf8).write(to: URL(fileURLWithPath: inbox + "/skanning.pdf.part"))
        try Data("dold".utf8).write(to: URL(fileURLWithPath: inbox + "/.dold.pdf"))
        try FileManager.default.createSymbolicLink(atPath: inbox + "/lank.pdf", withDestinationPath: inbox + "/beslut.pdf")

        // Just written: nothing is taken yet, but the link is refused at once.
        let early = try workspace.sluss.run(["watch", inbox, "--once"])
        #expect(early.status == 1)
        #expect(early.error.contains("3 file(s) still being written"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/beslut.pdf"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/.failed/lank.pdf.error.txt"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/beslut.pdf"), "the link's target is untouched")

        try ageFiles([inbox + "/beslut.pdf", inbox + "/yttrande.pdf", inbox + "/trasig.pdf"])
        let result = try workspace.sluss.run(["watch", inbox, "--once"])
        #expect(result.status == 1, "one file failed")
        for name in ["beslut.pdf", "yttrande.pdf"] {
            #expect(FileManager.default.fileExists(atPath: inbox + "/.done/" + name))
            #expect(!FileManager.default.fileExists(atPath: inbox + "/" + name))
        }
        let note = try String(contentsOfFile: inbox + "/.failed/trasig.pdf.error.txt", encoding: .utf8)
        #expect(note.contains("not a scan Sluss reads"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/.failed/trasig.pdf"))
        #expect(FileManager.default.fileExists(atPath: inbox + "/skanning.pdf.part") && FileManager.default.fileExists(atPath: inbox + "/.dold.pdf"))
        #expect(try workspace.sluss.run(["documents", "--json"]).jsonLines.count == 2)

        // The same bytes dropped again are a duplicate, not a second document.
        try FileManager.default.copyItem(atPath: inbox + "/.done/beslut.pdf", toPath: inbox + "/beslut-igen.pdf")
        try ageFiles([inbox + "/beslut-igen.pdf"])
        let again = try workspace.sluss.run(["watch", inbox, "--once"])
        #expect(again.status == 0, "\(again.error)")
        #expect(try workspace.sluss.run(["documents", "--json"]).jsonLines.count == 2)
        #expect(FileManager.default.fileExists(atPath: inbox + "/.done/beslut-igen.pdf"))
    }

    @Test func aSecondRunOnABusyInboxDoesNothing() throws {
        let workspace = try CLIWorkspace()
        let lockPath = workspace.inbox + "/.sluss-watch.lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o600)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        try ageFiles([workspace.inbox + "/beslut.pdf", workspace.inbox + "/yttrande.pdf"])
        let busy = try workspace.sluss.run(["watch", workspace.inbox, "--once"])
        #expect(busy.status == 0)
        #expect(busy.error.contains("another Sluss run is working on"))
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/beslut.pdf"))
        flock(descriptor, LOCK_UN)
        #expect(try workspace.sluss.run(["watch", workspace.inbox, "--once"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/beslut.pdf"))
    }

    @Test func watchingStopsCleanlyOnSIGTERM() throws {
        let workspace = try CLIWorkspace()
        try ageFiles([workspace.inbox + "/beslut.pdf", workspace.inbox + "/yttrande.pdf"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SlussProcess.executable)
        process.arguments = ["watch", workspace.inbox, "--interval", "0.2", "--store", workspace.folder + "/store"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: workspace.inbox + "/.done/yttrande.pdf") && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/beslut.pdf"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }
}

/// Bad input dropped into a watched inbox: each is kept in `.failed/` with a note that says
/// what is wrong, and the good file beside it is stored all the same.
@Suite struct WatchBadInputTests {
    struct BadInput: CustomStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> Data
        var expected: String
        var description: String { name }
    }

    static let catalogue: [BadInput] = [
        BadInput(name: "tom.pdf", bytes: { Data() }, expected: "empty"),
        BadInput(name: "slumpbytes.pdf", bytes: { Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }) }, expected: "not a scan Sluss reads"),
        BadInput(name: "avkortad.pdf", bytes: { MinimalPDF.make(pages: [["Beslut", "Texten fortsätter."]]).prefix(300) }, expected: "cut short"),
        BadInput(name: "krypterad.pdf", bytes: { MinimalPDF.make(pages: [["Hemlig"]], encryptedWithUnknownPassword: true) }, expected: "password"),
        // A page about 70 m a side with nothing on it to read, so it must be rendered for OCR.
        BadInput(name: "jattesida.pdf", bytes: { MinimalPDF.make(pages: [[]], pageSize: (200_000, 200_000)) }, expected: "larger than any paper"),
        BadInput(name: "bomb.png", bytes: { BadFiles.pngClaiming(width: 100_000, height: 100_000) }, expected: "100000×100000 pixels"),
        BadInput(name: "bomb-sida-2.tif", bytes: { BadFiles.tiff(pages: [(16, 16), (100_000, 100_000)]) }, expected: "100000×100000 pixels"),
        BadInput(name: "femtusen-sidor.pdf", bytes: { MinimalPDF.make(pages: (1...5000).map { ["Sida \($0) av 5000 i en inskannad akt"] }) }, expected: "5000 pages, more than the 2000"),
    ]

    @Test func aFileWhoseNameIsNotUTF8IsKeptForRenaming() throws {
        let workspace = try CLIWorkspace()
        // "skan\xFF.pdf": a Latin-1 name from an old scanner.
        let rawPath = Array((workspace.inbox + "/skan").utf8) + [0xFF] + Array(".pdf".utf8) + [0]
        let descriptor = rawPath.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o600) }
        #expect(descriptor >= 0)
        let bytes = MinimalPDF.make(pages: [["Kallelse till möte om Elias"]])
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let result = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0"])
        #expect(result.status == 1)
        #expect(result.error.contains("skan?.pdf: its name is not UTF-8 text"))
        let failed = try FileManager.default.contentsOfDirectory(atPath: workspace.inbox + "/.failed")
        #expect(failed.contains("skan?.pdf.error.txt"))
        #expect(undecodableNameCount(workspace.inbox + "/.failed") == 1, "the file itself is there under its own name")
        #expect(undecodableNameCount(workspace.inbox) == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/beslut.pdf"))
    }

    @Test(arguments: catalogue)
    func aBadFileIsKeptWithANoteAndTheRestIsStored(input: BadInput) throws {
        let workspace = try CLIWorkspace()
        let path = workspace.inbox + "/" + input.name
        try input.bytes().write(to: URL(fileURLWithPath: path))
        try ageFiles([path, workspace.inbox + "/beslut.pdf", workspace.inbox + "/yttrande.pdf"])
        let result = try workspace.sluss.run(["watch", workspace.inbox, "--once"])
        #expect(result.status == 1)
        #expect(FileManager.default.contents(atPath: workspace.inbox + "/.failed/" + input.name) == input.bytes(), "kept unchanged")
        let note = try String(contentsOfFile: workspace.inbox + "/.failed/\(input.name).error.txt", encoding: .utf8)
        #expect(note.lowercased().contains(input.expected.lowercased()), "\(note)")
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/beslut.pdf"))
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/yttrande.pdf"))
        // Bounded memory: a decoded bomb would need 10 GB. Children of this test process are
        // measured together, so this bounds every sluss run of the suite so far.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_500_000, "largest child used \(usage.ru_maxrss / 1024) MB")
    }

    /// A store on a full disk: the files are not at fault, so they stay in the inbox (nothing in
    /// .failed) to be taken once there is room, and the run says what to do.
    @Test(.enabled(if: TinyDisk.canMount, "mounting a tmpfs needs root"))
    func aFullDiskLeavesTheFilesInTheInbox() throws {
        let workspace = try CLIWorkspace()
        let disk = try TinyDisk(at: workspace.folder + "/full-disk", kilobytes: 4096)
        defer { disk.unmount() }
        let store = disk.path + "/store"
        // A working store first, then the rest of the disk filled.
        let first = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0", "--store", store])
        #expect(first.status == 0, "\(first.error)")
        let filler = open(disk.path + "/filler", O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0, count: 4096)
        while write(filler, block, block.count) > 0 {}
        close(filler)
        let big = workspace.inbox + "/stor-bilaga.pdf"
        try MinimalPDF.make(pages: (1...40).map { ["Bilaga sida \($0)", String(repeating: "Utredningstext ", count: 40)] }).write(to: URL(fileURLWithPath: big))
        let result = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0", "--store", store])
        #expect(result.status == 2, "\(result.error)")
        #expect(result.error.contains("free space"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: big), "left in the inbox")
        #expect(!FileManager.default.fileExists(atPath: workspace.inbox + "/.failed/stor-bilaga.pdf.error.txt"))
        // Room again: the next run takes it.
        unlink(disk.path + "/filler")
        let again = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0", "--store", store])
        #expect(again.status == 0, "\(again.error)")
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.done/stor-bilaga.pdf"))
    }
}

/// A small tmpfs, to fill a disk in a test without filling the machine's.
struct TinyDisk {
    let path: String

    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? Fixtures.temporaryFolder("mount-probe") else { return false }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard mount("tmpfs", folder, "tmpfs", 0, "size=64k") == 0 else { return false }
        umount(folder)
        return true
    }()

    init(at path: String, kilobytes: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k") == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mount tmpfs: \(String(cString: strerror(errno)))"])
        }
    }

    func unmount() { umount(path) }
}

/// Backdates files an hour, as if they had been left in the inbox long ago (settled).
func ageFiles(_ paths: [String]) throws {
    for path in paths {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
    }
}

/// Names in `folder` that are not UTF-8, counted with readdir (FileManager cannot list them).
func undecodableNameCount(_ folder: String) -> Int {
    guard let directory = opendir(folder) else { return 0 }
    defer { closedir(directory) }
    var count = 0
    while let entry = readdir(directory) {
        let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
        if String(validating: bytes, as: UTF8.self) == nil { count += 1 }
    }
    return count
}

/// Running inboxes day to day: several from one file, what `sluss status` shows, logs, stopping.
@Suite struct WatchOperationsTests {
    @Test func severalInboxesFromOneFileEachWithItsOwnCaseAndStatusShowsThem() throws {
        let workspace = try CLIWorkspace()
        let ifo = workspace.folder + "/ifo", familjeratt = workspace.folder + "/familjeratt"
        for folder in [ifo, familjeratt] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try FileManager.default.moveItem(atPath: workspace.inbox + "/beslut.pdf", toPath: ifo + "/beslut.pdf")
        try FileManager.default.moveItem(atPath: workspace.inbox + "/yttrande.pdf", toPath: familjeratt + "/yttrande.pdf")
        let configuration = workspace.folder + "/inkorgar.yaml"
        try """
            # Två skannrar, var sin akt.
            inboxes:
              - path: ifo
                case: SN 2026/0001
                original_location: Registraturen, skåp 1
                operator: skanner-ifo
                settle: 0
              - path: familjeratt
                case: SN 2026/0002
                operator: skanner-familjeratt
                settle: 0
            """.write(toFile: configuration, atomically: true, encoding: .utf8)

        let result = try workspace.sluss.run(["watch", "--config", configuration, "--once"])
        #expect(result.status == 0, "\(result.error)")
        let documents = try workspace.sluss.run(["documents", "--json"]).jsonLines
        let caseByFile = Dictionary(uniqueKeysWithValues: documents.map { ($0["file_name"] as? String ?? "", $0["case"] as? String ?? "") })
        #expect(caseByFile == ["beslut.pdf": "SN 2026/0001", "yttrande.pdf": "SN 2026/0002"], "\(documents)")
        #expect(FileManager.default.fileExists(atPath: familjeratt + "/.done/yttrande.pdf"))

        // A broken file in one inbox: status names it and exits 1 for monitoring.
        try Data("inte en skanning".utf8).write(to: URL(fileURLWithPath: familjeratt + "/trasig.pdf"))
        #expect(try workspace.sluss.run(["watch", "--config", configuration, "--once"]).status == 1)
        // A scanner still writing this one (the file is open).
        let writing = open(ifo + "/pagaende.pdf", O_WRONLY | O_CREAT, 0o600)
        defer { close(writing) }
        let status = try workspace.sluss.run(["status", "--config", configuration, "--json"])
        #expect(status.status == 1)
        let lines = status.jsonLines
        #expect(lines.count == 2)
        var byInbox: [String: [String: Any]] = [:]
        for line in lines { byInbox[((line["inbox"] as? String ?? "") as NSString).lastPathComponent] = line }
        #expect(byInbox["familjeratt"]?["failures_waiting"] as? Int == 1)
        #expect(byInbox["ifo"]?["failures_waiting"] as? Int == 0)
        #expect(byInbox["ifo"]?["being_written"] as? Int == 1, "the file open for writing waits")
        #expect((byInbox["familjeratt"]?["last_work"] as? [String: Any])?["failed"] as? Int == 1)
        #expect(byInbox["ifo"]?["watcher_running"] as? Bool == false)
        let text = try workspace.sluss.run(["status", "--config", configuration])
        #expect(text.output.contains("1 waiting for a person"))
    }

    @Test func aMistakeInTheInboxFileStopsBeforeAnythingIsTakenNamingItsLine() throws {
        let workspace = try CLIWorkspace()
        let configuration = workspace.folder + "/inkorgar.yaml"
        try "inboxes:\n  - path: inkorg\n    cace: SN 2026/0001\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let result = try workspace.sluss.run(["watch", "--config", configuration, "--once", "--settle", "0"])
        #expect(result.status == 2)
        #expect(result.error.contains("inkorgar.yaml:3") && result.error.contains("cace"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/beslut.pdf"))
    }

    @Test func logsMaskEveryPersonnummerAndFollowTheLevel() throws {
        let workspace = try CLIWorkspace()
        let named = workspace.inbox + "/191405212384 orosanmälan.pdf"
        try Data("ingen pdf".utf8).write(to: URL(fileURLWithPath: named))
        let result = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0"])
        #expect(result.status == 1)
        #expect(!result.error.contains("2384") && result.error.contains("140521-****"), "\(result.error)")
        #expect(result.error.contains(" info ingested "))
        #expect(FileManager.default.fileExists(atPath: workspace.inbox + "/.failed/191405212384 orosanmälan.pdf"), "the file keeps its name")

        try MinimalPDF.make(pages: [["Ny kallelse"]]).write(to: URL(fileURLWithPath: workspace.inbox + "/kallelse.pdf"))
        let quiet = try workspace.sluss.run(["watch", workspace.inbox, "--once", "--settle", "0", "--log-level", "warning"])
        #expect(quiet.status == 0)
        #expect(quiet.error.isEmpty, "nothing at warning level or above: \(quiet.error)")
    }

    /// A file dropped while watching is taken within seconds, long before the next timed sweep:
    /// inotify wakes the watcher.
    @Test func aFileDroppedWhileWatchingIsTakenWithoutWaitingForTheInterval() throws {
        let workspace = try CLIWorkspace()
        try FileManager.default.removeItem(atPath: workspace.inbox + "/yttrande.pdf")
        try ageFiles([workspace.inbox + "/beslut.pdf"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SlussProcess.executable)
        process.arguments = ["watch", workspace.inbox, "--interval", "600", "--settle", "0.5", "--store", workspace.folder + "/store"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        func waitFor(_ path: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while !FileManager.default.fileExists(atPath: path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return FileManager.default.fileExists(atPath: path)
        }
        #expect(waitFor(workspace.inbox + "/.done/beslut.pdf", seconds: 60), "the first sweep runs at start")
        // Written the way a scanner does: under a temporary name, then renamed.
        try MinimalPDF.make(pages: [["Orosanmälan från förskolan", "Barnet kom i går utan ytterkläder."]])
            .write(to: URL(fileURLWithPath: workspace.inbox + "/anmalan.pdf.part"))
        let dropped = Date()
        try FileManager.default.moveItem(atPath: workspace.inbox + "/anmalan.pdf.part", toPath: workspace.inbox + "/anmalan.pdf")
        #expect(waitFor(workspace.inbox + "/.done/anmalan.pdf", seconds: 30))
        #expect(Date().timeIntervalSince(dropped) < 15, "taken after settling, not at the 600 s sweep")
        process.terminate()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(log.contains("inotify"), "\(log)")
        #expect(process.terminationStatus == 0)
    }

    /// SIGTERM in the middle of a long scan: the pages in hand are finished, the file stays in
    /// the inbox unstored, and the run exits 0 long before the file would have been done.
    @Test func aStopDuringOCRLeavesTheFileInTheInbox() throws {
        let workspace = try CLIWorkspace()
        try FileManager.default.removeItem(atPath: workspace.inbox + "/beslut.pdf")
        try FileManager.default.removeItem(atPath: workspace.inbox + "/yttrande.pdf")
        let scan = workspace.inbox + "/bup-utredning.pdf"
        try FileManager.default.copyItem(atPath: Fixtures.samples.appendingPathComponent("bup-utredning.pdf").path, toPath: scan)
        try ageFiles([scan])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SlussProcess.executable)
        process.arguments = ["watch", workspace.inbox, "--interval", "60", "--store", workspace.folder + "/store"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        // Once its original is archived the file is being read.
        let originals = workspace.folder + "/store/originals"
        let deadline = Date().addingTimeInterval(60)
        while (FileManager.default.subpaths(atPath: originals) ?? []).filter({ $0.count > 60 }).isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        let stopAsked = Date()
        process.terminate()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(log)")
        #expect(Date().timeIntervalSince(stopAsked) < 10, "stopped within a few pages")
        #expect(log.contains("left in the inbox") && log.contains("stopped on request"), "\(log)")
        #expect(FileManager.default.fileExists(atPath: scan))
        #expect(try workspace.sluss.run(["documents", "--json"]).jsonLines.isEmpty)
    }
}
