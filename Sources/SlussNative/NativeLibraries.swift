import CLeptonica
import CPoppler
import CTesseract
import Foundation

/// Versions of the linked system libraries, recorded in every document's provenance.
public enum NativeLibraries {
    public static var tesseractVersion: String { String(cString: TessVersion()) }

    public static var leptonicaVersion: String {
        guard let raw = getLeptonicaVersion() else { return "unknown" }
        defer { lept_free(raw) }
        // Leptonica reports "leptonica-1.82.0".
        let text = String(cString: raw)
        return text.hasPrefix("leptonica-") ? String(text.dropFirst("leptonica-".count)) : text
    }

    public static var popplerVersion: String { String(cString: poppler_get_version()) }

    /// Leptonica prints its own errors to stderr; Sluss reports failures itself, once, with the file
    /// name, so the library is silenced. Runs once per process (a `static let` is initialised once,
    /// thread-safely), before any file is opened.
    static func configureOnce() {
        _ = silenced
    }

    private static let silenced: Bool = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
        return true
    }()
}
