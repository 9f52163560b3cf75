import Foundation
import Logging
import SlussStore

/// An inbox and how the files found in it are ingested (pipeline, default case, where the paper
/// originals are kept, operator); `request.paths` is filled in by each sweep.
public struct WatchedInbox: Sendable {
    public var inbox: Inbox
    public var request: IngestRequest

    public init(inbox: Inbox, request: IngestRequest) {
        self.inbox = inbox
        self.request = request
    }
}

/// What one sweep of an inbox did, file by file counted.
public struct SweepTally: Sendable, Codable, Equatable {
    /// New documents' files and duplicates, moved out of the inbox.
    public var stored = 0
    public var duplicates = 0
    /// Moved to `.failed/` (or vanished before they were stored).
    public var failed = 0
    /// Left in the inbox to be offered again: the run was stopped, or the store could not take them.
    public var leftInInbox = 0
    /// Left because the store could not take them (a subset of `leftInInbox`).
    public var storeUnavailable = 0
    /// Still being written when the sweep looked.
    public var waiting = 0

    public init() {}

    public var tookAnything: Bool { stored + duplicates + failed + leftInInbox > 0 }
}

/// Sweeps an inbox into the store: ingests the complete files in one batch and moves each out of
/// the inbox only after the store has it (`.done/`) or has refused it (`.failed/`). A file the
/// store could not take (a full disk, say) and a file not finished when a stop was requested stay
/// where they are. Every step is logged, without document text.
public struct InboxRun {
    public let watched: WatchedInbox
    public let store: Store
    public let logger: Logger

    public init(_ watched: WatchedInbox, store: Store, logger: Logger) {
        self.watched = watched
        self.store = store
        self.logger = logger
    }

    public var inbox: Inbox { watched.inbox }

    /// Sweeps once and records the result in the inbox's state file.
    public func sweepOnce(stop: StopSignal? = nil, onOutcome: (DocumentOutcome) -> Void = { _ in }) throws(InboxRunError) -> SweepTally {
        let started = Date()
        let sweep: Inbox.Sweep
        do {
            sweep = try inbox.sweep()
        } catch {
            throw .inbox(error)
        }
        let tally = try process(sweep, stop: stop, onOutcome: onOutcome)
        var state = InboxState.read(inbox: inbox) ?? InboxState()
        state.record(tally, startedAt: started, finishedAt: Date(), store: store.root)
        state.write(inbox: inbox, logger: logger)
        return tally
    }

    /// Takes the files of `sweep` (found earlier; any may have vanished meanwhile).
    public func process(_ sweep: Inbox.Sweep, stop: StopSignal? = nil, onOutcome: (DocumentOutcome) -> Void = { _ in }) throws(InboxRunError) -> SweepTally {
        var tally = SweepTally()
        tally.waiting = sweep.waiting.count
        for refusal in sweep.refused {
            try moveOut(refusal.path) { () throws(InboxError) in try inbox.markFailed(refusal.path, reason: refusal.reason) }
            logger.warning("refused \(refusal.path): \(refusal.reason)")
            tally.failed += 1
        }
        for name in sweep.undecodable {
            try moveOut(name.folder) { () throws(InboxError) in try inbox.markFailed(name) }
            logger.warning("refused \(name.folder)/\(name.readable): its name is not UTF-8 text; moved to \(Inbox.failedFolder)/ to be renamed")
            tally.failed += 1
        }
        if !sweep.waiting.isEmpty {
            logger.info("\(sweep.waiting.count) file(s) still being written; taken on a later sweep")
        }
        guard !sweep.ready.isEmpty else { return tally }
        logger.debug("taking \(sweep.ready.count) file(s)", metadata: ["inbox": "\(inbox.path)"])

        var request = watched.request
        request.paths = sweep.ready
        let report: BatchReport
        do {
            report = try BatchIngester(store: store, request: request).run(stop: stop, onOutcome: onOutcome)
        } catch {
            throw .setup(error)
        }
        var outcomes: [String: DocumentOutcome] = [:]
        for outcome in report.outcomes {
            outcomes[Self.key(outcome.sourcePath)] = outcome
        }
        for file in sweep.ready {
            switch outcomes[Self.key(file)] {
            case let .failed(_, _, reason)?:
                try moveOut(file) { () throws(InboxError) in try inbox.markFailed(file, reason: reason) }
                tally.failed += 1
            case .ingested?, .duplicate?:
                do {
                    try inbox.markStored(file)
                } catch .vanished {
                    logger.notice("\(file) was stored, but someone removed it from the inbox meanwhile")
                } catch {
                    throw .inbox(error)
                }
                if case .duplicate? = outcomes[Self.key(file)] { tally.duplicates += 1 } else { tally.stored += 1 }
            case let .notTaken(_, reason)?:
                tally.leftInInbox += 1
                if case let .storeUnavailable(message) = reason {
                    tally.storeUnavailable += 1
                    logger.error("left in the inbox, the store could not take it: \(message)")
                } else {
                    logger.notice("left in the inbox: \(file): \(reason)")
                }
            case nil:
                // Not reported by the batch at all (it ended early): the file stays for next time.
                tally.leftInInbox += 1
                logger.notice("left in the inbox: \(file): the batch ended before it was taken")
            }
        }
        return tally
    }

