import Foundation
import SlussNative

/// The OCR stage for one page image: orientation, deskew, recognition.
///
/// Owns one Tesseract instance for the pipeline's languages and, when orientation is checked, one
/// for Tesseract's `osd` model. Creating them costs a few hundred milliseconds, so a worker thread
/// makes one recogniser and reuses it for all its pages. Not thread-safe.
public final class PageRecognizer {
    private let pipeline: Pipeline
    private let engine: TesseractEngine
    private let orientationEngine: TesseractEngine?
    /// The model that reads again the words where a sign the language models lack may stand,
    /// checked when the recogniser is made and loaded when a page first needs it: a batch of
    /// born-digital letters, and the start of every run, never wait for it.
    private let symbolModel: LoadedModelFile?
    private var symbolEngine: TesseractEngine?

    public init(pipeline: Pipeline, datapath: String? = nil) throws(ImagingError) {
        self.pipeline = pipeline
        engine = try TesseractEngine(languages: pipeline.tesseractLanguages, datapath: datapath)
        orientationEngine = pipeline.orientationCheck == .never
            ? nil : try TesseractEngine(languages: "osd", datapath: datapath, osdOnly: true)
        symbolModel = try pipeline.symbolModel.map { [engine] model throws(ImagingError) in
            try TesseractEngine.signReaderModelFile(model, datapath: engine.datapath)
        }
    }

    /// Model files this recogniser loaded (and what of each, when not all), for provenance.
    public var modelFiles: [LoadedModelFile] {
        engine.modelFiles + (orientationEngine?.modelFiles ?? []) + (symbolModel.map { [$0] } ?? [])
    }

    /// Reads one scanned page. `scan` may be any depth; `dpi` is its resolution.
    ///
    /// The ink is surveyed first: a blank page is recorded as such and not read, and a page whose
    /// letters are larger than the recogniser needs is read at a lower resolution (see `PagePlan`).
    public func recognize(_ scan: Pix, number: Int, dpi: Int, loadSeconds: Double = 0) throws(ImagingError) -> RecognizedPage {
        var timings = StageTimings()
        timings.load = loadSeconds
        let grey = try measure(&timings.load) { () throws(ImagingError) in try scan.grey8() }
        guard grey.width >= 2 && grey.height >= 2 else {
            // Too small to halve, let alone to hold a letter.
            return blankPage(number: number, grey: grey, dpi: dpi, survey: PageSurveyNote(inkMarks: 0, inkCoverage: 0), timings: timings)
        }
        // The half-size image serves both the survey and orientation detection.
        let half = try measure(&timings.survey) { () throws(ImagingError) in try grey.halved() }
        let halfDPI = Double(dpi) / 2
        if pipeline.splitAt == .coverSheets,
           let caseId = try measure(&timings.survey, { () throws(ImagingError) in try CoverSheet.caseId(onPage: half) }) {
            var page = blankPage(number: number, grey: grey, dpi: dpi, survey: PageSurveyNote(inkMarks: 0, inkCoverage: 0), timings: timings)
            page.source = .coverSheet
            page.survey = nil
            page.coverSheetCase = caseId
            return page
        }
        let survey = try measure(&timings.survey) { () throws(ImagingError) in
            try half.surveyInk(pixelsPerMillimetre: halfDPI / 25.4)
        }
        let plan = PagePlan(survey: survey, surveyDPI: halfDPI, scanDPI: dpi, pipeline: pipeline)
        let surveyNote = PageSurveyNote(inkMarks: survey.markCount, inkCoverage: survey.markCoverage)
        if plan.isBlank {
            return blankPage(number: number, grey: grey, dpi: dpi, survey: surveyNote, timings: timings)
        }
        let readingDPI = plan.readingDPI
        let page = try measure(&timings.survey) { () throws(ImagingError) in
            if readingDPI == dpi { return grey }
            if readingDPI * 2 == dpi { return half }
            return try grey.downscaled(by: Double(readingDPI) / Double(dpi))
        }

        var firstRotation = 0
        var orientationConfidence: Double?
        // A portrait page scanned sideways arrives as a landscape image: worth asking OSD first, so
        // the page is read (and its word boxes measured) upright.
        let looksSideways = grey.width > grey.height * 6 / 5
        let checkFirst = pipeline.orientationCheck == .always || (pipeline.orientationCheck == .whenDoubtful && looksSideways)
        if checkFirst, let detected = detectOrientation(half, dpi: halfDPI, timings: &timings) {
            orientationConfidence = detected.confidence
            firstRotation = detected.clockwiseCorrection
        }
        var best = try read(page, rotation: firstRotation, dpi: readingDPI, timings: &timings)

        if isDoubtful(best) && pipeline.orientationCheck != .never {
            // A page read the wrong way round gives low confidences; ask OSD, and when it proposes
            // another rotation than the one tried (or nothing was asked yet), read again that way and
            // keep whichever reading Tesseract is surer of. OSD is thus never trusted blindly.
            let detected = orientationConfidence == nil ? detectOrientation(half, dpi: halfDPI, timings: &timings) : nil
            var candidates: [Int] = []
            if let detected {
                orientationConfidence = detected.confidence
                if detected.clockwiseCorrection != best.rotation { candidates.append(detected.clockwiseCorrection) }
            }
            if firstRotation != 0 && !candidates.contains(0) { candidates.append(0) }
            for rotation in candidates {
                let alternative = try read(page, rotation: rotation, dpi: readingDPI, timings: &timings)
                if alternative.recognized.meanConfidence > best.recognized.meanConfidence { best = alternative }
            }
        }
        if isDoubtful(best) && readingDPI < dpi {
            // Reading below the scanned resolution must never cost a hard page its accuracy: a
            // page still doubtful is read once more as scanned, the way round already chosen.
            let asScanned = try read(grey, rotation: best.rotation, dpi: dpi, timings: &timings)
            if asScanned.recognized.meanConfidence > best.recognized.meanConfidence { best = asScanned }
        }
        let orientation: OrientationFinding = isDoubtful(best) ? .uncertain : best.rotation == 0 ? .upright : .turned

        return RecognizedPage(
            number: number, text: SectionSignRepair.repaired(best.recognized.text), source: .ocr,
            meanConfidence: Double(best.recognized.meanConfidence), rotationApplied: best.rotation,
            orientationConfidence: orientationConfidence, orientation: orientation,
            skewCorrected: pipeline.deskew ? best.skew : nil,
            imageWidth: best.width, imageHeight: best.height, dpi: best.dpi,
            scannedDPI: best.dpi == dpi ? nil : dpi, survey: surveyNote,
            words: SectionSignRepair.repaired(best.recognized.words), textLayerNote: nil, timings: timings)
    }

