/// Whether a PDF page's own text layer is good enough to use instead of OCR.
///
/// Born-digital PDFs carry exact text; scanned PDFs may carry nothing, a few stamped words, or the
/// garbage of a broken font encoding. The checks are deliberately simple and explainable: enough
/// text, mostly word-shaped tokens, and no replacement or private-use characters.
public struct TextLayerAssessment: Sendable, Equatable {
    public var isUsable: Bool
    /// A sentence for provenance, e.g. "text layer used: 1834 characters, 96% word-like tokens".
    public var reason: String

    /// `imageCoverage` is the share of the page covered by images: a text layer over a full-page
    /// scan is somebody else's OCR, and provenance says so.
    public static func assess(_ text: String, imageCoverage: Double = 0, pipeline: Pipeline) -> TextLayerAssessment {
        if pipeline.textLayer == .ignore {
            return TextLayerAssessment(isUsable: false, reason: "text layer ignored by the pipeline")
        }
        let visible = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        if visible.isEmpty {
            return TextLayerAssessment(isUsable: false, reason: "no text layer")
        }
        if visible.count < pipeline.textLayerMinCharacters {
            return TextLayerAssessment(isUsable: false, reason: "text layer too short (\(visible.count) characters, need \(pipeline.textLayerMinCharacters))")
        }
        let suspicious = visible.filter { scalar in
            scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value) || scalar.properties.generalCategory == .control
        }.count
        if suspicious * 100 > visible.count {
            return TextLayerAssessment(isUsable: false, reason: "text layer garbled (\(suspicious) replacement or private-use characters)")
        }
        let tokens = text.split(whereSeparator: { $0.isWhitespace })
        let wordLike = tokens.filter(isWordLike).count
        let share = Double(wordLike) / Double(max(tokens.count, 1))
        let percent = Int((share * 100).rounded())
        if share < pipeline.textLayerMinWordShare {
            return TextLayerAssessment(isUsable: false, reason: "text layer looks garbled (\(percent)% word-like tokens, need \(Int(pipeline.textLayerMinWordShare * 100))%)")
        }
        let origin = imageCoverage >= 0.9 ? " (over a scanned image: OCR done before Sluss received it)" : ""
        return TextLayerAssessment(isUsable: true, reason: "text layer used: \(visible.count) characters, \(percent)% word-like tokens\(origin)")
    }

    /// A token that is a word or a number once surrounding punctuation is stripped: letters only
    /// (any script, hyphens inside allowed) or digits with separators.
    static func isWordLike(_ token: Substring) -> Bool {
        let trimmed = token.trimmingCharacters(in: "\"'()[]{}«»„“”‘’.,;:!?…-–—/§*")
        guard !trimmed.isEmpty else { return true }
        if trimmed.allSatisfy({ $0.isLetter || $0 == "-" }) && trimmed.contains(where: \.isLetter) { return true }
        if trimmed.allSatisfy({ $0.isNumber || "-/.:,%".contains($0) }) { return true }
        return false
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
