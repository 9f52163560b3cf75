import Foundation

/// Paths shared by the test targets: the repository, its samples and their ground truth.
public enum Fixtures {
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("the tests must run inside the Sluss repository")
    }()

    public static var samples: URL { repositoryRoot.appendingPathComponent("samples") }

    public static var defaultPipeline: String { repositoryRoot.appendingPathComponent("Pipelines/default.yaml").path }

    /// The ground-truth pages of a sample, split at form feeds.
    public static func groundTruthPages(of sample: String) throws -> [String] {
        let url = samples.appendingPathComponent(".ground-truth/\(sample).txt")
        return try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\u{0C}")
    }

    /// A fresh folder under the system's temporary folder; the caller removes it.
    public static func temporaryFolder(_ purpose: String) throws -> String {
        let path = NSTemporaryDirectory() + "sluss-\(purpose)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
