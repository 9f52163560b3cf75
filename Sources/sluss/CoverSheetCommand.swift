import ArgumentParser
import Foundation
import SlussCore

struct CoverSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coversheet",
        abstract: "Write a printable cover sheet (försättsblad) for a case.",
        discussion: """
            The sheet shows the case number in large print and as a QR code. Print it, lay it on top \
            of the papers for the case, and scan a whole stack of cases in one go.

            Example:
              sluss coversheet --case "SN 2026/0412" --title "BUP-utredning, inkom 2026-11-23"
            """)

    @Option(name: .customLong("case"), help: ArgumentHelp("The case number (checked against the pipeline's cases.number_pattern).", valueName: "id"))
    var caseId: String

    @Option(help: ArgumentHelp("A line printed under the case number, e.g. what the papers are.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Where to write the PDF. Default: forsattsblad-CASE.pdf in the current folder.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp("Who prints the sheet, printed at its foot. Default: the logged-in user.", valueName: "name"))
    var operatorName: String?

    @OptionGroup var pipelineOptions: PipelineOptions

    func run() throws {
        let pipeline = try pipelineOptions.load()
        try PipelineOptions.requireCaseNumber(caseId, in: pipeline)
        let safeName = String(caseId.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let path = output ?? "forsattsblad-\(safeName).pdf"
        do {
            try CoverSheet(caseId: caseId, title: title).write(to: path, createdBy: operatorName ?? ProcessEnvironment.userName, at: Date())
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.line("Cover sheet for \(caseId) written to \(path).")
    }
}
