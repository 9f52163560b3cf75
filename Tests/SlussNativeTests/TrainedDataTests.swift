import Foundation
import Testing
@testable import SlussNative

/// Loading a model without its word lists, for reading single signs.
@Suite struct TrainedDataTests {
    static let datapath = try! TesseractEngine(languages: "swe").datapath

    @Test func theLatinModelLosesItsWordListsAndStillReadsASign() throws {
        let path = (Self.datapath as NSString).appendingPathComponent("Latin.traineddata")
        let whole = try #require(FileManager.default.contents(atPath: path))
        let stripped = try #require(TrainedData.withoutDictionaries(atPath: path))
        #expect(TrainedData.withoutDictionaries(whole) == stripped, "read from the file or from memory, the same")
        #expect(whole.count > 50_000_000)
        #expect(stripped.count < 1_000_000, "the network, its characters and recoder are kept: \(stripped.count) bytes")
        let reader = try TesseractEngine(signReader: "Latin", datapath: Self.datapath)
        #expect(reader.modelFiles.map(\.path) == [path])
    }

    @Test(arguments: [Data(), Data([1, 2, 3]), Data(repeating: 0xFF, count: 400)])
    func whatIsNoModelIsRefused(data: Data) {
        #expect(TrainedData.withoutDictionaries(data) == nil)
    }

    @Test func aMissingModelSaysWhichAndWhere() {
        #expect(throws: ImagingError.self) { try TesseractEngine(signReader: "Klingon", datapath: Self.datapath) }
    }
}
