import Foundation

/// A registered case as routing sees it: its number and, when known, its subject's personnummer.
public struct KnownCase: Sendable, Equatable {
    public var id: String
    public var subject: Personnummer?

    public init(id: String, subject: Personnummer?) {
        self.id = id
        self.subject = subject
    }
}

/// Where a document without a cover sheet or `--case` belongs, and why.
public enum RoutingDecision: Sendable, Equatable {
    /// Exactly one registered case matched.
    case attach(caseId: String, reason: String)
    /// None or several matched: a person assigns the case (`sluss review DOC --case ID`).
    case review(reason: String, candidates: [String])
}

/// Finds the case a document belongs to from what its text says: personnummer (check digit
/// valid, OCR look-alikes repaired) that are the subject of a registered case, and case numbers
/// of registered cases. Only an unambiguous match attaches; anything else is left to a person.
/// Reasons name pages and masked personnummer, never full numbers.
public struct CaseMatcher: Sendable {
    public let cases: [KnownCase]
    private let caseNumberSearch: String

    public init(cases: [KnownCase], caseNumberPattern: String) {
        self.cases = cases
        caseNumberSearch = Self.searchPattern(from: caseNumberPattern)
    }

    /// The anchored pattern a whole case number must match, turned into one that finds case
    /// numbers inside running text (not inside longer words or numbers).
    static func searchPattern(from anchored: String) -> String {
        var core = anchored
        if core.hasPrefix("^") { core.removeFirst() }
        if core.hasSuffix("$") && !core.hasSuffix("\\$") { core.removeLast() }
        return "(?<![\\p{L}\\p{N}])(?:\(core))(?![\\p{L}\\p{N}])"
    }

    /// `pages` are the document's page texts, first page first.
    public func decide(pages: [String]) -> RoutingDecision {
        var evidence: [String: [String]] = [:] // case id → what pointed at it
        var unmatchedPersonnummer: [String] = []
        var unknownCaseNumbers: [String] = []
        let expression = try? NSRegularExpression(pattern: caseNumberSearch)
        for (index, text) in pages.enumerated() {
            let page = index + 1
            for number in Personnummer.all(in: text) {
                let matching = cases.filter { $0.subject == number }
                if matching.isEmpty {
                    unmatchedPersonnummer.append("personnummer \(number.masked) on p. \(page)")
                }
                for known in matching {
                    evidence[known.id, default: []].append("personnummer \(number.masked) on p. \(page) is the case's subject")
                }
            }
            let range = NSRange(text.startIndex..., in: text)
            for match in expression?.matches(in: text, range: range) ?? [] {
                guard let found = Range(match.range, in: text) else { continue }
                let number = String(text[found])
                if let known = cases.first(where: { Self.sameCaseNumber($0.id, number) }) {
                    evidence[known.id, default: []].append("case number \(number) on p. \(page)")
                } else {
                    unknownCaseNumbers.append("\(number) on p. \(page)")
                }
            }
        }
        let candidates = evidence.keys.sorted()
        if candidates.count == 1, let only = candidates.first {
            return .attach(caseId: only, reason: Self.unique(evidence[only]!).joined(separator: "; "))
        }
        if candidates.count > 1 {
            let details = candidates.map { "\($0) (\(Self.unique(evidence[$0]!).joined(separator: "; ")))" }
            return .review(reason: "several cases match: " + details.joined(separator: ", "), candidates: candidates)
        }
        var reason = "no registered case matched"
        let seen = Self.unique(unmatchedPersonnummer) + Self.unique(unknownCaseNumbers).map { "case number \($0), not registered" }
        if !seen.isEmpty { reason += "; found " + seen.prefix(6).joined(separator: ", ") }
        else { reason += "; the text names no personnummer or case number" }
        return .review(reason: reason, candidates: [])
    }

    /// Case numbers compare without regard to case, spaces or the choice of '-' and '/'.
    static func sameCaseNumber(_ a: String, _ b: String) -> Bool {
        func key(_ text: String) -> String {
            String(text.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        return key(a) == key(b)
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
