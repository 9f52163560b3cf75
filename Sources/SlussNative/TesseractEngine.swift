import CLeptonica
import CTesseract
import Foundation

/// What Tesseract read on one page.
public struct RecognizedText: Sendable {
    public var text: String
    /// Mean word confidence 0–100 as Tesseract reports it (0 for a page with no words).
    public var meanConfidence: Int
    public var words: [PlacedWord]

    public init(text: String, meanConfidence: Int, words: [PlacedWord]) {
        self.text = text
        self.meanConfidence = meanConfidence
        self.words = words
    }
}

/// A model file a Tesseract instance loaded; `part` when it loaded only part of it.
public struct LoadedModelFile: Sendable {
    public var language: String
    public var path: String
    public var part: (description: String, sha256: String)?
}

/// One Tesseract instance with its models loaded: expensive to create (a few hundred ms), so a worker
/// creates one and reuses it for every page. Not thread-safe: one per thread.
public final class TesseractEngine {
    private let handle: OpaquePointer
    /// Languages as Tesseract takes them, e.g. "swe" or "swe+eng".
    public let languages: String
    /// Folder holding the `.traineddata` files that were loaded.
    public let datapath: String
    /// For an instance that loaded only part of its model file: what it left out and the
    /// SHA-256 of what it loaded.
    public let loadedPart: (description: String, sha256: String)?

    /// Loads `languages` (Tesseract form, "swe+eng") from `datapath` (nil: Tesseract's default,
    /// which honours TESSDATA_PREFIX). `pageSegmentation` is for OSD-only instances.
    public init(languages: String, datapath: String? = nil, osdOnly: Bool = false) throws(ImagingError) {
        NativeLibraries.configureOnce()
        guard let handle = TessBaseAPICreate() else { throw .operationFailed("creating a Tesseract instance") }
        self.languages = languages
        if TessBaseAPIInit2(handle, datapath, languages, OEM_DEFAULT) != 0 {
            let triedPath = datapath ?? ProcessInfo.processInfo.environment["TESSDATA_PREFIX"] ?? "Tesseract's default folder"
            TessBaseAPIEnd(handle)
            TessBaseAPIDelete(handle)
            throw .ocrModelsMissing(languages: languages, datapath: triedPath)
        }
        self.handle = handle
        self.datapath = String(cString: TessBaseAPIGetDatapath(handle))
        loadedPart = nil
        // Tesseract's warnings would interleave with Sluss's own report; failures surface through results.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        TessBaseAPISetPageSegMode(handle, osdOnly ? PSM_OSD_ONLY : PSM_AUTO)
    }

