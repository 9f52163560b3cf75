import Foundation
import SlussCore

/// The pipeline's readable rules, ready to be tried on a document's text.
struct RuleMatcher: Sendable {
    private struct Compiled: @unchecked Sendable {
        // NSRegularExpression is immutable once made and safe to share between threads.
        let rule: ClassificationSettings.Rule
        let phraseWords: String?
        let expression: NSRegularExpression?
    }

    private let rules: [Compiled]

    init(_ rules: [ClassificationSettings.Rule]) {
        self.rules = rules.map { rule in
            switch rule.match {
            case let .phrase(phrase):
                Compiled(rule: rule, phraseWords: " \(Self.comparable(phrase)) ", expression: nil)
            case let .pattern(pattern):
                // The pipeline loader has compiled the pattern already; one that fails here matches nothing.
                Compiled(rule: rule, phraseWords: nil, expression: try? NSRegularExpression(pattern: pattern))
            }
        }
    }

    /// The rules whose phrase or pattern occurs in `text`, in pipeline order.
    func matches(in text: String) -> [ClassificationSettings.Rule] {
        guard !rules.isEmpty else { return [] }
        let words = " \(Self.comparable(text)) "
        return rules.compactMap { compiled in
            if let phrase = compiled.phraseWords { return words.contains(phrase) ? compiled.rule : nil }
            guard let expression = compiled.expression else { return nil }
            let range = NSRange(text.startIndex..., in: text)
            return expression.firstMatch(in: text, range: range) != nil ? compiled.rule : nil
        }
    }

    /// Lower case, canonically composed, with every run of characters that are neither letters nor
    /// digits read as one space: "Anmälan  om\noro" and "anmälan om oro" compare equal.
    static func comparable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "§" {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }
}
