import SlussNative

/// A word with its box on the page image and its confidence (0–100).
public typealias WordBox = PlacedWord

/// Where a page's text came from.
public enum TextSource: String, Sendable, Codable {
    /// Tesseract read the page image.
    case ocr
    /// The PDF's own text layer was good enough and was used as it is.
    case textLayer = "text-layer"
    /// The scan showed no ink beyond specks; it was not read and has no text.
    case blank
    /// A Sluss cover sheet (försättsblad): where a stack is split; kept in provenance, not read.
    case coverSheet = "cover-sheet"
}

/// How sure Sluss is that an OCR page was read the right way up.
public enum OrientationFinding: String, Sendable, Codable {
    /// Read as scanned, and the reading was confident.
    case upright
    /// Turned by `rotationApplied` before the confident reading that was kept.
    case turned
    /// No reading, whichever way round, reached the pipeline's confidence: the page may be upside
    /// down or sideways, or just a poor scan. Listed for a person to look at.
    case uncertain
}

/// The ink survey of a scanned page, kept in provenance: why it was, or was not, taken for blank.
public struct PageSurveyNote: Sendable, Equatable, Codable {
    public var inkMarks: Int
    public var inkCoverage: Double

    public init(inkMarks: Int, inkCoverage: Double) {
        self.inkMarks = inkMarks
        self.inkCoverage = inkCoverage
    }
}

/// Seconds spent on one page in each stage; summed over a batch for benchmarks.
public struct StageTimings: Sendable, Equatable, Codable {
    public var load: Double = 0
    /// Looking for ink (blank pages, text size) and scaling to the reading resolution.
    public var survey: Double = 0
    public var orientation: Double = 0
    public var deskew: Double = 0
    public var ocr: Double = 0

    public init() {}

    public static func + (lhs: StageTimings, rhs: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.load = lhs.load + rhs.load
        sum.survey = lhs.survey + rhs.survey
        sum.orientation = lhs.orientation + rhs.orientation
        sum.deskew = lhs.deskew + rhs.deskew
        sum.ocr = lhs.ocr + rhs.ocr
        return sum
    }
}

/// One page after recognition: its text and how it was obtained.
public struct RecognizedPage: Sendable {
    /// 1-based position in the original file.
    public var number: Int
    public var text: String
    public var source: TextSource
    /// Mean OCR word confidence 0–100; nil for text-layer pages.
    public var meanConfidence: Double?
    /// Clockwise rotation (0, 90, 180, 270) applied to turn the scan upright.
    public var rotationApplied: Int
    /// Confidence of the orientation detector when it was consulted, else nil.
    public var orientationConfidence: Double?
    /// For OCR pages: whether the page was surely read the right way up.
    public var orientation: OrientationFinding?
    /// Skew (degrees) removed before OCR; nil when deskew did not run.
    public var skewCorrected: Double?
    public var imageWidth: Int
    public var imageHeight: Int
    /// Resolution of the page image that was read (or that word boxes are measured in).
    public var dpi: Int
    /// Resolution of the scan as it arrived, when the page was read at a lower one (or not at all).
    public var scannedDPI: Int?
    /// For scanned pages: the ink found before reading.
    public var survey: PageSurveyNote?
    public var words: [WordBox]
    /// Why the text layer was used or not (PDF pages only).
    public var textLayerNote: String?
    /// For a cover sheet: the case number its QR code names.
    public var coverSheetCase: String?
    public var timings: StageTimings

    public init(
        number: Int, text: String, source: TextSource, meanConfidence: Double?, rotationApplied: Int,
        orientationConfidence: Double?, orientation: OrientationFinding? = nil, skewCorrected: Double?,
        imageWidth: Int, imageHeight: Int, dpi: Int, scannedDPI: Int? = nil, survey: PageSurveyNote? = nil,
        words: [WordBox], textLayerNote: String?, timings: StageTimings
    ) {
        self.number = number
        self.text = text
        self.source = source
        self.meanConfidence = meanConfidence
        self.rotationApplied = rotationApplied
        self.orientationConfidence = orientationConfidence
        self.orientation = orientation
        self.skewCorrected = skewCorrected
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.dpi = dpi
        self.scannedDPI = scannedDPI
        self.survey = survey
        self.words = words
        self.textLayerNote = textLayerNote
        self.timings = timings
    }
}

/// How the pages of a new document were read.
public struct PageTally: Sendable, Equatable {
    public var ocr = 0
    public var textLayer = 0
    public var blank = 0
    public var coverSheets = 0
    /// OCR pages no reading of which was confident, whichever way round.
    public var orientationUncertain: [Int] = []

    public init(_ pages: [RecognizedPage]) {
        for page in pages {
            switch page.source {
            case .ocr: ocr += 1
            case .textLayer: textLayer += 1
            case .blank: blank += 1
            case .coverSheet: coverSheets += 1
            }
            if page.orientation == .uncertain { orientationUncertain.append(page.number) }
        }
    }
}
