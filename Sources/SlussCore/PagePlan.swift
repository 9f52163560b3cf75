import SlussNative

/// What to do with a scanned page before any OCR, decided from its ink survey: skip it as blank,
/// or read it, and at which resolution.
public struct PagePlan: Sendable, Equatable {
    /// No ink beyond specks: a separator sheet or the empty back of a duplex scan. Not read.
    public var isBlank: Bool
    /// Resolution the page is read at: the scan's own, or lower when its letters are larger than
    /// the recogniser needs.
    public var readingDPI: Int
    /// x-height of the body text in pixels of the scan, when there was enough text to measure.
    public var letterHeight: Double?

    /// - Parameters:
    ///   - survey: the ink survey of the page, made at `surveyDPI`.
    ///   - scanDPI: resolution of the scan itself.
    public init(survey: InkSurvey, surveyDPI: Double, scanDPI: Int, pipeline: Pipeline) {
        // Ink is sought as darker than the paper, so a dark page (a negative, a photograph) shows
        // none: it is read, never taken for blank.
        isBlank = pipeline.skipBlankPages
            && survey.paperLevel >= Self.darkestPaper
            && survey.markCount <= Self.marksOnBlankPage
            && survey.markCoverage < Self.coverageOnBlankPage
        letterHeight = survey.medianLetterHeight.map { $0 * Double(scanDPI) / surveyDPI }
        readingDPI = scanDPI
        if let letterHeight, pipeline.readingLetterHeight > 0 {
            // Tesseract's line recogniser scales every text line to the height of its network's
            // input, so letters larger than that only make layout analysis slower.
            var factor = Double(pipeline.readingLetterHeight) / letterHeight
            // Half size is already at hand (it was surveyed), and a little under the target
            // height still reads as well: take it rather than resample the scan.
            if factor < Self.snapToHalfBelow { factor = 0.5 }
            if factor < Self.smallestWorthwhileReduction {
                readingDPI = max(Int((Double(scanDPI) * factor).rounded()), min(scanDPI, Self.lowestReadingDPI))
            }
        }
    }

    /// A page with at most this many marks (and little coverage) is blank: dust and a staple hole
    /// leave a few, a single printed word already leaves more.
    static let marksOnBlankPage = 4
    /// The darkest grey level still taken for paper; below it the page itself is dark.
    static let darkestPaper = 128
    /// Share of the page the marks of a blank page may cover (0.1 %: about 8 × 8 mm on A4).
    static let coverageOnBlankPage = 0.001
    /// Scaling by less than this saves too little to be worth the resampling.
    static let smallestWorthwhileReduction = 0.85
    /// Reductions to less than this take the half-size image.
    static let snapToHalfBelow = 0.55
    /// Never read below this resolution, whatever the text size.
    static let lowestReadingDPI = 150
}
