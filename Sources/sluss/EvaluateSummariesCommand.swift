import ArgumentParser
import Foundation
import SlussCore
import SlussSummarize

struct EvaluateSummariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-summaries",
        abstract: "Score Sluss's summaries against reference summaries, next to lead, TextRank and the oracle.",
        discussion: """
            REPORTS holds one UTF-8 .txt file per report (pages separated by form feeds, as \
            'sluss text' prints a stored document); REFERENCES holds a reference summary with the \
            same file name. Every method gets the reference's length in words as its budget. \
            Prints ROUGE-1, ROUGE-2 and ROUGE-L (F1, stemmed) for the first sentences (lead), \
            plain TextRank, the greedy oracle (the best any sentence-picker can do) and Sluss, \
            the time Sluss took to make each whole summary, and the share of the gap from TextRank to the oracle that Sluss closes. \
            scripts/evaluate-summaries.sh runs this on corpus/summaries and on Sluss's OCR of \
            scanned copies of those reports.

            Example:
              sluss evaluate-summaries corpus/summaries/reports corpus/summaries/references
            """)

    @Argument(help: ArgumentHelp("Folder of reports, one .txt file each.", valueName: "reports"))
    var reports: String

    @Argument(help: ArgumentHelp("Folder of reference summaries, named as the reports.", valueName: "references"))
    var references: String

    @OptionGroup var pipelineOptions: PipelineOptions

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Also write, per report, every candidate sentence with its features and the picks of the oracle and of Sluss (NAME.json), for studying the method.", valueName: "dir"))
    var sentencesTo: String?

    func run() throws {
        let pipeline = try pipelineOptions.load()
        let classifier = try PipelineOptions.classifier(for: pipeline)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            Console.error("\(reports): cannot list the reports (\(error.localizedDescription))")
            throw ExitCode(1)
        }
        guard !names.isEmpty else {
            Console.error("\(reports): no .txt reports in this folder")
            throw ExitCode(1)
        }
        var scored: [SummaryEvaluation.Report] = []
        for name in names {
            let referencePath = (references as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: (reports as NSString).appendingPathComponent(name), encoding: .utf8) else {
                Console.error("\(reports)/\(name): not readable as UTF-8 text")
                throw ExitCode(1)
            }
            guard let reference = try? String(contentsOfFile: referencePath, encoding: .utf8) else {
                Console.error("\(referencePath): missing or not UTF-8; every report needs a reference summary of the same name")
                throw ExitCode(1)
            }
            let classId = classifier?.classify(text).classId
            let reportName = (name as NSString).deletingPathExtension, pages = SummaryEvaluation.pages(ofReportText: text)
            guard let sentencesTo else {
                scored.append(SummaryEvaluation.report(name: reportName, pages: pages, reference: reference, settings: pipeline.summary, classId: classId))
                continue
            }
            let (report, table) = SummaryEvaluation.reportWithSentences(name: reportName, pages: pages, reference: reference, settings: pipeline.summary, classId: classId)
            scored.append(report)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            do {
                try FileManager.default.createDirectory(atPath: sentencesTo, withIntermediateDirectories: true)
                try encoder.encode(table).write(to: URL(fileURLWithPath: (sentencesTo as NSString).appendingPathComponent(table.name + ".json")))
            } catch {
                Console.error("\(sentencesTo): cannot write the sentence table (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        }
        let evaluation = SummaryEvaluation(reports: scored)
        if json {
            Console.json(evaluation.reports)
            return
        }
        print(evaluation)
    }

    private func print(_ evaluation: SummaryEvaluation) {
        let width = max(evaluation.reports.map(\.name.count).max() ?? 0, 6)
        let methods = SummaryEvaluation.Method.allCases
        Console.line("ROUGE F1 (R-1 / R-2 / R-L) at the reference's length; \(evaluation.reports.count) reports")
        Console.line("report".padding(toLength: width, withPad: " ", startingAt: 0) + " pages budget  "
            + methods.map { $0.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0) }.joined() + "sluss time")
        for report in evaluation.reports {
            var line = report.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %5d %6d  ", report.pages, report.budget)
            for method in methods {
                let scores = report.scores[method] ?? RougeScores(rouge1: 0, rouge2: 0, rougeL: 0)
                line += String(format: "%.3f/%.3f/%.3f   ", scores.rouge1, scores.rouge2, scores.rougeL)
            }
            Console.line(line + String(format: "%.0f ms", report.slussSeconds * 1000))
        }
        var mean = "mean".padding(toLength: width, withPad: " ", startingAt: 0) + "               "
        for method in methods {
            mean += String(format: "%.3f/%.3f/%.3f   ", evaluation.mean(method, \.rouge1), evaluation.mean(method, \.rouge2), evaluation.mean(method, \.rougeL))
        }
        Console.line(mean)
        Console.line("")
        Console.line(String(format: "Gap from TextRank to the oracle closed by Sluss (mean over reports): R-1 %.0f%%, R-2 %.0f%%, R-L %.0f%% (target: at least 50%%)",
                            evaluation.gapClosed(\.rouge1) * 100, evaluation.gapClosed(\.rouge2) * 100, evaluation.gapClosed(\.rougeL) * 100))
        for (label, score) in [("R-1", \RougeScores.rouge1), ("R-2", \.rouge2), ("R-L", \.rougeL)] {
            let behind = evaluation.reportsNotBeatingBaselines(score)
            Console.line(behind.isEmpty ? "Sluss beats lead and TextRank on \(label) on every report."
                : "Sluss does not beat lead and TextRank on \(label) on: \(behind.joined(separator: ", "))")
        }
    }
}
