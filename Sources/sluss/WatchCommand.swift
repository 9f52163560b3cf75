import ArgumentParser
import Dispatch
import Foundation
import SlussClassify
import SlussCore
import SlussIngest
import SlussStore

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Ingest what scanners drop into an inbox folder; with --once, for cron.",
        discussion: """
            A file is taken once it is complete: unchanged for --settle seconds and open in no \
            process. Names that copy tools use while writing (*.part, *.tmp, *.crdownload, names \
            starting with '.') are left alone. After a file is safely in the store it moves to \
            INBOX/.done/ (or is removed with --remove-stored); a file that cannot be stored moves \
            to INBOX/.failed/ with NAME.error.txt beside it saying why and what to do. A symbolic \
            link is refused the same way. Only one run works on an inbox at a time: a run that \
            finds another one busy with it does nothing and exits 0, so overlapping cron runs are \
            harmless; and a file stored twice is a duplicate, never a second document.

            Without --once it sweeps the inbox every --interval seconds until SIGTERM or SIGINT, \
            then finishes the batch in hand and exits.

            Exit status: 0 when every file taken was stored, 1 when some moved to .failed, 2 for \
            usage or configuration errors (nothing is moved then).

            Examples:
              */5 * * * *  sluss watch /srv/skanner/inkorg --once --original-location "Registraturen"
              sluss watch /srv/skanner/inkorg --interval 10
            """)

    @Argument(help: ArgumentHelp("The inbox folder.", valueName: "inbox"))
    var inbox: String

    @Flag(help: "Sweep the inbox once and exit (for cron).")
    var once = false

    @Option(help: ArgumentHelp("Seconds a file must be left unchanged before it is taken.", valueName: "seconds"))
    var settle: Double = 5

    @Option(help: ArgumentHelp("Seconds between sweeps when watching.", valueName: "seconds"))
    var interval: Double = 10

    @Flag(help: "Remove files once stored instead of keeping them in INBOX/.done/.")
    var removeStored = false

    @OptionGroup var ingestOptions: IngestOptions

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard settle >= 0, interval >= 0.1 else { throw ValidationError("--settle must be 0 or more and --interval at least 0.1") }
    }

    func run() throws {
        let pipeline = try pipelineOptions.load()
        // Checked before the first sweep, so that a wrong case number fails also on an empty inbox.
        if let caseId = ingestOptions.caseId { try pipelineOptions.requireCaseNumber(caseId, in: pipeline) }
        let classifier = try pipelineOptions.classifier(for: pipeline)
        let store = try storeOptions.open(creatingIfMissing: true)
        let inbox = Inbox(path: inbox, settleSeconds: settle, removeStored: removeStored)
        let lock: InboxLock?
        do {
            lock = try InboxLock(inbox: inbox)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        guard let lock else {
            Console.note("another Sluss run is working on \(inbox.path); nothing done")
            return
        }
        let stop = StopRequest()
        if !once { stop.listen() }
        var failed = false
        repeat {
            failed = try sweepOnce(inbox, store: store, pipeline: pipeline, classifier: classifier) || failed
            if once { break }
            stop.wait(seconds: interval)
        } while !stop.isRequested
        withExtendedLifetime(lock) {}
        if failed { throw ExitCode(1) }
    }

    /// One sweep: ingests the ready files in one batch and moves each out of the inbox. Returns
    /// whether any file failed.
    private func sweepOnce(_ inbox: Inbox, store: Store, pipeline: Pipeline, classifier: DocumentClassifier?) throws -> Bool {
        let sweep: Inbox.Sweep
        do {
            sweep = try inbox.sweep()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        var failed = false
        for refusal in sweep.refused {
            try moveOut { () throws(InboxError) in try inbox.markFailed(refusal.path, reason: refusal.reason) }
            Console.line("failed     \(refusal.path): \(refusal.reason)")
            failed = true
        }
        for name in sweep.undecodable {
            try moveOut { () throws(InboxError) in try inbox.markFailed(name) }
            Console.line("failed     \(name.folder)/\(name.readable): its name is not UTF-8 text; moved to \(Inbox.failedFolder)/ to be renamed")
            failed = true
        }
        if !sweep.waiting.isEmpty {
            Console.note("\(sweep.waiting.count) file(s) still being written; taken on a later sweep")
        }
        guard !sweep.ready.isEmpty else { return failed }
        let request = ingestOptions.request(paths: sweep.ready, pipeline: pipeline, jobs: nil, classifier: classifier)
        let report: BatchReport
        do {
            report = try BatchIngester(store: store, request: request).run(onOutcome: { Console.line(IngestCommand.describe($0)) }, onProgress: { _ in })
        } catch {
            // The store or the pipeline is unusable: the files stay where they are.
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var reasons: [String: String] = [:]
        for outcome in report.outcomes {
            if case let .failed(source, _, reason) = outcome { reasons[Self.key(source)] = reason }
        }
        for file in sweep.ready {
            if let reason = reasons[Self.key(file)] {
                try moveOut { () throws(InboxError) in try inbox.markFailed(file, reason: reason) }
                failed = true
            } else {
                try moveOut { () throws(InboxError) in try inbox.markStored(file) }
            }
        }
        return failed
    }

    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    private func moveOut(_ move: () throws(InboxError) -> Void) throws {
        do {
            try move()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// SIGTERM or SIGINT asks a watching run to stop after the batch in hand.
private final class StopRequest: @unchecked Sendable {
    private let condition = NSCondition()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    var isRequested: Bool {
        condition.lock()
        defer { condition.unlock() }
        return requested
    }

    func listen() {
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    private func request() {
        condition.lock()
        requested = true
        condition.broadcast()
        condition.unlock()
    }

    /// Sleeps until the interval is over or a stop is requested.
    func wait(seconds: Double) {
        condition.lock()
        let deadline = Date().addingTimeInterval(seconds)
        while !requested && condition.wait(until: deadline) {}
        condition.unlock()
    }
}
