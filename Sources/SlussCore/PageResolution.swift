/// The resolution to read an image at when the file does not say (phone photos, some scanner
/// exports): guessed from the page size, assuming the paper is A4, and rounded to a common scanner
/// setting. Tesseract reads ~30% slower and worse when it has to guess this itself.
public enum PageResolution {
    static let commonSettings = [100, 150, 200, 240, 300, 400, 600, 1200]

    /// `declared` is what the file carries (0 when nothing). It is kept when the paper size it
    /// implies is plausible (short side 2.5–24 inches); software that stamps 72 DPI on a 300 DPI
    /// scan would otherwise make an A4 page look 34 inches wide.
    public static func effective(declared: Int, width: Int, height: Int, assumed: Int?) -> Int {
        if (50...2400).contains(declared) {
            let shortSideInches = Double(min(width, height)) / Double(declared)
            if (2.5...24).contains(shortSideInches) { return declared }
        }
        if let assumed { return assumed }
        return estimatedFromA4(width: width, height: height)
    }

    /// A4 is 8.27 × 11.69 inches; the shorter side decides so sideways scans estimate the same.
    public static func estimatedFromA4(width: Int, height: Int) -> Int {
        let shorter = Double(min(width, height))
        let raw = shorter / 8.27
        return commonSettings.min(by: { abs(Double($0) - raw) < abs(Double($1) - raw) }) ?? 300
    }
}
