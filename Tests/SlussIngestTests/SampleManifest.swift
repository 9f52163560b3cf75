import Foundation
import SlussTestSupport

/// `samples/.ground-truth/manifest.json`: what each sample is and how it was made.
struct SampleManifest: Decodable {
    struct File: Decodable, CustomStringConvertible {
        var name: String
        var format: String
        var pages: Int
        var dpi: Int?
        var textLayer: Bool
        /// Page number → degrees the upright page image was turned clockwise when scanned.
        var rotatedPages: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, format, pages, dpi
            case textLayer = "text_layer"
            case rotatedPages = "rotated_pages"
        }

        var description: String { name }
        var path: String { Fixtures.samples.appendingPathComponent(name).path }
    }

    var files: [File]

    static let shared: SampleManifest = {
        let url = Fixtures.samples.appendingPathComponent(".ground-truth/manifest.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(SampleManifest.self, from: data) else {
            fatalError("cannot read \(url.path): regenerate the samples with scripts/generate-samples.sh")
        }
        return manifest
    }()

    static var all: [File] { shared.files }
}
