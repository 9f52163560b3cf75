import Foundation
import SlussCore

/// Scores Sluss's summaries against reference summaries, next to what simpler pickers and the
/// best possible picker reach at the same word budget: the first sentences (lead), plain
/// TextRank, and the greedy ROUGE oracle — the ceiling for any method that picks sentences.
public struct SummaryEvaluation: Sendable {
    public enum Method: String, Sendable, CaseIterable, Codable {
        case lead, textRank = "textrank", oracle, sluss
    }

    /// One report's scores.
    public struct Report: Sendable, Codable {
        public var name: String
        public var pages: Int
        public var words: Int
        /// The budget every method gets: the reference's length in words.
        public var budget: Int
        public var scores: [Method: RougeScores]
        /// What making Sluss's whole summary (outline, sentences, key facts) took.
        public var slussSeconds: Double
    }

    public var reports: [Report]

    public init(reports: [Report]) {
        self.reports = reports
    }

    /// Scores one report. Every method gets the reference's length as its budget, so that none
    /// gains by writing more.
    public static func report(
        name: String, pages: [SourcePage], reference: String, settings: SummarySettings, classId: String?
    ) -> Report {
        analyse(name: name, pages: pages, reference: reference, settings: settings, classId: classId, withSentences: false).report
    }

    /// `report(...)`, and the table of every candidate sentence with the picks of the oracle and
    /// of Sluss behind it, from the same analysis.
    public static func reportWithSentences(
        name: String, pages: [SourcePage], reference: String, settings: SummarySettings, classId: String?
    ) -> (report: Report, sentences: SentenceTable) {
        let result = analyse(name: name, pages: pages, reference: reference, settings: settings, classId: classId, withSentences: true)
        return (result.report, result.sentences!)
    }

    private static func analyse(
        name: String, pages: [SourcePage], reference: String, settings: SummarySettings, classId: String?, withSentences: Bool
    ) -> (report: Report, sentences: SentenceTable?) {
        let budget = DocumentSummary.wordCount(reference)
        // Sluss's time is that of its whole summary at this budget: reading the outline and
        // sentences, choosing, and the key facts.
        let started = ContinuousClock.now
        let weights = settings.sectionWeights(forClass: classId)
        let document = AnalysedDocument(pages: pages, knownSectionNames: weights.map(\.heading))
        let slussPicks = Summarizer(settings: settings).summarize(document, pages: pages, budget: budget, classId: classId, classLabel: nil).chosen
        let elapsed = ContinuousClock.now - started
        let slussSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let scorer = RougeScorer(reference: reference)
        let picks: [Method: [Int]] = [
            .lead: SentencePickers.lead(document, budget: budget),
            .textRank: SentencePickers.textRank(document, budget: budget),
            .oracle: SentencePickers.oracle(document, budget: budget, reference: reference),
            .sluss: slussPicks,
        ]
        let scores = picks.mapValues { indices in
            scorer.scores(indices.map { document.sentences[$0].text }.joined(separator: " "))
        }
        let report = Report(name: name, pages: pages.count, words: document.documentWords, budget: budget, scores: scores, slussSeconds: slussSeconds)
        guard withSentences else { return (report, nil) }
        let sentences = SentenceTable(
            name: name, document: document, budget: budget, reference: reference, weights: weights,
            cueWords: settings.cueWords, oracle: Set(picks[.oracle]!), sluss: Set(slussPicks))
        return (report, sentences)
    }

    /// The mean of one score over the reports.
    public func mean(_ method: Method, _ score: KeyPath<RougeScores, Double>) -> Double {
        guard !reports.isEmpty else { return 0 }
        return reports.reduce(0) { $0 + ($1.scores[method]?[keyPath: score] ?? 0) } / Double(reports.count)
    }

    /// Share of the distance from TextRank to the oracle that Sluss covers, averaged over the
    /// reports (1: as good as the oracle; 0: no better than TextRank).
    public func gapClosed(_ score: KeyPath<RougeScores, Double>) -> Double {
        let shares = reports.compactMap { report -> Double? in
            guard let textRank = report.scores[.textRank]?[keyPath: score], let oracle = report.scores[.oracle]?[keyPath: score],
                  let sluss = report.scores[.sluss]?[keyPath: score], oracle > textRank else { return nil }
            return (sluss - textRank) / (oracle - textRank)
        }
        return shares.isEmpty ? 0 : shares.reduce(0, +) / Double(shares.count)
    }

    /// Reports on which Sluss scores below lead or TextRank on `score`.
    public func reportsNotBeatingBaselines(_ score: KeyPath<RougeScores, Double>) -> [String] {
        reports.filter { report in
            let value = { (method: Method) -> Double in report.scores[method].map { $0[keyPath: score] } ?? 0 }
            return value(.sluss) <= value(.lead) || value(.sluss) <= value(.textRank)
        }.map(\.name)
    }

    /// Pages of a report file: split at form feeds (as `sluss text` prints a stored document),
    /// numbered from 1.
    public static func pages(ofReportText text: String) -> [SourcePage] {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map { SourcePage(number: $0.offset + 1, text: String($0.element)) }
    }
}
