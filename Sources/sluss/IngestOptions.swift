import ArgumentParser
import Foundation
import SlussClassify
import SlussCore
import SlussIngest

/// What `ingest` and `watch` record about the documents they take in: the case, where the paper
/// originals are kept, and who took them in.
struct IngestOptions: ParsableArguments {
    @Option(name: .customLong("case"), help: ArgumentHelp(
        "Case number to attach the documents to, e.g. \"SN 2026/0412\" (checked against the pipeline's cases.number_pattern).",
        valueName: "id"))
    var caseId: String?

    @Option(help: ArgumentHelp(
        "Where the paper originals are physically kept, e.g. \"Arkiv plan 2, skåp 4, pärm 2026:12\".",
        valueName: "text"))
    var originalLocation: String?

    @Option(name: .customLong("operator"), help: ArgumentHelp(
        "Who is ingesting, recorded in provenance. Default: the logged-in user.", valueName: "name"))
    var operatorName: String?

    func validate() throws {
        if let caseId, caseId.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--case must not be empty")
        }
        if let operatorName, operatorName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--operator must not be empty")
        }
    }

    /// A batch of `paths` to ingest with these options.
    func request(paths: [String], pipeline: Pipeline, jobs: Int?, classifier: DocumentClassifier?) -> IngestRequest {
        IngestRequest(
            paths: paths, pipeline: pipeline, caseId: caseId, originalLocation: originalLocation,
            operatorName: operatorName ?? ProcessEnvironment.userName, host: ProcessEnvironment.hostName,
            jobs: jobs ?? pipeline.jobs ?? ProcessEnvironment.coreCount, slussVersion: slussVersion,
            classifier: classifier)
    }
}
