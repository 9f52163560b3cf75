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
        /// Set for a stack of several documents scanned in one go.
        var stack: Stack?

        enum CodingKeys: String, CodingKey {
            case name, format, pages, dpi, stack
            case textLayer = "text_layer"
            case rotatedPages = "rotated_pages"
        }

        var description: String { name }
        var path: String { Fixtures.samples.appendingPathComponent(name).path }
    }

    /// How a mixed stack is expected to be split and routed.
    struct Stack: Decodable {
        struct Part: Decodable {
            var pages: [Int]
            /// nil: the part must wait for a person.
            var `case`: String?
            /// "cover-sheet", "text" or "review".
            var by: String
        }

        /// Case number → personnummer of its subject, to register before ingesting.
        var subjects: [String: String]
        var parts: [Part]
        var coverSheets: [Int]
        var unreadableCoverSheets: [Int]

        enum CodingKeys: String, CodingKey {
            case subjects, parts
            case coverSheets = "cover_sheets"
            case unreadableCoverSheets = "unreadable_cover_sheets"
        }
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
    /// The samples that are one document each (not stacks).
    static var documents: [File] { shared.files.filter { $0.stack == nil } }
    static var stacks: [File] { shared.files.filter { $0.stack != nil } }
}
