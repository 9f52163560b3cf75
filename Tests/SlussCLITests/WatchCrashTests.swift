import Foundation
import GRDB
import SlussNative
import SlussTestSupport
import Testing

/// kill -9 at random moments of `sluss watch --once` (while copying, reading pages, committing,
/// moving files), over and over with new files arriving: after every restart the store is whole
/// and every file is either still in the inbox or stored and in `.done/`, and in the end every
/// file is stored exactly once.
@Suite struct WatchCrashTests {
    /// A small deterministic generator, so a failing sequence of kills can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform(_ range: ClosedRange<Double>) -> Double {
            range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
    }

    static let kills = 50

    @Test func killedAtRandomMomentsEveryFileEndsUpStoredExactlyOnce() throws {
        let folder = try Fixtures.temporaryFolder("kill-loop")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inbox = folder + "/inkorg", store = folder + "/store"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        var random = SplitMix(state: 20261123)
        var added: [String: String] = [:]  // file name → SHA-256
        let scans = ["lakarintyg.png", "skolyttrande.jpg", "orosanmalan.tif", "beslut.pdf"]

        func add(_ name: String, _ data: Data) throws {
            let path = inbox + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
            added[name] = sha256(data)
        }

        var hits = 0, killedMidBatch = 0, storedSoFar = 0
        for round in 0..<Self.kills {
            // New files keep arriving: one or two born-digital letters a round, a real scan
            // (OCR) every twelfth round.
            for copy in 0..<(round % 3 == 0 ? 2 : 1) {
                let pages = (0...(round % 4)).map { page in ["Akt \(round)-\(copy), sida \(page + 1)", "Handläggaren noterar uppgift nummer \(round * 7 + copy) i ärendet."] }
                try add("akt-\(round)-\(copy).pdf", MinimalPDF.make(pages: pages))
            }
            if round % 12 == 0 {
                let scan = scans[round / 12 % scans.count]
                try add("skanning-\(round)-" + scan, try Data(contentsOf: Fixtures.samples.appendingPathComponent(scan)))
            }

            let process = Process()
            process.executableURL = URL(fileURLWithPath: SlussProcess.executable)
            process.arguments = ["watch", inbox, "--once", "--settle", "0", "--store", store, "--log-level", "critical"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: random.uniform(0.1...1.6))
            let killed = process.isRunning
            if killed {
                kill(process.processIdentifier, SIGKILL)
                hits += 1
            }
            process.waitUntilExit()
            let stored = try checkNothingLostOrDoubled(inbox: inbox, store: store, added: added, round: round)
            // Killed after committing some files and before finishing: between commits, mid-OCR
            // or mid-move of the rest.
            if killed && stored > storedSoFar { killedMidBatch += 1 }
            storedSoFar = stored
        }
        #expect(hits >= Self.kills / 2, "only \(hits) of \(Self.kills) kills hit a running process; the loop tests too little")
        #expect(killedMidBatch >= 5, "only \(killedMidBatch) kills came after a run had stored something; the loop tests too little")

        // A last run without a kill finishes everything.
        let final = try SlussProcess(store: store).run(["watch", inbox, "--once", "--settle", "0"])
        #expect(final.status == 0, "\(final.error)")
        try checkNothingLostOrDoubled(inbox: inbox, store: store, added: added, round: Self.kills)
        let done = Set(try FileManager.default.contentsOfDirectory(atPath: inbox + "/.done"))
        #expect(done == Set(added.keys), "every file stored and moved out")
        #expect(try documentCount(store: store) == Set(added.values).count, "one document per distinct file")
        #expect(!FileManager.default.fileExists(atPath: inbox + "/.failed"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store + "/tmp")
        #expect(leftovers.isEmpty, "partial copies of killed runs are cleared: \(leftovers)")
        print("kill loop: \(hits) of \(Self.kills) kills hit a running sluss, \(killedMidBatch) of them after it had stored files; \(added.count) files stored once each")
    }

    /// After a kill: the database is intact, nothing is in `.failed/`, each file in `.done/` is
    /// in the store with its original, no file is gone, and no file is stored twice. Returns how
    /// many distinct files are stored.
    @discardableResult
    private func checkNothingLostOrDoubled(inbox: String, store: String, added: [String: String], round: Int) throws -> Int {
        let database = store + "/sluss.sqlite"
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        let queue = try DatabaseQueue(path: database)
        let integrity = try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok", "round \(round)")
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, stored_path, count(*) AS copies FROM document GROUP BY sha256, first_page")
        }
        var storedSHAs = Set<String>()
        for row in stored {
            #expect(row["copies"] as Int == 1, "round \(round): a file stored twice")
            let sha: String = row["sha256"]
            storedSHAs.insert(sha)
            let original = store + "/" + (row["stored_path"] as String)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: original))
            #expect(sha256(bytes) == sha, "round \(round): the archived original is whole")
        }
        let done = Set((try? FileManager.default.contentsOfDirectory(atPath: inbox + "/.done")) ?? [])
        let waiting = Set(try FileManager.default.contentsOfDirectory(atPath: inbox).filter { !$0.hasPrefix(".") })
        for (name, sha) in added {
            #expect(done.contains(name) || waiting.contains(name), "round \(round): \(name) is lost")
            if done.contains(name) { #expect(storedSHAs.contains(sha), "round \(round): \(name) moved to .done before it was stored") }
        }
        #expect(!FileManager.default.fileExists(atPath: inbox + "/.failed"), "round \(round): a good file was failed")
        return storedSHAs.count
    }

    private func documentCount(store: String) throws -> Int {
        try DatabaseQueue(path: store + "/sluss.sqlite").read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT sha256) FROM document") ?? 0 }
    }

    private func sha256(_ data: Data) -> String {
        SHA256Digest.of(data)
    }
}
