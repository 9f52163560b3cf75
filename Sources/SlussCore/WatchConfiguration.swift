import Foundation

/// Several inboxes watched by one `sluss watch --config FILE`, each with its own pipeline,
/// default case, place where the paper originals are kept and operator. Relative paths are taken
/// from the file's folder, so a configuration and its pipelines move together.
///
///     inboxes:
///       - path: /srv/skanner/ifo
///         pipeline: ifo.yaml
///         case: SN 2026/0412
///         original_location: Registraturen, arkivskåp 3
///         operator: skanner-ifo
///         settle: 5
///         remove_stored: false
public struct WatchConfiguration: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        /// nil: the default pipeline.
        public var pipelinePath: String?
        public var caseId: String?
        public var originalLocation: String?
        public var operatorName: String?
        public var settleSeconds: Double?
        public var removeStored: Bool?

        public init(
            path: String, pipelinePath: String? = nil, caseId: String? = nil, originalLocation: String? = nil,
            operatorName: String? = nil, settleSeconds: Double? = nil, removeStored: Bool? = nil
        ) {
            self.path = path
            self.pipelinePath = pipelinePath
            self.caseId = caseId
            self.originalLocation = originalLocation
            self.operatorName = operatorName
            self.settleSeconds = settleSeconds
            self.removeStored = removeStored
        }
    }

    public var sourcePath: String
    public var inboxes: [Entry]

    public static func load(path: String) throws(PipelineError) -> WatchConfiguration {
        let (yaml, _) = try PipelineLoader.text(ofFileAt: path)
        let top = try PipelineLoader.topMapping(yaml: yaml, path: path, expected: "'inboxes'")
        let reader = Reader(path: path)
        let document = try reader.section(top, named: "", allowed: ["inboxes"])
        let entries = try reader.mappingList(
            document, "inboxes", required: true,
            allowed: ["path", "pipeline", "case", "original_location", "operator", "settle", "remove_stored"])
        guard !entries.isEmpty else {
            throw .invalid(path: path, line: document.line, key: "inboxes", problem: "lists no inbox; give at least one with its path")
        }
        let folder = (path as NSString).deletingLastPathComponent
        func resolved(_ relative: String) -> String {
            URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder.isEmpty ? "." : folder, isDirectory: true)).standardizedFileURL.path
        }
        var inboxes: [Entry] = []
        for entry in entries {
            let inboxPath = resolved(try reader.string(entry, "inboxes.path", required: true) ?? "")
            if inboxes.contains(where: { $0.path == inboxPath }) {
                throw .invalid(path: path, line: reader.line(entry, "path"), key: "inboxes.path", problem: "\(inboxPath) is listed twice")
            }
            inboxes.append(Entry(
                path: inboxPath,
                pipelinePath: try reader.string(entry, "inboxes.pipeline", required: false).map(resolved),
                caseId: try reader.string(entry, "inboxes.case", required: false),
                originalLocation: try reader.string(entry, "inboxes.original_location", required: false),
                operatorName: try reader.string(entry, "inboxes.operator", required: false),
                settleSeconds: try reader.number(entry, "inboxes.settle", in: 0...86_400),
                removeStored: try reader.boolean(entry, "inboxes.remove_stored")))
        }
        return WatchConfiguration(sourcePath: path, inboxes: inboxes)
    }
}
