import Foundation
import Logging
import SlussCore
import SlussStore
import SlussTestSupport
import Testing
@testable import SlussIngest

/// Sweeping an inbox through the library, where a test can step in between finding a file and
/// taking it.
@Suite struct InboxRunTests {
    private func inboxWithTwoLetters() throws -> (folder: String, inbox: Inbox, store: Store) {
        let folder = try Fixtures.temporaryFolder("inbox-run")
        let inboxPath = folder + "/inkorg"
        try FileManager.default.createDirectory(atPath: inboxPath, withIntermediateDirectories: true)
        try MinimalPDF.make(pages: [["Kallelse till möte", "Vi vill träffa er den 4 december."]]).write(to: URL(fileURLWithPath: inboxPath + "/kallelse.pdf"))
        try MinimalPDF.make(pages: [["Beslut om kontaktperson", "Nämnden beviljar kontaktperson."]]).write(to: URL(fileURLWithPath: inboxPath + "/beslut.pdf"))
        return (folder, Inbox(path: inboxPath, settleSeconds: 0, removeStored: false), try Store(root: folder + "/store"))
    }

    private var quietLogger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }

    @Test func aFileThatVanishesAfterItWasFoundLeavesANoteAndTheRestIsStored() throws {
        let (folder, inbox, store) = try inboxWithTwoLetters()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sweep = try inbox.sweep(openFiles: [])
        #expect(sweep.ready.count == 2)
        // Someone takes the file back between the sweep and the copy into the store.
        try FileManager.default.removeItem(atPath: inbox.path + "/kallelse.pdf")

        let run = InboxRun(WatchedInbox(inbox: inbox, request: try .test([])), store: store, logger: quietLogger)
        let tally = try run.process(sweep)
        #expect(tally.stored == 1 && tally.failed == 1)
        let note = try String(contentsOfFile: inbox.path + "/.failed/kallelse.pdf.error.txt", encoding: .utf8)
        #expect(note.contains("NOT in the store"))
        #expect(FileManager.default.fileExists(atPath: inbox.path + "/.done/beslut.pdf"))
        #expect(try store.documents().map(\.fileName) == ["beslut.pdf"])
    }

    @Test func aStopRequestedBeforeTheBatchLeavesEveryFileInTheInbox() throws {
        let (folder, inbox, store) = try inboxWithTwoLetters()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stop = StopSignal()
        stop.request()
        let run = InboxRun(WatchedInbox(inbox: inbox, request: try .test([])), store: store, logger: quietLogger)
        let tally = try run.sweepOnce(stop: stop)
        #expect(tally.leftInInbox == 2 && tally.stored == 0 && tally.failed == 0)
        #expect(FileManager.default.fileExists(atPath: inbox.path + "/kallelse.pdf"))
        #expect(FileManager.default.fileExists(atPath: inbox.path + "/beslut.pdf"))
        #expect(try store.documents().isEmpty)
        // The sweep is recorded for `sluss status`.
        #expect(InboxState.read(inbox: inbox)?.lastWork?.leftInInbox == 2)

        let next = try run.sweepOnce()
        #expect(next.stored == 2)
        #expect(InboxState.read(inbox: inbox)?.lastSweep == next)
    }
}
