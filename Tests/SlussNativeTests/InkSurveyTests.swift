import Testing
@testable import SlussNative

/// A sheet of paper as a 150-dpi scanner sees it, drawn deterministically: grain, dust specks, and
/// optionally the faint mirror image of the other side's text (show-through).
struct ScannedSheet {
    static let width = 1240, height = 1754, dpi = 150
    var pixels = [UInt8](repeating: 0, count: width * height)
    private var seed: UInt64 = 0x5eed_2026

    init(showThrough: Bool) {
        for index in pixels.indices { pixels[index] = UInt8(233 + Int(nextRandom() % 7)) }
        for _ in 0..<300 {
            let x = Int(nextRandom() % UInt64(Self.width)), y = Int(nextRandom() % UInt64(Self.height))
            pixels[y * Self.width + x] = UInt8(110 + Int(nextRandom() % 105))
        }
        guard showThrough else { return }
        // Forty lines of letter-sized smudges only ~20 levels darker than the paper.
        for line in 0..<40 {
            for letter in 0..<70 where nextRandom() % 5 != 0 {
                fill(x: 120 + letter * 14, y: 150 + line * 36, width: 9, height: 12, level: 214)
            }
        }
    }

    mutating func fill(x: Int, y: Int, width: Int, height: Int, level: UInt8) {
        for row in y..<(y + height) {
            for column in x..<(x + width) { pixels[row * Self.width + column] = level }
        }
    }

    /// `count` dark letter-sized marks in a row, like one printed word.
    mutating func printWord(letters count: Int, x: Int, y: Int) {
        for letter in 0..<count { fill(x: x + letter * 12, y: y, width: 8, height: 11, level: 50) }
    }

    func image() throws -> Pix {
        try Pix.fromGreyBytes(pixels, width: Self.width, height: Self.height, dpi: Self.dpi)
    }

    private mutating func nextRandom() -> UInt64 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return seed >> 33
    }
}

@Suite struct InkSurveyTests {
    static let pixelsPerMillimetre = Double(ScannedSheet.dpi) / 25.4

    @Test func anEmptyBackWithSpecksAndShowThroughHasAlmostNoMarks() throws {
        var sheet = ScannedSheet(showThrough: true)
        sheet.fill(x: 600, y: 900, width: 5, height: 5, level: 90) // one dust grain over the speck size
        let survey = try sheet.image().surveyInk(pixelsPerMillimetre: Self.pixelsPerMillimetre)
        #expect((230...239).contains(survey.paperLevel))
        #expect(survey.markCount == 1)
        #expect(survey.markCoverage < 0.0001)
        #expect(survey.medianLetterHeight == nil)
    }

    @Test func oneShortPrintedWordIsSeenLetterByLetter() throws {
        var sheet = ScannedSheet(showThrough: true)
        sheet.printWord(letters: 6, x: 200, y: 1500)
        let survey = try sheet.image().surveyInk(pixelsPerMillimetre: Self.pixelsPerMillimetre)
        #expect(survey.markCount == 6)
    }

    @Test func theLetterHeightOfPrintedTextIsItsXHeight() throws {
        // 12-point Helvetica rendered at 300 dpi: x-height 0.52 em = 26 px.
        let page = try TesseractEngineTests.renderedDecision()
        let survey = try page.grey8().surveyInk(pixelsPerMillimetre: 300 / 25.4)
        #expect(survey.markCount > 100)
        let height = try #require(survey.medianLetterHeight)
        #expect((22...30).contains(height), "median letter height \(height)")
    }
}
