import SlussCore
import SlussTestSupport
@testable import SlussIngest

extension IngestRequest {
    /// A request with the shipped default pipeline; the tests vary only what they are about.
    static func test(
        _ paths: [String], caseId: String? = nil, originalLocation: String? = nil,
        operatorName: String = "test", host: String = "test", jobs: Int = 2
    ) throws -> IngestRequest {
        IngestRequest(
            paths: paths, pipeline: try PipelineLoader.load(path: Fixtures.defaultPipeline), caseId: caseId,
            originalLocation: originalLocation, operatorName: operatorName, host: host, jobs: jobs, slussVersion: "test")
    }
}