    private func blankPage(number: Int, grey: Pix, dpi: Int, survey: PageSurveyNote, timings: StageTimings) -> RecognizedPage {
        RecognizedPage(
            number: number, text: "", source: .blank, meanConfidence: nil, rotationApplied: 0,
            orientationConfidence: nil, skewCorrected: nil, imageWidth: grey.width, imageHeight: grey.height,
            dpi: dpi, survey: survey, words: [], textLayerNote: nil, timings: timings)
    }

    private func isDoubtful(_ reading: Reading) -> Bool {
        reading.recognized.meanConfidence < pipeline.doubtfulBelow
    }

    private struct Reading {
        var recognized: RecognizedText
        var rotation: Int
        var skew: Double
        /// Resolution of the image this reading was made from.
        var dpi: Int
        var width: Int
        var height: Int
    }

    private func read(_ grey: Pix, rotation: Int, dpi: Int, timings: inout StageTimings) throws(ImagingError) -> Reading {
        var image = try measure(&timings.orientation) { () throws(ImagingError) in try grey.rotated(clockwiseDegrees: rotation) }
        var skew = 0.0
        if pipeline.deskew {
            (image, skew) = measure(&timings.deskew) { image.deskewed() }
        }
        var recognized = try measure(&timings.ocr) { () throws(ImagingError) in try engine.recognize(image, dpi: dpi) }
        if let symbolModel {
            recognized = try measure(&timings.ocr) { () throws(ImagingError) in
                try SymbolRereading.reread(recognized, image: image, dpi: dpi) { () throws(ImagingError) in
                    if let symbolEngine { return symbolEngine }
                    let loaded = try TesseractEngine(signReader: symbolModel.language, datapath: engine.datapath)
                    symbolEngine = loaded
                    return loaded
                }
            }
        }
        return Reading(recognized: recognized, rotation: rotation, skew: skew, dpi: dpi, width: image.width, height: image.height)
    }

    /// OSD on the page at half size: as reliable for orientation and ~40% cheaper.
    private func detectOrientation(_ half: Pix, dpi: Double, timings: inout StageTimings) -> (clockwiseCorrection: Int, confidence: Double)? {
        guard let orientationEngine else { return nil }
        return measure(&timings.orientation) {
            orientationEngine.detectOrientation(half, dpi: max(Int(dpi.rounded()), 1))
        }
    }
}

/// Runs `body`, adding its wall time to `seconds`.
public func measure<Result, Failure: Error>(_ seconds: inout Double, _ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    return try body()
}
