import CLeptonica

/// What a quick look at the ink on a page image finds, without OCR: enough to tell a blank page
/// (separator sheet, empty back of a duplex scan) and to measure how large the printed text is.
public struct InkSurvey: Sendable, Equatable {
    /// Grey level of the paper (0 black – 255 white): the median of the image.
    public var paperLevel: Int
    /// Ink marks larger than scanner specks: characters, words, lines, pictures, edges.
    public var markCount: Int
    /// Share (0–1) of the image covered by the boxes of those marks.
    public var markCoverage: Double
    /// Median height, in pixels of the surveyed image, of the marks shaped like letters; nil when
    /// there are too few of them to say. Most letters are x-height tall (a, e, n, o, s, …), so this
    /// is close to the x-height of the body text.
    public var medianLetterHeight: Double?

    public init(paperLevel: Int, markCount: Int, markCoverage: Double, medianLetterHeight: Double?) {
        self.paperLevel = paperLevel
        self.markCount = markCount
        self.markCoverage = markCoverage
        self.medianLetterHeight = medianLetterHeight
    }
}

extension Pix {
    /// Surveys the ink on this 8-bit grey image. `pixelsPerMillimetre` is the image's resolution,
    /// used to tell specks (under 0.6 mm) from letters (0.6–8 mm tall).
    ///
    /// Ink is what is clearly darker than the paper: faint show-through from the other side of the
    /// sheet and paper texture stay below the threshold.
    public func surveyInk(pixelsPerMillimetre: Double) throws(ImagingError) -> InkSurvey {
        let paper = try medianGreyLevel()
        let inkThreshold = max(paper - Self.inkContrast, 1)
        guard let binary = Pix(owning: pixThresholdToBinary(pointer, Int32(inkThreshold))) else {
            throw .operationFailed("thresholding a \(width)×\(height) image")
        }
        var boxes: UnsafeMutablePointer<BOXA>? = pixConnCompBB(binary.pointer, 8)
        guard boxes != nil else {
            throw .operationFailed("finding ink marks on a \(width)×\(height) image")
        }
        defer { boxaDestroy(&boxes) }

        let speck = 0.6 * pixelsPerMillimetre
        let tallestLetter = 8 * pixelsPerMillimetre
        var marks = 0
        var coveredArea = 0.0
        var letterHeights: [Int32] = []
        for index in 0..<boxaGetCount(boxes) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h)
            guard Double(w) >= speck || Double(h) >= speck else { continue }
            marks += 1
            coveredArea += Double(w) * Double(h)
            if Double(h) >= speck && Double(h) <= tallestLetter && w <= 3 * h {
                letterHeights.append(h)
            }
        }
        letterHeights.sort()
        let median: Double? = letterHeights.count < Self.lettersForMedian
            ? nil : Double(letterHeights[letterHeights.count / 2])
        return InkSurvey(
            paperLevel: paper, markCount: marks,
            markCoverage: coveredArea / Double(max(width * height, 1)), medianLetterHeight: median)
    }

    /// How much darker than the paper a pixel must be to count as ink (0–255 scale). Printed and
    /// written text on a scan is 100–200 levels darker; show-through and texture are under 40.
    static let inkContrast = 64
    /// Fewer letter-shaped marks than this give no trustworthy text size.
    static let lettersForMedian = 20

    private func medianGreyLevel() throws(ImagingError) -> Int {
        var histogram: UnsafeMutablePointer<NUMA>? = pixGetGrayHistogram(pointer, 2)
        guard histogram != nil else {
            throw .operationFailed("measuring the grey levels of a \(width)×\(height) image")
        }
        defer { numaDestroy(&histogram) }
        var counts = [Float](repeating: 0, count: 256)
        for level in 0..<256 { numaGetFValue(histogram, Int32(level), &counts[level]) }
        let half = counts.reduce(0, +) / 2
        var seen: Float = 0
        for level in 0..<256 {
            seen += counts[level]
            if seen >= half { return level }
        }
        return 255
    }
}
