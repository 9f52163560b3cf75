import SlussNative

/// A word with its box on the page image and its confidence (0–100).
public typealias WordBox = PlacedWord

/// Where a page's text came from.
public enum TextSource: String, Sendable, Codable {
    /// Tesseract read the page image.
    case ocr
    /// The PDF's own text layer was good enough and was used as it is.
    case textLayer = "text-layer"
}

/// Seconds spent on one page in each stage; summed over a batch for benchmarks.
public struct StageTimings: Sendable, Equatable, Codable {
    public var load: Double = 0
    public var orientation: Double = 0
    public var deskew: Double = 0
    public var ocr: Double = 0

    public init() {}

    public static func + (lhs: StageTimings, rhs: StageTimings) -> StageTimings {
        var sum = StageTimings()
        sum.load = lhs.load + rhs.load
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
    /// Skew (degrees) removed before OCR; nil when deskew did not run.
    public var skewCorrected: Double?
    public var imageWidth: Int
    public var imageHeight: Int
    /// Resolution of the page image that was read (or that word boxes are measured in).
    public var dpi: Int
    public var words: [WordBox]
    /// Why the text layer was used or not (PDF pages only).
    public var textLayerNote: String?
    public var timings: StageTimings

    public init(
        number: Int, text: String, source: TextSource, meanConfidence: Double?, rotationApplied: Int,
        orientationConfidence: Double?, skewCorrected: Double?, imageWidth: Int, imageHeight: Int,
        dpi: Int, words: [WordBox], textLayerNote: String?, timings: StageTimings
    ) {
        self.number = number
        self.text = text
        self.source = source
        self.meanConfidence = meanConfidence
        self.rotationApplied = rotationApplied
        self.orientationConfidence = orientationConfidence
        self.skewCorrected = skewCorrected
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
        self.dpi = dpi
        self.words = words
        self.textLayerNote = textLayerNote
        self.timings = timings
    }
}
