import Foundation
import Testing
@testable import SlussClassify
import SlussCore

@Suite struct BadModelAndCorpusTests {
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sluss-classify-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func settings(model: String, classes: [String] = ["a", "b"]) -> ClassificationSettings {
        ClassificationSettings(modelPath: model, corpusPath: "/nowhere", reviewBelow: 0.9,
                               classes: classes.map { .init(id: $0, label: $0.uppercased()) }, rules: [])
    }

    @Test(arguments: [
        ("", "not valid JSON"),
        ("{\"format\": \"sluss-classifier\"}", "is missing"),
        ("[1, 2, 3]", "not a usable"),
    ])
    func aDamagedModelFileIsNamedWithItsProblem(content: String, problem: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/model.json"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try DocumentClassifier(settings: Self.settings(model: path))
        } throws: { error in
            let text = (error as? ClassifierError)?.description ?? ""
            return text.hasPrefix(path) && text.contains(problem) && text.contains("sluss train")
        }
    }

    @Test func aModelEditedOutOfShapeOrForOtherClassesIsRefused() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shipped = try Shipped.settings().modelPath
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: shipped))) as! [String: Any]
        json["weights"] = Array((json["weights"] as! [Any]).dropLast())
        let truncated = folder + "/truncated.json"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: truncated))
        #expect(throws: ClassifierError.self) { _ = try ClassifierModel.load(path: truncated) }
        do {
            _ = try ClassifierModel.load(path: truncated)
        } catch {
            #expect(error.description.contains("do not line up"))
        }
        #expect {
            _ = try DocumentClassifier(settings: Self.settings(model: shipped))
        } throws: { error in
            (error as? ClassifierError)?.description.contains("the pipeline lists a, b") == true
        }
        #expect(throws: ClassifierError.modelMissing(path: folder + "/none.json")) {
            _ = try DocumentClassifier(settings: Self.settings(model: folder + "/none.json"))
        }
    }

    @Test func corpusProblemsNameTheFolderOrFile() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try "Ett brev om något.".write(toFile: folder + "/a/1.txt", atomically: true, encoding: .utf8)
        #expect(throws: ClassifierError.corpusClassMissing(path: folder, classId: "b")) {
            _ = try TrainingCorpus(path: folder, classes: ["a", "b"], requireEveryClass: true)
        }
        try manager.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        try Data([0x42, 0xff, 0xfe, 0x41]).write(to: URL(fileURLWithPath: folder + "/b/latin1.txt"))
        #expect {
            _ = try TrainingCorpus(path: folder, classes: ["a", "b"], requireEveryClass: true)
        } throws: { error in
            (error as? ClassifierError)?.description.contains("b/latin1.txt") == true
        }
        try manager.removeItem(atPath: folder + "/b/latin1.txt")
        try "Ansökan om bistånd.".write(toFile: folder + "/b/1.txt", atomically: true, encoding: .utf8)
        try manager.createDirectory(atPath: folder + "/typo", withIntermediateDirectories: true)
        #expect(throws: ClassifierError.corpusUnknownFolder(path: folder, folder: "typo", classes: ["a", "b"])) {
            _ = try TrainingCorpus(path: folder, classes: ["a", "b"], requireEveryClass: true)
        }
        try manager.removeItem(atPath: folder + "/typo")
        let corpus = try TrainingCorpus(path: folder, classes: ["a", "b"], requireEveryClass: true)
        #expect(corpus.documents.map(\.name) == ["a/1.txt", "b/1.txt"])
        #expect(throws: ClassifierError.corpusTooSmall(path: folder, classId: "a", documents: 1, minimum: 5)) {
            _ = try ClassifierTrainer.train(corpus: corpus, settings: Self.settings(model: folder + "/m.json"), slussVersion: "test")
        }
        #expect(throws: ClassifierError.corpusMissing(path: folder + "/none")) {
            _ = try TrainingCorpus(path: folder + "/none", classes: ["a"], requireEveryClass: true)
        }
    }
}
