import Foundation
import SlussCore

/// The summary stage: a document's stored page texts in, its summary out. Extractive and
/// deterministic — the same pages and settings give the same summary — so each sentence is the
/// original's own words and can cite the page it is printed on.
public struct Summarizer: Sendable {
    public let settings: SummarySettings

    public init(settings: SummarySettings) {
        self.settings = settings
    }

    /// `classId` picks the class's section weights; `classLabel` is shown as the document type.
    public func summarize(_ pages: [SourcePage], classId: String?, classLabel: String?) -> DocumentSummary {
        let weights = settings.sectionWeights(forClass: classId)
        let document = AnalysedDocument(pages: pages, knownSectionNames: weights.map(\.heading))
        let budget = settings.wordBudget(documentWords: document.documentWords)
        return summarize(document, pages: pages, budget: budget, classId: classId, classLabel: classLabel).summary
    }

    /// The summary of an analysed document within `budget` words, with the indices of the
    /// sentences chosen (for the evaluation, which scores them unmasked).
    func summarize(_ document: AnalysedDocument, pages: [SourcePage], budget: Int, classId: String?, classLabel: String?) -> (summary: DocumentSummary, chosen: [Int]) {
        let weights = settings.sectionWeights(forClass: classId)
        let chosen = SentencePickers.sluss(document, budget: budget, weights: weights, cueWords: settings.cueWords)
        let summary = DocumentSummary(
            method: SummaryMethod.name, parameters: parameters(classId: classId, weights: weights),
            facts: KeyFacts.facts(of: pages, document: document, classLabel: classLabel),
            sentences: chosen.map { summarySentence(document.sentences[$0], in: document) },
            headings: document.outline.headings.map { Self.heading($0) },
            wordBudget: budget, documentWords: document.documentWords)
        return (summary, chosen)
    }

    func summarySentence(_ sentence: CandidateSentence, in document: AnalysedDocument) -> DocumentSummary.Sentence {
        let pages = sentence.start.page == sentence.end.page ? [sentence.start.page] : [sentence.start.page, sentence.end.page]
        return DocumentSummary.Sentence(
            text: Personnummer.masking(sentence.text), pages: pages, start: sentence.start, end: sentence.end,
            section: document.headingPath(of: sentence).last.map(Personnummer.masking))
    }

    private static func heading(_ heading: OutlineHeading) -> DocumentSummary.Heading {
        .init(title: Personnummer.masking(heading.title), level: heading.level, firstPage: heading.firstPage, lastPage: heading.lastPage)
    }

    /// Everything that decides which sentences are chosen, for provenance.
    private func parameters(classId: String?, weights: [SummarySettings.SectionWeight]) -> [String: String] {
        [
            "max_words": "\(settings.maxWords)",
            "min_words": "\(settings.minWords)",
            "share_of_document": "\(settings.shareOfDocument)",
            "diversity": "\(SummaryMethod.diversity)",
            "class": classId ?? "",
            "section_weights": weights.map { "\($0.heading)=\($0.weight)" }.joined(separator: "; "),
            "cue_words": settings.cueWords.joined(separator: ", "),
        ]
    }
}
