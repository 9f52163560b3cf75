import ArgumentParser
import Foundation
import SlussStore

/// Version of Sluss recorded in every document's provenance.
let slussVersion = "0.1.0"

struct Sluss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluss",
        abstract: "Turns incoming paper into searchable case documents that trace back to the paper original.",
        discussion: """
            Scans (PDF, TIFF, PNG, JPEG) are copied unchanged into a private store, every page is read \
            in Swedish (OCR with orientation detection and deskew, or the PDF's own text layer when it \
            is good), and the result is attached to a case with the full provenance of the paper \
            original: file, SHA-256, pages, who, when, with which software and models, and where the \
            paper is kept.

            Typical use:
              sluss ingest skannat/ --case "SN 2026/0412" --original-location "Skåp 4"
              sluss case "SN 2026/0412"
              sluss search orosanmälan skola
              sluss text 12 --page 3
            """,
        version: slussVersion,
        subcommands: [
            IngestCommand.self, DocumentsCommand.self, ShowCommand.self, TextCommand.self,
            SearchCommand.self, CaseCommand.self, ClassifyCommand.self, ReviewCommand.self, TrainCommand.self,
            SummaryCommand.self, WatchCommand.self, StatusCommand.self, EvaluateCommand.self, EvaluateSummariesCommand.self, CoverSheetCommand.self,
        ]
    )
}

/// The store option every command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of the store (database and archived originals).",
        discussion: "Default: $SLUSS_STORE, else $XDG_DATA_HOME/sluss, else ~/.local/share/sluss. Created readable by its owner only.",
        valueName: "dir"))
    var store: String?

    var path: String { ProcessEnvironment.storePath(option: store) }

    /// Opens the store; a store that cannot be opened is a configuration error (exit 2). Only
    /// `ingest` creates a store: reading from a mistyped path must not make an empty one there.
    func open(creatingIfMissing: Bool = false) throws -> Store {
        let databasePath = (path as NSString).appendingPathComponent(Store.databaseFileName)
        if !creatingIfMissing && !FileManager.default.fileExists(atPath: databasePath) {
            Console.error("no Sluss store at \(path); ingest documents first, or name the store with --store or SLUSS_STORE")
            throw ExitCode(2)
        }
        do {
            return try Store(root: path)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