    /// Loads the LSTM model `language` from `datapath` without its word lists, to read single
    /// signs (see `readWords`): a fraction of the memory and load time of the whole model.
    public init(signReader language: String, datapath: String) throws(ImagingError) {
        NativeLibraries.configureOnce()
        let model = try Self.signReaderModel(language, datapath: datapath)
        guard let handle = TessBaseAPICreate() else { throw .operationFailed("creating a Tesseract instance") }
        let loaded = model.withUnsafeBytes { raw in
            TessBaseAPIInit5(handle, raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), language, OEM_LSTM_ONLY, nil, 0, nil, nil, 0, 0)
        }
        guard loaded == 0 else {
            TessBaseAPIEnd(handle)
            TessBaseAPIDelete(handle)
            throw .ocrModelsMissing(languages: language, datapath: datapath)
        }
        self.handle = handle
        self.languages = language
        self.datapath = datapath
        loadedPart = ("without its word lists", SHA256Digest.of(model))
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_WORD)
    }

    /// What `init(signReader:datapath:)` would load, checked and described for provenance
    /// without loading it, so that a recogniser can load it only when a page needs it.
    public static func signReaderModelFile(_ language: String, datapath: String) throws(ImagingError) -> LoadedModelFile {
        let model = try signReaderModel(language, datapath: datapath)
        return LoadedModelFile(
            language: language, path: (datapath as NSString).appendingPathComponent("\(language).traineddata"),
            part: ("without its word lists", SHA256Digest.of(model)))
    }

    private static func signReaderModel(_ language: String, datapath: String) throws(ImagingError) -> Data {
        let path = (datapath as NSString).appendingPathComponent("\(language).traineddata")
        guard let model = TrainedData.withoutDictionaries(atPath: path) else {
            throw .ocrModelsMissing(languages: language, datapath: datapath)
        }
        return model
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The model files this instance loaded, one per language, with what of them it loaded when
    /// not all (see `loadedPart`).
    public var modelFiles: [LoadedModelFile] {
        languages.split(separator: "+").map { language in
            LoadedModelFile(language: String(language), path: (datapath as NSString).appendingPathComponent("\(language).traineddata"), part: loadedPart)
        }
    }

    /// Recognises the page. `dpi` must be the real resolution of `image`: Tesseract guesses badly without it.
    public func recognize(_ image: Pix, dpi: Int) throws(ImagingError) -> RecognizedText {
        setImage(image, dpi: dpi)
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0 else {
            throw .operationFailed("Tesseract could not recognise a \(image.width)×\(image.height) image")
        }
        var text = ""
        if let raw = TessBaseAPIGetUTF8Text(handle) {
            text = String(cString: raw)
            TessDeleteText(raw)
        }
        let mean = Int(TessBaseAPIMeanTextConf(handle))
        return RecognizedText(text: text, meanConfidence: mean, words: words())
    }

    /// Reads each box of `image` on its own, as a single word: a second opinion on a few words
    /// that another instance read. `margin` pixels around each box give the recogniser the
    /// letters' edges. A box where nothing is read gives nil.
    public func readWords(in image: Pix, dpi: Int, boxes: [PlacedWord], margin: Int = 4) -> [(text: String, confidence: Double)?] {
        guard !boxes.isEmpty else { return [] }
        setImage(image, dpi: dpi)
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_WORD)
        defer {
            TessBaseAPIClear(handle)
            TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        }
        return boxes.map { box in
            let left = max(box.x - margin, 0), top = max(box.y - margin, 0)
            let right = min(box.x + box.width + margin, image.width), bottom = min(box.y + box.height + margin, image.height)
            guard right > left, bottom > top else { return nil }
            TessBaseAPISetRectangle(handle, Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
            guard let raw = TessBaseAPIGetUTF8Text(handle) else { return nil }
            let text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
            TessDeleteText(raw)
            return text.isEmpty ? nil : (text, Double(TessBaseAPIMeanTextConf(handle)))
        }
    }

    /// Orientation of the page as Tesseract's OSD sees it: the clockwise rotation that turns the image
    /// upright, and the confidence. Nil when the page has too little text to decide.
    /// Only meaningful on an instance created with `languages: "osd", osdOnly: true`.
    public func detectOrientation(_ image: Pix, dpi: Int) -> (clockwiseCorrection: Int, confidence: Double)? {
        setImage(image, dpi: dpi)
        defer { TessBaseAPIClear(handle) }
        var degrees: Int32 = 0
        var confidence: Float = 0
        var scriptName: UnsafePointer<CChar>?
        var scriptConfidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, &scriptName, &scriptConfidence) != 0 else {
            return nil
        }
        // Tesseract reports how far the page is turned counter-clockwise; the correction turns it back.
        let correction = (360 - Int(degrees)) % 360
        return (correction, Double(confidence))
    }

    private func setImage(_ image: Pix, dpi: Int) {
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
    }

    private func words() -> [PlacedWord] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var words: [PlacedWord] = []
        repeat {
            guard let raw = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: raw)
            TessDeleteText(raw)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
            words.append(PlacedWord(
                text: text, x: Int(left), y: Int(top),
                width: Int(right - left), height: Int(bottom - top), confidence: confidence))
        } while TessPageIteratorNext(pageIterator, RIL_WORD) != 0
        return words
    }
}
