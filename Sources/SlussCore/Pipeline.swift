/// How incoming scans are read: loaded once from a `Pipelines/*.yaml` file, validated up front, and
/// passed unchanged through every stage.
public struct Pipeline: Sendable, Equatable {
    /// When Tesseract's orientation detector is consulted.
    public enum OrientationCheck: String, Sendable, Equatable, CaseIterable {
        /// On every OCR page before recognition.
        case always
        /// Only when the first recognition's mean confidence is below `doubtfulBelow`:
        /// upright pages cost nothing extra.
        case whenDoubtful = "when-doubtful"
        /// Never; pages are read as scanned.
        case never
    }

    /// What to do with a PDF page that already carries text.
    public enum TextLayerMode: String, Sendable, Equatable, CaseIterable {
        /// Use the text layer when it passes the quality checks, OCR otherwise.
        case prefer
        /// Always OCR, ignoring any text layer.
        case ignore
    }

    public var name: String
    /// Tesseract language models, e.g. ["swe"] or ["swe", "eng"].
    public var languages: [String]
    public var orientationCheck: OrientationCheck
    /// Mean word confidence (0–100) under which a page counts as doubtful.
    public var doubtfulBelow: Int
    public var deskew: Bool
    /// Pages with no ink beyond specks are recorded as blank and not read.
    public var skipBlankPages: Bool
    /// x-height (pixels) pages are scaled down to before reading when their letters are larger;
    /// 0 reads every page at its scanned resolution.
    public var readingLetterHeight: Int
    public static let defaultReadingLetterHeight = 12
    /// The model that reads again, word by word, where "%" or "§" may stand, signs the language
    /// models may lack (see `SymbolRereading`); nil: none.
    public var symbolModel: String? = Pipeline.defaultSymbolModel
    public static let defaultSymbolModel = "Latin"
    /// Resolution PDF pages are rendered at for OCR.
    public var renderDPI: Int
    public var textLayer: TextLayerMode
    /// A text layer with fewer non-space characters than this is not trusted.
    public var textLayerMinCharacters: Int
    /// Share (0–1) of a text layer's tokens that must look like words.
    public var textLayerMinWordShare: Double
    /// Resolution assumed for images that carry none; nil: estimated from the page size (A4).
    public var assumedImageDPI: Int?
    /// Regular expression a case number must match in full.
    public var caseNumberPattern: String
    /// The pattern used when a pipeline sets none: "SN 2026/0412", "IFO-2026-0412", "BoU 2026/17".
    public static let defaultCaseNumberPattern = #"^[A-Za-zÅÄÖåäö]{1,6}[ -]?\d{4}[/-]\d{1,6}$"#
    /// Where a scanned file is split into several documents.
    public enum SplitRule: String, Sendable, Equatable, CaseIterable {
        /// At every Sluss cover sheet; each part goes to the case its sheet names.
        case coverSheets = "cover-sheets"
        /// At every blank page (separator sheets).
        case blankPages = "blank-pages"
        /// Never: each file is one document.
        case none
    }

    public var splitAt: SplitRule
    /// Whether a document ingested without a case is matched to a registered case by the
    /// personnummer and case numbers in its text (or else waits for a person to assign one).
    public var matchCasesInText: Bool
    /// Classes, model, rules and review threshold; nil when the pipeline does not classify.
    public var classification: ClassificationSettings?
    /// Word budget and section weights of the summaries made at ingest.
    public var summary: SummarySettings
    /// Parallel OCR workers; nil: one per core.
    public var jobs: Int?
    /// Files with more pages are refused before any page is read (split them first): one file
    /// must not hold the workers for hours or fill the store by mistake.
    public var maxPages: Int = Pipeline.defaultMaxPages
    public static let defaultMaxPages = 2000
    /// Where the definition was loaded from and the SHA-256 of that file, for provenance.
    public var sourcePath: String
    public var sourceSHA256: String

    /// Languages in Tesseract's form, "swe+eng".
    public var tesseractLanguages: String { languages.joined(separator: "+") }

    /// Why `caseID` is not a case number this pipeline accepts, or nil when it is.
    public func caseNumberProblem(_ caseID: String) -> String? {
        acceptsCaseNumber(caseID) ? nil
            : "case number '\(caseID)' does not match the pattern \(caseNumberPattern) of pipeline \(name); check the number or set cases.number_pattern"
    }

    /// Whether `caseID` is a case number this pipeline accepts.
    public func acceptsCaseNumber(_ caseID: String) -> Bool {
        guard let regex = try? Regex(caseNumberPattern) else { return false }
        return caseID.wholeMatch(of: regex) != nil
    }
}
