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
            #expect(isSectionHeader || previous.hasPrefix("#"), "line \(index + 1) '\(line)' has no comment above it")
        }
    }

    @Test func keysLeftOutTakeTheValuesTheShippedFileShows() throws {
        // The shipped file promises "a key left out takes the value shown here".
        let shipped = try PipelineLoader.load(path: Self.repositoryRoot.appendingPathComponent("Pipelines/default.yaml").path)
        var minimal = try PipelineLoader.parse(yaml: "name: default\n", path: shipped.sourcePath, sha256: shipped.sourceSHA256)
        #expect(minimal == shipped)
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
        ("description: no name\n", 1, "name", "missing"),
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