    /// Moves a file out of the inbox; a file that vanished meanwhile gets a note in `.failed/`
    /// instead, and only a failure of the inbox itself ends the run.
    private func moveOut(_ file: String, _ move: () throws(InboxError) -> Void) throws(InboxRunError) {
        do {
            try move()
        } catch .vanished {
            logger.warning("\(file) disappeared from the inbox before it was stored")
            do {
                try inbox.noteVanished(file, reason: "it was gone when Sluss came to move it")
            } catch {
                throw .inbox(error)
            }
        } catch {
            throw .inbox(error)
        }
    }

    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}

extension DocumentOutcome {
    /// The file the outcome is about.
    public var sourcePath: String {
        switch self {
        case let .ingested(document, _, _, _): document.sourcePath
        case let .duplicate(_, source), let .failed(source, _, _), let .notTaken(source, _): source
        }
    }
}

/// A sweep that could not run: the inbox is unusable, or the batch could not start.
public enum InboxRunError: Error, CustomStringConvertible {
    case inbox(InboxError)
    case setup(IngestSetupError)

    public var description: String {
        switch self {
        case let .inbox(error): error.description
        case let .setup(error): error.description
        }
    }
}

/// What `sluss status` reads about an inbox's runs, kept in `INBOX/.sluss-watch.json` (written
/// whole and renamed into place, so a reader never sees half of it).
public struct InboxState: Sendable, Codable, Equatable {
    public static let fileName = ".sluss-watch.json"

    public var lastSweepStartedAt: Date?
    public var lastSweepFinishedAt: Date?
    public var lastSweep: SweepTally?
    /// The last sweep that took any file, and what it did.
    public var lastWorkAt: Date?
    public var lastWork: SweepTally?
    public var store: String?
    public var host: String?

    public init() {}

    mutating func record(_ tally: SweepTally, startedAt: Date, finishedAt: Date, store: String) {
        lastSweepStartedAt = startedAt
        lastSweepFinishedAt = finishedAt
        lastSweep = tally
        if tally.tookAnything {
            lastWorkAt = finishedAt
            lastWork = tally
        }
        self.store = store
        host = ProcessInfo.processInfo.hostName
    }

    public static func read(inbox: Inbox) -> InboxState? {
        let path = (inbox.path as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(InboxState.self, from: data)
    }

    func write(inbox: Inbox, logger: Logger) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let path = (inbox.path as NSString).appendingPathComponent(Self.fileName)
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            // Only `sluss status` reads it: the sweep itself has succeeded.
            logger.warning("cannot record the sweep in \(path): \((error as NSError).localizedDescription)")
        }
    }
}
