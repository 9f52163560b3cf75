import Foundation
import SlussTestSupport
import Testing

/// Runs the built `sluss` executable as a user or a script would.
struct SlussProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String

        var jsonLines: [[String: Any]] {
            output.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
    }

    static let executable: String = {
        let candidates = [".build/debug/sluss", ".build/x86_64-unknown-linux-gnu/debug/sluss", ".build/aarch64-unknown-linux-gnu/debug/sluss"]
        for candidate in candidates {
            let path = Fixtures.repositoryRoot.appendingPathComponent(candidate).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        fatalError("build sluss first (swift build --build-tests builds it)")
    }()

    let store: String

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SLUSS_STORE"] = store
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self))
    }
}

/// A temporary folder with a store and an inbox of born-digital PDFs (read from their text
/// layer, so these tests need no OCR time).
final class CLIWorkspace {
    let folder: String
    let inbox: String
    let sluss: SlussProcess

    init() throws {
        folder = try Fixtures.temporaryFolder("cli")
        inbox = folder + "/inkorg"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        sluss = SlussProcess(store: folder + "/store")
        try MinimalPDF.make(pages: [
            ["Beslut om insats", "Socialnämnden beviljar kontaktfamilj enligt 4 kap. 1 § SoL.", "Beslutet gäller omedelbart."],
            ["Hur man överklagar", "Beslutet kan överklagas till förvaltningsrätten inom tre veckor."],
        ]).write(to: URL(fileURLWithPath: inbox + "/beslut.pdf"))
        try MinimalPDF.make(pages: [
            ["Yttrande från skolan", "Eleven har haft 34 procent frånvaro under höstterminen.", "Elevhälsoteamet har träffat vårdnadshavarna."],
        ]).write(to: URL(fileURLWithPath: inbox + "/yttrande.pdf"))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

@Suite struct CLITests {
    @Test func helpTeachesEveryCommand() throws {
        let workspace = try CLIWorkspace()
        let help = try workspace.sluss.run(["--help"])
        #expect(help.status == 0)
        for command in ["ingest", "documents", "show", "text", "search", "case", "classify", "review", "train", "evaluate", "coversheet", "summary", "evaluate-summaries", "watch"] {
            #expect(help.output.contains(command))
        }
        let ingestHelp = try workspace.sluss.run(["ingest", "--help"])
        for option in ["--case", "--pipeline", "--original-location", "--operator", "--jobs", "--json", "--store", "Exit status"] {
            #expect(ingestHelp.output.contains(option), "ingest --help mentions \(option)")
        }
    }

    @Test func usageErrorsExitWith2() throws {
        let workspace = try CLIWorkspace()
        #expect(try workspace.sluss.run(["ingest"]).status == 2)
        #expect(try workspace.sluss.run(["ingest", "--bogus", workspace.inbox]).status == 2)
        #expect(try workspace.sluss.run(["ingest", "--jobs", "0", workspace.inbox]).status == 2)
    }

    @Test func anInvalidPipelineExitsWith2NamingFileLineAndKey() throws {
        let workspace = try CLIWorkspace()
        let pipeline = workspace.folder + "/fel.yaml"
        try "name: fel\npdf:\n  render_dpi: tre hundra\n".write(toFile: pipeline, atomically: true, encoding: .utf8)
        let result = try workspace.sluss.run(["ingest", "--pipeline", pipeline, workspace.inbox])
        #expect(result.status == 2)
        #expect(result.error.contains("fel.yaml:3"))
        #expect(result.error.contains("pdf.render_dpi"))
        #expect(try workspace.sluss.run(["documents", "--json"]).output.isEmpty)
    }

    @Test func ingestJSONThenDuplicateThenReadBack() throws {
        let workspace = try CLIWorkspace()
        let first = try workspace.sluss.run([
            "ingest", "--json", "--case", "SN 2026/0412", "--operator", "Kim Registrator",
            "--original-location", "Arkiv plan 2, skåp 4", workspace.inbox,
        ])
        #expect(first.status == 0, "\(first.error)")
        let lines = first.jsonLines
        #expect(lines.count == 2)
        for line in lines {
            for key in ["id", "source", "sha256", "pages", "status", "error"] {
                #expect(line.keys.contains(key), "\(key) in \(line)")
            }
            #expect(line["status"] as? String == "ingested")
            #expect(line["case"] as? String == "SN 2026/0412")
        }

        let second = try workspace.sluss.run(["ingest", "--json", workspace.inbox + "/beslut.pdf"])
        #expect(second.status == 0)
        #expect(second.jsonLines.first?["status"] as? String == "duplicate")
        #expect(try workspace.sluss.run(["documents", "--json"]).jsonLines.count == 2)

        let beslut = try #require(lines.first { ($0["source"] as? String)?.hasSuffix("beslut.pdf") == true })
        let id = try #require(beslut["id"] as? Int)
        let show = try workspace.sluss.run(["show", "--json", "\(id)"])
        #expect(show.status == 0)
        let provenance = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect(provenance["operator"] as? String == "Kim Registrator")
        #expect(provenance["original_location"] as? String == "Arkiv plan 2, skåp 4")
        #expect(provenance["sha256"] as? String == beslut["sha256"] as? String)
        let pages = try #require(provenance["page_provenance"] as? [[String: Any]])
        #expect(pages.map { $0["text_source"] as? String } == ["text-layer", "text-layer"])
        let events = try #require(provenance["events"] as? [[String: Any]])
        #expect(events.contains { $0["kind"] as? String == "duplicate-received" })

        let text = try workspace.sluss.run(["text", "\(id)"])
        #expect(text.output.components(separatedBy: "\u{0C}").count == 2)
        #expect(text.output.contains("Socialnämnden beviljar kontaktfamilj"))
        let secondPage = try workspace.sluss.run(["text", "\(id)", "--page", "2"])
        #expect(secondPage.output.contains("Hur man överklagar"))
        #expect(!secondPage.output.contains("Socialnämnden"))
        #expect(try workspace.sluss.run(["text", "\(id)", "--page", "9"]).status == 1)

        let search = try workspace.sluss.run(["search", "--json", "förvaltningsrätten"])
        #expect(search.jsonLines.map { $0["page"] as? Int } == [2])
        let human = try workspace.sluss.run(["search", "frånvaro"])
        #expect(human.output.contains("yttrande.pdf"))

        let caseListing = try workspace.sluss.run(["case", "SN 2026/0412"])
        #expect(caseListing.status == 0)
        #expect(caseListing.output.contains("2 documents"))
        #expect(try workspace.sluss.run(["case", "SN 2099/1"]).status == 1)
        #expect(try workspace.sluss.run(["show", "12345"]).status == 1)
    }

    @Test func aBlankPageIsCountedListedAndNotRead() throws {
        let workspace = try CLIWorkspace()
        // Read the decision as if scanned (its text layer ignored); its second page is empty.
        let pipeline = workspace.folder + "/skannat.yaml"
        try "name: skannat\npdf:\n  text_layer: ignore\n".write(toFile: pipeline, atomically: true, encoding: .utf8)
        let ingest = try workspace.sluss.run([
            "ingest", "--json", "--stage-times", "--pipeline", pipeline, workspace.inbox + "/yttrande.pdf", workspace.inbox + "/beslut.pdf",
        ])
        #expect(ingest.status == 0, "\(ingest.error)")
        #expect(ingest.error.contains("stage seconds summed over 3 pages"))
        let yttrande = try #require(ingest.jsonLines.first { ($0["source"] as? String)?.hasSuffix("yttrande.pdf") == true })
        #expect(yttrande["ocr_pages"] as? Int == 1 && yttrande["blank_pages"] as? Int == 0)
        #expect(yttrande["orientation_uncertain_pages"] as? [Int] == [])

        let blankPDF = workspace.folder + "/med-baksida.pdf"
        try MinimalPDF.make(pages: [["Beslut om insats", "Socialnämnden beviljar kontaktfamilj."], []])
            .write(to: URL(fileURLWithPath: blankPDF))
        let withBack = try workspace.sluss.run(["ingest", "--json", "--pipeline", pipeline, blankPDF])
        let line = try #require(withBack.jsonLines.first)
        #expect(line["blank_pages"] as? Int == 1 && line["ocr_pages"] as? Int == 1)
        let show = try workspace.sluss.run(["show", "\(try #require(line["id"] as? Int))"])
        #expect(show.output.contains("Blank, not read: page 2."))
        #expect(show.output.contains("upright"))
    }

    @Test func aBatchWithABrokenFileExitsWith1AndStillIngestsTheRest() throws {
        let workspace = try CLIWorkspace()
        try Data().write(to: URL(fileURLWithPath: workspace.inbox + "/tom.pdf"))
        let result = try workspace.sluss.run(["ingest", workspace.inbox])
        #expect(result.status == 1)
        #expect(result.output.contains("failed"))
        #expect(result.output.contains("tom.pdf: the file is empty"))
        #expect(result.output.contains("2 ingested"))
    }

    @Test func theStoreLocationFollowsFlagThenEnvironmentThenXDG() throws {
        let workspace = try CLIWorkspace()
        let xdg = workspace.folder + "/xdg"
        let viaEnvironment = try workspace.sluss.run(["ingest", workspace.inbox + "/yttrande.pdf"], environment: ["XDG_DATA_HOME": xdg])
        #expect(viaEnvironment.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.folder + "/store/sluss.sqlite"), "SLUSS_STORE wins over XDG_DATA_HOME")
        #expect(!FileManager.default.fileExists(atPath: xdg + "/sluss"))
        let viaXDG = try workspace.sluss.run(["ingest", workspace.inbox + "/beslut.pdf"], environment: ["SLUSS_STORE": "", "XDG_DATA_HOME": xdg])
        #expect(viaXDG.status == 0)
        #expect(FileManager.default.fileExists(atPath: xdg + "/sluss/sluss.sqlite"))
        let viaFlag = try workspace.sluss.run(["ingest", "--store", workspace.folder + "/flagga", workspace.inbox + "/beslut.pdf"])
        #expect(viaFlag.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.folder + "/flagga/sluss.sqlite"))
        let flagStoreDocuments = try workspace.sluss.run(["documents", "--json", "--store", workspace.folder + "/flagga"])
        #expect(flagStoreDocuments.jsonLines.count == 1)
        #expect(try workspace.sluss.run(["documents", "--json"]).jsonLines.count == 1, "the flag did not write into SLUSS_STORE")
    }
}

@Suite struct CLIStoreTests {
    @Test func readingFromAStoreThatDoesNotExistFailsInsteadOfCreatingOne() throws {
        let workspace = try CLIWorkspace()
        let result = try workspace.sluss.run(["documents", "--store", workspace.folder + "/felstavad"])
        #expect(result.status == 2)
        #expect(result.error.contains("no Sluss store at"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder + "/felstavad"))
    }

    @Test func anEmptyInboxIngestsNothingAndSaysSo() throws {
        let workspace = try CLIWorkspace()
        let empty = workspace.folder + "/tom-inkorg"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let result = try workspace.sluss.run(["ingest", empty])
        #expect(result.status == 0)
        #expect(result.error.contains("no files to ingest"))
        #expect(result.output.contains("0 ingested"))
    }
}

/// A copy of the shipped pipeline with some lines changed, its model and corpus named by absolute path.
func shippedPipeline(in folder: String, replacing changes: [(String, String)] = []) throws -> String {
    let root = Fixtures.repositoryRoot.path
    var yaml = try String(contentsOfFile: root + "/Pipelines/default.yaml", encoding: .utf8)
        .replacingOccurrences(of: "model: ../Models/", with: "model: \(root)/Models/")
        .replacingOccurrences(of: "corpus: ../corpus/", with: "corpus: \(root)/corpus/")
    for (old, new) in changes {
        precondition(yaml.contains(old), "the shipped pipeline has no '\(old)'")
        yaml = yaml.replacingOccurrences(of: old, with: new)
    }
    let path = folder + "/pipeline-\(UUID().uuidString.prefix(8)).yaml"
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite struct ClassificationCLITests {
    @Test func ingestClassifiesAndShowExplains() throws {
        let workspace = try CLIWorkspace()
        let result = try workspace.sluss.run(["ingest", "--json", workspace.inbox])
        #expect(result.status == 0, "\(result.error)")
        let byName = Dictionary(uniqueKeysWithValues: result.jsonLines.map { (URL(fileURLWithPath: $0["source"] as? String ?? "").lastPathComponent, $0) })
        #expect(byName["beslut.pdf"]?["class"] as? String == "beslut")
        #expect(byName["yttrande.pdf"]?["class"] as? String == "skolyttrande")
        for line in result.jsonLines {
            let confidence = try #require(line["confidence"] as? Double)
            #expect(confidence > 0 && confidence <= 1)
            #expect(line["needs_review"] as? Bool == (confidence < 0.9))
        }
        let id = try #require(byName["beslut.pdf"]?["id"] as? Int)
        let show = try workspace.sluss.run(["show", "\(id)"])
        #expect(show.output.contains("Classification"))
        #expect(show.output.contains("Weighed for"))
        #expect(show.output.contains("\"hur man överklagar\" favours beslut"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try workspace.sluss.run(["show", "--json", "\(id)"]).output.utf8)) as? [String: Any])
        let classification = try #require(json["classification"] as? [String: Any])
        #expect(classification["class"] as? String == "beslut")
        #expect((classification["model_sha256"] as? String)?.count == 64)
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.contains { $0["kind"] as? String == "classification" && ($0["detail"] as? String)?.contains("model") == true })
    }

    @Test func unsureDocumentsWaitForReviewUntilAPersonDecides() throws {
        let workspace = try CLIWorkspace()
        #expect(try workspace.sluss.run(["ingest", "--case", "SN 2026/0001", workspace.inbox]).status == 0)
        // A pipeline that trusts nothing: every document waits for a person.
        let strict = try shippedPipeline(in: workspace.folder, replacing: [("review_below: 0.9", "review_below: 1")])
        let reclassified = try workspace.sluss.run(["classify", "--all", "--json", "--pipeline", strict])
        #expect(reclassified.status == 0, "\(reclassified.error)")
        #expect(reclassified.jsonLines.allSatisfy { $0["status"] as? String == "review" })
        let queue = try workspace.sluss.run(["review"])
        #expect(queue.output.contains("2 documents wait for review"))
        #expect(queue.output.range(of: "beslut.pdf")!.lowerBound < queue.output.range(of: "yttrande.pdf")!.lowerBound)

        #expect(try workspace.sluss.run(["review", "1", "--set", "nonsense"]).status == 2)
        #expect(try workspace.sluss.run(["review", "1"]).status == 2)
        let corrected = try workspace.sluss.run(["review", "1", "--set", "ovrigt", "--operator", "Ann Registrator", "--note", "prov"])
        #expect(corrected.status == 0, "\(corrected.error)")
        #expect(corrected.output.contains("corrected by Ann Registrator"))
        #expect(try workspace.sluss.run(["review", "2", "--accept", "--operator", "Ann Registrator"]).status == 0)
        #expect(try workspace.sluss.run(["review"]).output.contains("No documents wait for review."))
        let show = try workspace.sluss.run(["show", "1"])
        #expect(show.output.contains("ovrigt: corrected by Ann Registrator"))
        #expect(show.output.contains("Machine said     beslut"))

        // The machine does not overrule a person unless told to.
        let again = try workspace.sluss.run(["classify", "1"])
        #expect(again.error.contains("kept ovrigt, decided by Ann Registrator"))
        #expect(try workspace.sluss.run(["show", "--json", "1"]).output.contains("\"class\":\"ovrigt\""))
        #expect(try workspace.sluss.run(["classify", "1", "--override-review", "--json"]).jsonLines.first?["class"] as? String == "beslut")

        let exported = workspace.folder + "/export"
        let export = try workspace.sluss.run(["review", "--export", exported])
        #expect(export.output.contains("Exported 1 document"))
        let files = try FileManager.default.contentsOfDirectory(atPath: exported + "/skolyttrande")
        #expect(files.count == 1)
        let text = try String(contentsOfFile: exported + "/skolyttrande/" + files[0], encoding: .utf8)
        #expect(text.contains("frånvaro"))
    }

    @Test func aBrokenModelStopsIngestBeforeAnythingIsRead() throws {
        let workspace = try CLIWorkspace()
        let broken = workspace.folder + "/trasig.json"
        try "{\"format\": \"sluss-classifier\", \"formatVersion\": 1".write(toFile: broken, atomically: true, encoding: .utf8)
        let pipeline = try shippedPipeline(in: workspace.folder, replacing: [("model: \(Fixtures.repositoryRoot.path)/Models/classifier.json", "model: \(broken)")])
        let result = try workspace.sluss.run(["ingest", "--pipeline", pipeline, workspace.inbox])
        #expect(result.status == 2)
        #expect(result.error.contains("trasig.json") && result.error.contains("sluss train"))
        #expect(try workspace.sluss.run(["documents", "--json"]).output.isEmpty)
    }

    @Test func trainAndEvaluateReportOnACorpus() throws {
        let workspace = try CLIWorkspace()
        let corpus = workspace.folder + "/korpus"
        let classes = ["bup-utredning", "orosanmalan", "polisanmalan", "lakarintyg", "skolyttrande", "beslut", "ansokan", "ovrigt"]
        for classId in classes {
            try FileManager.default.createDirectory(atPath: corpus + "/" + classId, withIntermediateDirectories: true)
            try "Ett kort dokument om \(classId).".write(toFile: corpus + "/\(classId)/1.txt", atomically: true, encoding: .utf8)
        }
        let tooSmall = try workspace.sluss.run(["train", "--corpus", corpus, "--output", workspace.folder + "/m.json"])
        #expect(tooSmall.status == 1)
        #expect(tooSmall.error.contains("korpus/bup-utredning: 1 document, at least 5"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder + "/m.json"))

        let evaluation = try workspace.sluss.run(["evaluate", Fixtures.repositoryRoot.path + "/corpus/heldout"])
        #expect(evaluation.status == 0, "\(evaluation.error)")
        for expected in ["Accuracy:", "Accepted without review", "precision  recall", "Confusion"] {
            #expect(evaluation.output.contains(expected))
        }
    }
}

@Suite struct CaseCLITests {
    @Test func casesAreRegisteredWithAMaskedSubjectAndListed() throws {
        let workspace = try CLIWorkspace()
        let created = try workspace.sluss.run(["case", "create", "SN 2026/0412", "--subject", "19811218-9876", "--operator", "Kim"])
        #expect(created.status == 0, "\(created.error)")
        #expect(created.output.contains("811218-****"))
        #expect(!created.output.contains("9876"))
        #expect(try workspace.sluss.run(["case", "create", "SN 2026/0412"]).status == 1)
        let badNumber = try workspace.sluss.run(["case", "create", "SN 2026/0413", "--subject", "811218-9875"])
        #expect(badNumber.status == 64 || badNumber.status == 2)
        #expect(!badNumber.error.contains("9875"), "a personnummer is never echoed")
        #expect(try workspace.sluss.run(["case", "create", "hej"]).status == 2)

        #expect(try workspace.sluss.run(["ingest", "--case", "IFO-2026-0007", workspace.inbox]).status == 0)
        let list = try workspace.sluss.run(["case", "list"])
        #expect(list.output.contains("SN 2026/0412") && list.output.contains("811218-****") && list.output.contains("0 documents"))
        #expect(list.output.contains("IFO-2026-0007") && list.output.contains("2 documents"))
        #expect(!list.output.contains("8112189876"))
        let json = try workspace.sluss.run(["case", "list", "--json"]).jsonLines
        #expect(json.first { $0["id"] as? String == "SN 2026/0412" }?["subject"] as? String == "811218-****")

        let sheet = workspace.folder + "/blad.pdf"
        let printed = try workspace.sluss.run(["coversheet", "--case", "SN 2026/0412", "--title", "Inkom 2026-11-23", "--output", sheet])
        #expect(printed.status == 0, "\(printed.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sheet)).starts(with: Data("%PDF".utf8)))
        #expect(try workspace.sluss.run(["coversheet", "--case", "hej", "--output", sheet]).status == 2)

        // `sluss case ID` still lists a case's documents, as before.
        let documents = try workspace.sluss.run(["case", "IFO-2026-0007"])
        #expect(documents.output.contains("2 documents"))
        #expect(try workspace.sluss.run(["case", "SN 2026/0412"]).output.contains("Case SN 2026/0412, about 811218-****: 0 documents"))
    }
}

@Suite struct RoutingCLITests {
    @Test func documentsWithoutACaseFindTheirCaseByTheTextOrWaitForAPerson() throws {
        let workspace = try CLIWorkspace()
        let stack = workspace.folder + "/post"
        try FileManager.default.createDirectory(atPath: stack, withIntermediateDirectories: true)
        // 811218-9876 belongs to the subject of SN 2026/0412; 850312-1231 to nobody registered.
        try MinimalPDF.make(pages: [["Anmälan om oro för barn", "Barnets personnummer: 811218-9876", "Anmälare: Solrosens förskola"]])
            .write(to: URL(fileURLWithPath: stack + "/oro.pdf"))
        try MinimalPDF.make(pages: [["Läkarintyg", "Patient 850312-1231 har undersökts.", "Intyget avser arbetsförmåga."]])
            .write(to: URL(fileURLWithPath: stack + "/intyg.pdf"))
        try MinimalPDF.make(pages: [["Kallelse till möte", "Ärende IFO-2026-0007 och SN 2026/0412 gäller samma familj."]])
            .write(to: URL(fileURLWithPath: stack + "/kallelse.pdf"))
        #expect(try workspace.sluss.run(["case", "create", "SN 2026/0412", "--subject", "811218-9876"]).status == 0)
        #expect(try workspace.sluss.run(["case", "create", "IFO-2026-0007"]).status == 0)

        let result = try workspace.sluss.run(["ingest", "--json", stack])
        #expect(result.status == 0, "\(result.error)")
        let byName = Dictionary(uniqueKeysWithValues: result.jsonLines.map { (URL(fileURLWithPath: $0["source"] as? String ?? "").lastPathComponent, $0) })
        let oro = try #require(byName["oro.pdf"])
        #expect(oro["case"] as? String == "SN 2026/0412")
        #expect(oro["routing"] as? String == "matched")
        #expect((oro["routing_reason"] as? String)?.contains("811218-****") == true)
        let intyg = try #require(byName["intyg.pdf"])
        #expect(intyg["case"] == nil && intyg["routing"] as? String == "review")
        #expect((intyg["routing_reason"] as? String)?.contains("no registered case matched; found personnummer 850312-****") == true)
        let kallelse = try #require(byName["kallelse.pdf"])
        #expect(kallelse["routing"] as? String == "review")
        #expect((kallelse["routing_reason"] as? String)?.contains("several cases match: IFO-2026-0007") == true)
        // No full personnummer anywhere in what was printed.
        #expect(!result.output.contains("9876") && !result.output.contains("1231"))

        let queue = try workspace.sluss.run(["review"])
        #expect(queue.output.contains("2 documents wait for a case"))
        #expect(!queue.output.contains("oro.pdf"))
        let intygId = try #require(intyg["id"] as? Int)
        let assigned = try workspace.sluss.run(["review", "\(intygId)", "--case", "IFO-2026-0007", "--operator", "Ann"])
        #expect(assigned.status == 0, "\(assigned.error)")
        #expect(try workspace.sluss.run(["case", "IFO-2026-0007"]).output.contains("intyg.pdf"))
        #expect(try workspace.sluss.run(["review"]).output.contains("1 document waits for a case"))
        let show = try workspace.sluss.run(["show", "\(intygId)"])
        #expect(show.output.contains("attached to case IFO-2026-0007 (assigned by Ann; was review: no registered case matched"))
        let oroShow = try workspace.sluss.run(["show", "\(try #require(oro["id"] as? Int))"])
        #expect(oroShow.output.contains("Case             SN 2026/0412, found in its text: personnummer 811218-**** on p. 1"))
        let kallelseShow = try workspace.sluss.run(["show", "\(try #require(kallelse["id"] as? Int))"])
        #expect(kallelseShow.output.contains("(not attached), WAITS FOR A PERSON"))
    }
}

@Suite struct SummaryCLITests {
    /// A three-page report with a text layer: background, an assessment on page 3, a
    /// personnummer on page 1.
    private func report(in workspace: CLIWorkspace) throws -> String {
        let path = workspace.folder + "/utredning.pdf"
        try MinimalPDF.make(pages: [
            ["BUP Lund", "Neuropsykiatrisk utredning", "Patient: Elias Nutti, 170204-5491", "Datum: 2026-03-14",
             "1. Bakgrund", "Elias remitterades av skolans elevhälsa efter lång tids oro för koncentrationen.",
             "Familjen har tidigare haft kontakt med socialtjänsten under en kortare period."],
            ["2. Genomförda moment", "Utredningen omfattade samtal med vårdnadshavarna och observation i skolan.",
             "Testningen gjordes med WISC-V under två förmiddagar i mars."],
            ["3. Bedömning", "Utredarna bedömer att Elias uppfyller kriterierna för ADHD av kombinerad form.",
             "Elias behöver anpassningar i skolan och föräldrarna behöver stöd i vardagen.",
             "Diagnos: F90.0 Aktivitets- och uppmärksamhetsstörning"],
        ]).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func ingestStoresASummaryThatCitesItsPagesInEveryFormat() throws {
        let workspace = try CLIWorkspace()
        let ingest = try workspace.sluss.run(["ingest", "--json", "--case", "SN 2026/0412", try report(in: workspace)])
        #expect(ingest.status == 0, "\(ingest.error)")
        let id = try #require(ingest.jsonLines.first?["id"] as? Int)

        let text = try workspace.sluss.run(["summary", "\(id)"])
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("Nyckeluppgifter"))
        #expect(text.output.contains("Utredarna bedömer att Elias uppfyller kriterierna för ADHD av kombinerad form. (s. 3)"))
        #expect(text.output.contains("170204-****") && !text.output.contains("5491"))
        #expect(text.output.contains("F90.0 Aktivitets- och uppmärksamhetsstörning (s. 3)"))

        let markdown = try workspace.sluss.run(["summary", "--case", "SN 2026/0412", "--format", "markdown"])
        #expect(markdown.output.contains("## Innehåll i originalet"))
        #expect(markdown.output.contains("- 3. Bedömning (s. 3)"))

        // Each sentence's page and offsets point at its words in that page's stored text.
        let json = try #require(try workspace.sluss.run(["summary", "\(id)", "--format", "json"]).jsonLines.first)
        let sentences = try #require((json["summary"] as? [String: Any])?["sentences"] as? [[String: Any]])
        #expect(!sentences.isEmpty)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? [String: Int]), end = try #require(sentence["end"] as? [String: Int])
            #expect(start["page"] == end["page"])
            let page = try workspace.sluss.run(["text", "\(id)", "--page", "\(start["page"]!)"]).output
            let scalars = Array(page.unicodeScalars)
            let cited = String(String.UnicodeScalarView(scalars[start["offset"]!..<end["offset"]!]))
            #expect(cited.split(whereSeparator: \.isWhitespace) == (sentence["text"] as? String ?? "").split(whereSeparator: \.isWhitespace))
        }
        #expect(try workspace.sluss.run(["show", "\(id)"]).output.contains("summarised by sluss-extractive-3"))
    }

    @Test func aDocumentStoredWithoutASummaryGetsOneWhenAskedAndRefreshKeepsHistory() throws {
        let workspace = try CLIWorkspace()
        let pipeline = try shippedPipeline(in: workspace.folder, replacing: [("enabled: true", "enabled: false")])
        let ingest = try workspace.sluss.run(["ingest", "--json", "--pipeline", pipeline, try report(in: workspace)])
        let id = try #require(ingest.jsonLines.first?["id"] as? Int)
        #expect(!(try workspace.sluss.run(["show", "\(id)"]).output.contains("summarised by")))
        let made = try workspace.sluss.run(["summary", "\(id)"])
        #expect(made.status == 0 && made.output.contains("(s. 3)"), "\(made.error)")
        #expect(try workspace.sluss.run(["summary", "\(id)", "--refresh"]).status == 0)
        let events = try workspace.sluss.run(["show", "\(id)"]).output.components(separatedBy: "summarised by").count - 1
        #expect(events == 2)
        #expect(try workspace.sluss.run(["summary"]).status == 2, "a document or --case is required")
        #expect(try workspace.sluss.run(["summary", "--case", "SN 2099/0001"]).status == 1)
    }
}
