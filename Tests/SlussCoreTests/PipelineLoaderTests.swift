import Foundation
import Testing
@testable import SlussCore

@Suite struct PipelineLoaderTests {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func loadsTheShippedDefaultPipeline() throws {
        let path = Self.repositoryRoot.appendingPathComponent("Pipelines/default.yaml").path
        let pipeline = try PipelineLoader.load(path: path)
        #expect(pipeline.name == "default")
        #expect(pipeline.languages == ["swe"])
        #expect(pipeline.orientationCheck == .whenDoubtful)
        #expect(pipeline.renderDPI == 300)
        #expect(pipeline.textLayer == .prefer)
        #expect(pipeline.deskew)
        #expect(pipeline.jobs == nil)
        #expect(pipeline.symbolModel == "Latin")
        #expect(try PipelineLoader.parse(yaml: "name: a\nocr:\n  symbol_model: none\n", path: "a.yaml", sha256: "x").symbolModel == nil)
        #expect(pipeline.sourceSHA256.count == 64)
        #expect(pipeline.acceptsCaseNumber("SN 2026/0412"))
        #expect(pipeline.acceptsCaseNumber("IFO-2026-0412"))
        #expect(!pipeline.acceptsCaseNumber("hej"))
    }

    @Test func everyKeyOfTheDefaultPipelineIsDocumentedByAComment() throws {
        let path = Self.repositoryRoot.appendingPathComponent("Pipelines/default.yaml").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.range(of: #"^\s*[a-z_]+:"#, options: .regularExpression) != nil {
            let previous = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
            let isSectionHeader = line.hasSuffix(":")
            // Keys of a list entry ("- id: …" then "label: …") are documented above the list.
            let isInListEntry = previous.hasPrefix("- ") || (previous.range(of: #"^[a-z_]+:"#, options: .regularExpression) != nil
                && index > 1 && lines[index - 2].trimmingCharacters(in: .whitespaces).hasPrefix("- "))
            #expect(isSectionHeader || isInListEntry || previous.hasPrefix("#"), "line \(index + 1) '\(line)' has no comment above it")
        }
    }

    @Test func keysLeftOutTakeTheValuesTheShippedFileShows() throws {
        // The shipped file promises "a key left out takes the value shown here".
        let shipped = try PipelineLoader.load(path: Self.repositoryRoot.appendingPathComponent("Pipelines/default.yaml").path)
        var minimal = try PipelineLoader.parse(yaml: "name: default\n", path: shipped.sourcePath, sha256: shipped.sourceSHA256)
        // Classification is the one section whose absence means "off", not a default.
        #expect(minimal.classification == nil)
        var shippedWithoutClassification = shipped
        shippedWithoutClassification.classification = nil
        #expect(minimal == shippedWithoutClassification)
        minimal.name = "x"
        #expect(minimal != shipped)
    }

    @Test(arguments: [
        ("name: a\nocr:\n  languages: [swe]\n  deskew: maybe\n", 4, "ocr.deskew", "true or false"),
        ("name: a\npdf:\n  render_dpi: 5000\n", 3, "pdf.render_dpi", "70 to 1200"),
        ("name: a\nocr:\n  langauges: [swe]\n", 3, "ocr.langauges", "unknown key"),
        ("name: a\nocr:\n  orientation: sometimes\n", 3, "ocr.orientation", "always, when-doubtful, never"),
        ("name: a\ncases:\n  number_pattern: '([a-z'\n", 3, "cases.number_pattern", "regular expression"),
        ("name: a\njobs: many\n", 2, "jobs", "'auto'"),
        ("name: a\nocr:\n  reading_letter_height: -3\n", 3, "ocr.reading_letter_height", "0 to 200"),
        ("name: a\nocr:\n  skip_blank_pages: sometimes\n", 3, "ocr.skip_blank_pages", "true or false"),
        ("name: a\nocr:\n  symbol_model: \"swe eng\"\n", 3, "ocr.symbol_model", "Latin, or none"),
        ("description: no name\n", 1, "name", "missing"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n    - id: b\n  rules:\n    - phrase: x\n      favours: c\n", 9, "classification.rules.favours", "not one of the classes: a, b"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n    - id: b\n  rules:\n    - phrase: x\n      pattern: y\n      favours: a\n", 8, "classification.rules", "exactly one of 'phrase' or 'pattern'"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n    - id: a\n", 6, "classification.classes.id", "listed twice"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: Ärende\n    - id: b\n", 5, "classification.classes.id", "lower-case"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n", 4, "classification.classes", "at least two"),
        ("name: a\nclassification:\n  classes:\n    - id: a\n    - id: b\n", 3, "classification.model", "required"),
        ("name: a\nclassification:\n  model: m.json\n  review_below: 2\n  classes:\n    - id: a\n    - id: b\n", 4, "classification.review_below", "0 to 1"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n    - id: b\n  rules:\n    - pattern: '(x'\n      favours: a\n", 8, "classification.rules.pattern", "regular expression"),
        ("name: a\nclassification:\n  model: m.json\n  classes:\n    - id: a\n    - id: b\n  rules:\n    - phrase: x\n      forces: a\n      weight: 2\n", 10, "classification.rules.weight", "no weight"),
    ] as [(String, Int, String, String)])
    func invalidValuesNameTheKeyAndLine(yaml: String, line: Int, key: String, problem: String) {
        do {
            _ = try PipelineLoader.parse(yaml: yaml, path: "bad.yaml", sha256: "x")
            Issue.record("expected the pipeline to be rejected")
        } catch let PipelineError.invalid(path, errorLine, errorKey, message) {
            #expect(path == "bad.yaml")
            #expect(errorLine == line)
            #expect(errorKey == key)
            #expect(message.contains(problem))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func brokenYAMLReportsTheLine() {
        do {
            _ = try PipelineLoader.parse(yaml: "name: a\nocr:\n  languages: [swe\n  deskew: true\n", path: "broken.yaml", sha256: "x")
            Issue.record("expected a syntax error")
        } catch let PipelineError.syntax(path, line, _) {
            #expect(path == "broken.yaml")
            #expect(line >= 3)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func aMissingFileIsReportedWithItsPath() {
        #expect(throws: PipelineError.self) { try PipelineLoader.load(path: "/nonexistent/pipeline.yaml") }
        do {
            _ = try PipelineLoader.load(path: "/nonexistent/pipeline.yaml")
        } catch {
            #expect(error.description.contains("/nonexistent/pipeline.yaml"))
        }
    }
}

@Suite struct ClassificationSettingsTests {
    @Test func theShippedPipelineClassifiesWithPathsBesideIt() throws {
        let root = PipelineLoaderTests.repositoryRoot
        let pipeline = try PipelineLoader.load(path: root.appendingPathComponent("Pipelines/default.yaml").path)
        let settings = try #require(pipeline.classification)
        #expect(settings.modelPath == root.appendingPathComponent("Models/classifier.json").path)
        #expect(settings.corpusPath == root.appendingPathComponent("corpus/train").path)
        #expect(settings.classes.map(\.id) == ["bup-utredning", "orosanmalan", "polisanmalan", "lakarintyg", "skolyttrande", "beslut", "ansokan", "ovrigt"])
        #expect(settings.label(of: "orosanmalan") == "Orosanmälan")
        #expect(settings.reviewBelow > 0.5 && settings.reviewBelow < 1)
        #expect(settings.rules.contains { $0.classId == "orosanmalan" && !$0.forces })
    }

    @Test func rulesAreReadWithTheirLinesAndAFingerprintThatTracksThem() throws {
        let yaml = """
            name: a
            classification:
              model: /models/m.json
              corpus: korpus
              classes:
                - id: beslut
                  label: Beslut
                - id: ovrigt
              rules:
                - phrase: Hur man överklagar
                  favours: beslut
                  weight: 2.5
                - pattern: 'Dom\\s+meddelad'
                  forces: beslut
            """
        let pipeline = try PipelineLoader.parse(yaml: yaml, path: "/etc/sluss/p.yaml", sha256: "x")
        let settings = try #require(pipeline.classification)
        #expect(settings.modelPath == "/models/m.json")
        #expect(settings.corpusPath == "/etc/sluss/korpus")
        #expect(settings.label(of: "ovrigt") == "ovrigt")
        #expect(settings.rules == [
            .init(match: .phrase("Hur man överklagar"), classId: "beslut", weight: 2.5, forces: false, line: 10),
            .init(match: .pattern(#"Dom\s+meddelad"#), classId: "beslut", weight: 1, forces: true, line: 13),
        ])
        let changed = try #require(try PipelineLoader.parse(yaml: yaml.replacingOccurrences(of: "2.5", with: "3"), path: "/p.yaml", sha256: "x").classification)
        #expect(changed.rulesFingerprint != settings.rulesFingerprint)
    }
}
