import Foundation
import SlussTestSupport
import Testing
@testable import SlussIngest

@Suite struct InputCollectorTests {
    @Test func walksFoldersInOrderSkippingHiddenEntriesAndTheStore() throws {
        let folder = try Fixtures.temporaryFolder("collect")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        for path in ["b/2.pdf", "a/1.tif", "a/.~lock.tmp", ".hidden/x.pdf", "store/originals/ab/abc", "c.png"] {
            try manager.createDirectory(atPath: (folder + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(manager.createFile(atPath: folder + "/" + path, contents: Data("x".utf8)))
        }
        try manager.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
        let collected = InputCollector.collect([folder], excluding: [folder + "/store"])
        #expect(collected.files == ["a/1.tif", "b/2.pdf", "c.png"].map { folder + "/" + $0 })
        #expect(collected.skippedHidden == 2)
        #expect(collected.unreadable.map(\.path) == [folder + "/loop"])
    }

    @Test func aFileNamedTwiceIsTakenOnce() throws {
        let folder = try Fixtures.temporaryFolder("collect-twice")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/scan.pdf", contents: Data("x".utf8)))
        let collected = InputCollector.collect([folder + "/scan.pdf", folder, folder + "/../" + (folder as NSString).lastPathComponent + "/scan.pdf"])
        #expect(collected.files == [folder + "/scan.pdf"])
    }
}
