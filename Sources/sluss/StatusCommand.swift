import ArgumentParser
import Foundation
import SlussCore
import SlussIngest

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what waits in watched inboxes: files to take, failures for a person, the last run.",
        discussion: """
            For each inbox: files waiting to be taken (and how many are still being written), \
            files in .failed/ waiting for a person (with the oldest note), whether a 'sluss watch' \
            is working on it now, and what its last sweep and its last sweep that took files did. \
            Nothing is moved or read.

            Exit status: 0, or 1 when failed files wait in any inbox (for monitoring), 2 for usage \
            or configuration errors.

            Examples:
              sluss status /srv/skanner/inkorg
              sluss status --config /etc/sluss/inkorgar.yaml --json
            """)

    @Argument(help: ArgumentHelp("Inbox folders.", valueName: "inbox"))
    var inboxes: [String] = []

    @Option(name: .customLong("config"), help: ArgumentHelp("The file 'sluss watch --config' reads.", valueName: "file"))
    var configurationPath: String?

    @Option(help: ArgumentHelp("Seconds a file must be unchanged to count as ready (as 'sluss watch --settle').", valueName: "seconds"))
    var settle: Double = 5

    @Flag(help: "One JSON object per inbox.")
    var json = false

    func validate() throws {
        guard inboxes.isEmpty != (configurationPath == nil) else {
            throw ValidationError("name inbox folders, or the --config file of 'sluss watch', not both")
        }
    }

    struct InboxStatus: Encodable {
        var inbox: String
        var ready: Int
        var beingWritten: Int
        var refused: Int
        var failuresWaiting: Int
        var oldestFailure: String?
        var watcherRunning: Bool
        var lastSweepAt: Date?
        var lastSweep: SweepTally?
        var lastWorkAt: Date?
        var lastWork: SweepTally?

        enum CodingKeys: String, CodingKey {
            case inbox, ready, refused
            case beingWritten = "being_written"
            case failuresWaiting = "failures_waiting"
            case oldestFailure = "oldest_failure"
            case watcherRunning = "watcher_running"
            case lastSweepAt = "last_sweep_at"
            case lastSweep = "last_sweep"
            case lastWorkAt = "last_work_at"
            case lastWork = "last_work"
        }
    }

    func run() throws {
        var paths: [(String, Double)] = inboxes.map { ($0, settle) }
        if let configurationPath {
            do {
                paths = try WatchConfiguration.load(path: configurationPath).inboxes.map { ($0.path, $0.settleSeconds ?? settle) }
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        }
        var failuresWait = false
        for (path, settleSeconds) in paths {
            let inbox = Inbox(path: path, settleSeconds: settleSeconds, removeStored: false)
            let sweep: Inbox.Sweep
            do {
                sweep = try inbox.sweep()
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
            let failures = inbox.failuresWaiting()
            let state = InboxState.read(inbox: inbox)
            let status = InboxStatus(
                inbox: inbox.path, ready: sweep.ready.count, beingWritten: sweep.waiting.count,
                refused: sweep.refused.count + sweep.undecodable.count, failuresWaiting: failures.count,
                oldestFailure: failures.first, watcherRunning: InboxLock.isHeld(inbox: inbox),
                lastSweepAt: state?.lastSweepFinishedAt, lastSweep: state?.lastSweep,
                lastWorkAt: state?.lastWorkAt, lastWork: state?.lastWork)
            failuresWait = failuresWait || !failures.isEmpty
            if json { Console.json(status) } else { Console.line(Self.describe(status)) }
        }
        if failuresWait { throw ExitCode(1) }
    }

    static func describe(_ status: InboxStatus) -> String {
        var lines = [status.inbox]
        var waiting = "  to take:        \(status.ready + status.beingWritten) file(s)"
        if status.beingWritten > 0 { waiting += " (\(status.beingWritten) still being written)" }
        if status.refused > 0 { waiting += ", \(status.refused) to be refused (links, names that are not UTF-8)" }
        lines.append(waiting)
        var failed = "  failed:         \(status.failuresWaiting) waiting for a person"
        if let oldest = status.oldestFailure { failed += "; oldest note \(oldest)" }
        lines.append(failed)
        lines.append("  watcher:        " + (status.watcherRunning ? "a 'sluss watch' is working on it now" : "none running now"))
        if let at = status.lastSweepAt, let tally = status.lastSweep {
            lines.append("  last sweep:     \(Console.iso8601(at)) — \(describe(tally))")
        } else {
            lines.append("  last sweep:     never (no 'sluss watch' has swept it)")
        }
        if let at = status.lastWorkAt, let tally = status.lastWork, at != status.lastSweepAt {
            lines.append("  last files in:  \(Console.iso8601(at)) — \(describe(tally))")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ tally: SweepTally) -> String {
        guard tally.tookAnything else { return "nothing to take" + (tally.waiting > 0 ? ", \(tally.waiting) still being written" : "") }
        var parts = ["\(tally.stored) stored"]
        if tally.duplicates > 0 { parts.append("\(tally.duplicates) duplicate(s)") }
        if tally.failed > 0 { parts.append("\(tally.failed) failed") }
        if tally.leftInInbox > 0 { parts.append("\(tally.leftInInbox) left in the inbox") }
        return parts.joined(separator: ", ")
    }
}
