import Foundation
import Testing
@testable import SlussClassify
import SlussCore

/// The shipped pipeline, corpus and model, and a model trained from the corpus once per test run.
enum Shipped {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func settings() throws -> ClassificationSettings {
        try #require(try PipelineLoader.load(path: root.appendingPathComponent("Pipelines/default.yaml").path).classification)
    }

    static func corpus(_ name: String) throws -> TrainingCorpus {
        let settings = try settings()
        return try TrainingCorpus(path: root.appendingPathComponent("corpus/\(name)").path, classes: settings.classes.map(\.id), requireEveryClass: true)
    }

    static func classifier() throws -> DocumentClassifier {
        try DocumentClassifier(settings: try settings())
    }
}

@Suite struct TextFeatureTests {
    @Test func wordsAreComparedInLowerCaseWithDigitsByShape() {
        let tokens = TextFeatures.tokens("Anmälan om ORO, K123456-26 (F90.0)").map { String(String.UnicodeScalarView($0)) }
        #expect(tokens == ["anmälan", "om", "oro", "k000000", "00", "f00", "0"])
    }

    @Test func decomposedLettersCountAsTheirComposedForm() {
        // "ä" typed as a + combining diaeresis, as some PDF text layers give it.
        #expect(TextFeatures.counts(of: TextFeatures.tokens("utla\u{0308}tande")) == TextFeatures.counts(of: TextFeatures.tokens("utlåtande".replacingOccurrences(of: "å", with: "ä"))))
    }

    @Test func aWordIsCutIntoPaddedPiecesOfThreeToFiveLetters() {
        #expect(TextFeatures.letterGrams(of: Array("oro".unicodeScalars)) == [" or", "oro", "ro ", " oro", "oro ", " oro "])
    }

    @Test func featureNamesHashLikeTheTextTheyCameFrom() throws {
        let counts = TextFeatures.counts(of: TextFeatures.tokens("Sammanfattande bedömning"))
        for name in ["w:sammanfattande", "p:sammanfattande bedömning", "l: be", "o:bedömning"] {
            let hash = try #require(TextFeatures.hash(ofName: name))
            #expect(counts[hash] == 1, "\(name)")
        }
        #expect(TextFeatures.hash(ofName: "x:okänd") == nil)
    }
}

@Suite struct ModelFilePathTests {
    @Test func theCorpusIsRecordedRelativeToTheModelSoAnyCheckoutWritesTheSameFile() {
        #expect(ClassifierModel.relativePath(of: "/srv/sluss/corpus/train", from: "/srv/sluss/Models") == "../corpus/train")
        #expect(ClassifierModel.relativePath(of: "/srv/sluss/Models/korpus", from: "/srv/sluss/Models") == "korpus")
        #expect(ClassifierModel.relativePath(of: "/a/b", from: "/a/b") == ".")
        #expect(ClassifierModel.relativePath(of: "/data/korpus", from: "/srv/models") == "../../data/korpus")
    }
}

@Suite struct OCRNoiseTests {
    @Test func damageIsRepeatableAndAboutTheRateAsked() {
        let text = String(repeating: "Sammanfattande bedömning av barnets behov och vårdnadshavarnas förmåga. ", count: 40)
        var first = OCRNoise(seed: 7), second = OCRNoise(seed: 7), other = OCRNoise(seed: 8)
        let damaged = first.damage(text, rate: 0.05)
        #expect(damaged == second.damage(text, rate: 0.05))
        #expect(damaged != other.damage(text, rate: 0.05))
        let changed = zip(damaged, text).filter { $0 != $1 }.count
        #expect(damaged != text && changed > text.count / 100)
        var clean = OCRNoise(seed: 7)
        #expect(clean.damage(text, rate: 0) == text)
    }
}

@Suite struct RuleTests {
    @Test func phrasesMatchAcrossCaseSpacingAndLineBreaksButNotInsideWords() {
        let matcher = RuleMatcher([
            .init(match: .phrase("Anmälan om oro"), classId: "orosanmalan", weight: 1, forces: false, line: 3),
            .init(match: .pattern(#"K\d{6}-\d{2}"#), classId: "polisanmalan", weight: 1, forces: false, line: 6),
        ])
        #expect(matcher.matches(in: "ANMÄLAN  OM\nORO för barn").map(\.line) == [3])
        #expect(matcher.matches(in: "Föranmälan om orolig...").isEmpty)
        #expect(matcher.matches(in: "Diarienummer K123456-26").map(\.line) == [6])
    }
}

@Suite struct OwnClassesTests {
    @Test func aMunicipalityCanTrainItsOwnClasses() throws {
        // Three classes a municipality might add, five short documents each, written from
        // phrases so that the test needs no corpus files.
        let phrases = [
            "faktura": ["Faktura nummer", "att betala", "förfallodag", "bankgiro", "moms", "belopp kronor"],
            "kallelse": ["Kallelse till möte", "välkommen", "tid och plats", "anmäl förhinder", "mötet gäller", "ta med"],
            "hyresavi": ["Hyresavi", "hyra för månaden", "lägenhet nummer", "hyresvärd", "OCR-nummer", "varmvatten"],
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sluss-own-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (classId, words) in phrases {
            try FileManager.default.createDirectory(atPath: folder + "/" + classId, withIntermediateDirectories: true)
            for index in 0..<6 {
                let text = (0..<8).map { words[($0 * (index + 1)) % words.count] }.joined(separator: ". ") + ". Sida \(index + 1)."
                try text.write(toFile: folder + "/\(classId)/\(index).txt", atomically: true, encoding: .utf8)
            }
        }
        let settings = ClassificationSettings(
            modelPath: folder + "/model.json", corpusPath: folder, reviewBelow: 0.5,
            classes: ["faktura", "kallelse", "hyresavi"].map { .init(id: $0, label: $0.capitalized) }, rules: [])
        let corpus = try TrainingCorpus(path: folder, classes: settings.classes.map(\.id), requireEveryClass: true)
        let model = try ClassifierTrainer.train(corpus: corpus, settings: settings, slussVersion: "test")
        try model.write(to: settings.modelPath)
        let classifier = try DocumentClassifier(settings: settings)
        #expect(classifier.model.classes == ["faktura", "kallelse", "hyresavi"])
        #expect(classifier.classify("Hyresavi för lägenhet nummer 1102, hyra för månaden mars").classId == "hyresavi")
        #expect(classifier.classify("Kallelse: välkommen till mötet, anmäl förhinder").classId == "kallelse")
        #expect(model.report.documentsPerClass == ["faktura": 6, "kallelse": 6, "hyresavi": 6])
    }
}
