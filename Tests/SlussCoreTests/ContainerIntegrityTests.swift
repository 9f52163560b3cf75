import Foundation
import SlussTestSupport
import Testing
@testable import SlussCore

@Suite struct ContainerIntegrityTests {
    static func truncatedCopy(of sample: String, keeping share: Double) throws -> String {
        let data = try Data(contentsOf: Fixtures.samples.appendingPathComponent(sample))
        let path = try Fixtures.temporaryFolder("integrity") + "/" + sample
        try data.prefix(Int(Double(data.count) * share)).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [("bup-utredning.pdf", SourceFormat.pdf), ("beslut.pdf", .pdf), ("polisanmalan.pdf", .pdf), ("orosanmalan.tif", .tiff)])
    func completeSamplesPass(sample: String, format: SourceFormat) throws {
        try ContainerIntegrity.check(path: Fixtures.samples.appendingPathComponent(sample).path, format: format)
    }

    @Test(arguments: [0.3, 0.6, 0.9, 0.999])
    func aPDFCutShortIsCaught(share: Double) throws {
        let path = try Self.truncatedCopy(of: "bup-utredning.pdf", keeping: share)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(throws: ContainerIntegrity.Problem.truncatedPDF) { try ContainerIntegrity.check(path: path, format: .pdf) }
    }

    @Test(arguments: [0.5, 0.75, 0.95])
    func aMultiPageTIFFCutShortIsCaught(share: Double) throws {
        let path = try Self.truncatedCopy(of: "orosanmalan.tif", keeping: share)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(throws: ContainerIntegrity.Problem.self) { try ContainerIntegrity.check(path: path, format: .tiff) }
    }

    @Test func aTIFFWhoseDirectoriesLoopIsRejected() throws {
        // Header pointing at a directory with no entries whose "next" points back at itself.
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00]
        bytes += [0x00, 0x00, 0x08, 0x00, 0x00, 0x00]
        let path = try Fixtures.temporaryFolder("integrity") + "/loop.tif"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: ContainerIntegrity.Problem.malformedTIFF("its page directories loop")) {
            try ContainerIntegrity.check(path: path, format: .tiff)
        }
    }
}
