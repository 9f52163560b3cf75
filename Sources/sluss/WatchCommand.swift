import ArgumentParser
import Foundation
import Logging
import SlussClassify
import SlussCore
import SlussIngest
import SlussStore

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Ingest what scanners drop into inbox folders; with --once, for cron.",
        discussion: """
            A file is taken once it is complete: unchanged for --settle seconds and open in no \
            process. Names that copy tools use while writing (*.part, *.tmp, *.crdownload, names \
            starting with '.') are left alone. After a file is safely in the store it moves to \
            INBOX/.done/ (or is removed with --remove-stored); a file that cannot be stored moves \
            to INBOX/.failed/ with NAME.error.txt beside it saying why and what to do. A symbolic \
            link is refused the same way. A file the store cannot take (its disk full, say) stays \
            in the inbox and is taken on a later run. Only one run works on an inbox at a time: a \
            run that finds another one busy with it leaves it alone, so overlapping cron runs are \
            harmless; and a file stored twice is a duplicate, never a second document.

            Several inboxes, each with its own pipeline, default case, place for the paper \
            originals and operator, are named in a file given with --config (see the README); \
            the options on the command line are the defaults for what an inbox there leaves out.

            Without --once it waits for files (inotify, and a sweep every --interval seconds for \
            what inotify cannot see, such as network shares) until SIGTERM or SIGINT; then it \
            finishes the pages in hand, leaves unfinished files in the inbox and exits 0.

            Log lines go to standard error (--log-level); they never hold document text, and \
            every personnummer in them is masked. 'sluss status' shows what waits in the inboxes.

            Exit status: 0 when every file taken was stored, 1 when some moved to .failed, 2 for \
            usage, configuration or store errors (files the store could not take stay in the inbox).

            Examples:
              */5 * * * *  sluss watch /srv/skanner/inkorg --once --original-location "Registraturen"
              sluss watch /srv/skanner/inkorg --interval 10
              sluss watch --config /etc/sluss/inkorgar.yaml
            """)

    @Argument(help: ArgumentHelp("The inbox folder (or use --config for several).", valueName: "inbox"))
    var inbox: String?

    @Option(name: .customLong("config"), help: ArgumentHelp("A file naming several inboxes, each with its own pipeline, case, location and operator.", valueName: "file"))
    var configurationPath: String?

    @Flag(help: "Sweep the inboxes once and exit (for cron).")
    var once = false

    @Option(help: ArgumentHelp("Seconds a file must be left unchanged before it is taken.", valueName: "seconds"))
    var settle: Double = 5

    @Option(help: ArgumentHelp("Seconds between sweeps when watching (files that arrive are noticed sooner, through inotify).", valueName: "seconds"))
    var interval: Double = 10

    @Flag(help: "Remove files once stored instead of keeping them in INBOX/.done/.")
    var removeStored = false

    @Option(help: ArgumentHelp("Least important log lines written: trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: Logger.Level = .info

    @OptionGroup var ingestOptions: IngestOptions

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard settle >= 0, interval >= 0.1 else { throw ValidationError("--settle must be 0 or more and --interval at least 0.1") }
        guard (inbox == nil) != (configurationPath == nil) else {
            throw ValidationError("name one inbox folder, or several in a file with --config, not both")
        }
    }

    func run() throws {
        let logger = Logger.sluss("sluss.watch", level: logLevel)
        // Everything is checked before the first sweep, so that a wrong case number or pipeline
        // fails also on an empty inbox.
        let watched = try watchedInboxes()
        let store = try storeOptions.open(creatingIfMissing: true)
        var runs: [(InboxRun, InboxLock)] = []
        for inbox in watched {
            do {
                guard let lock = try InboxLock(inbox: inbox.inbox) else {
                    logger.notice("another Sluss run is working on \(inbox.inbox.path); left to it")
                    continue
                }
                runs.append((InboxRun(inbox, store: store, logger: logger), lock))
            } catch {
                logger.error("\(error.description)")
                throw ExitCode(2)
            }
        }
        guard !runs.isEmpty else { return }

        let stop = StopSignal()
        let longestSettle = runs.map(\.0.inbox.settleSeconds).max() ?? settle
        var waker: InboxWaker?
        if !once {
            stop.listenToTerminationSignals()
            waker = InboxWaker(folders: runs.map(\.0.inbox.path), settleSeconds: longestSettle)
            logger.info("watching \(runs.map(\.0.inbox.path).joined(separator: ", "))", metadata: [
                "store": "\(store.root)", "notified": "\(waker?.isNotified == true ? "inotify" : "polling")",
            ])
        }
        var failed = false, storeTrouble = false
        repeat {
            var stillBeingWritten = false
            for (run, _) in runs where !stop.isRequested {
                let tally: SweepTally
                do {
                    tally = try run.sweepOnce(stop: stop) { outcome in Self.log(outcome, to: logger) }
                } catch {
                    logger.error("\(run.inbox.path): \(error.description)")
                    throw ExitCode(2)
                }
                failed = failed || tally.failed > 0
                storeTrouble = storeTrouble || tally.storeUnavailable > 0
                stillBeingWritten = stillBeingWritten || tally.waiting > 0
                if tally.tookAnything {
                    logger.info("swept \(run.inbox.path)", metadata: [
                        "stored": "\(tally.stored)", "duplicates": "\(tally.duplicates)", "failed": "\(tally.failed)",
                        "left": "\(tally.leftInInbox)", "waiting": "\(tally.waiting)",
                    ])
                }
            }
            if once { break }
            // A file seen still being written is looked at again once it may have settled.
            waker?.wait(seconds: stillBeingWritten ? min(interval, longestSettle + 0.5) : interval, stop: stop)
        } while !stop.isRequested
        if stop.isRequested { logger.info("stopped on request") }
        withExtendedLifetime(runs) {}
        if storeTrouble { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    private static func log(_ outcome: DocumentOutcome, to logger: Logger) {
        let line = IngestCommand.describe(outcome)
        switch outcome {
        case .failed, .notTaken(_, .storeUnavailable): logger.warning("\(line)")
        case .ingested, .duplicate, .notTaken: logger.info("\(line)")
        }
    }

    /// The inbox on the command line, or those of the --config file with the command line's
    /// options as defaults; pipelines are loaded and case numbers checked, once per pipeline file.
    private func watchedInboxes() throws -> [WatchedInbox] {
        var entries: [WatchConfiguration.Entry]
        if let configurationPath {
            do {
                entries = try WatchConfiguration.load(path: configurationPath).inboxes
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        } else {
            entries = [WatchConfiguration.Entry(path: inbox ?? ".")]
        }
        var loaded: [String: (Pipeline, DocumentClassifier?)] = [:]
        var watched: [WatchedInbox] = []
        for entry in entries {
            let pipelinePath = entry.pipelinePath ?? pipelineOptions.pipeline
            let key = pipelinePath ?? ""
            if loaded[key] == nil {
                let pipeline = try PipelineOptions.load(path: pipelinePath)
                loaded[key] = (pipeline, try PipelineOptions.classifier(for: pipeline))
            }
            let (pipeline, classifier) = loaded[key]!
            var options = ingestOptions
            options.caseId = entry.caseId ?? options.caseId
            options.originalLocation = entry.originalLocation ?? options.originalLocation
            options.operatorName = entry.operatorName ?? options.operatorName
            if let caseId = options.caseId { try PipelineOptions.requireCaseNumber(caseId, in: pipeline) }
            let inbox = Inbox(path: entry.path, settleSeconds: entry.settleSeconds ?? settle, removeStored: entry.removeStored ?? removeStored)
            watched.append(WatchedInbox(inbox: inbox, request: options.request(paths: [], pipeline: pipeline, jobs: nil, classifier: classifier)))
        }
        return watched
    }
}
