/// One document of a scanned file: its pages (numbered from 1 within the document) and where they
/// were in the file.
public struct StackPart: Sendable {
    /// The cover sheet the part followed, if any.
    public enum Sheet: Sendable, Equatable {
        /// Its code was read: the part belongs to `caseId`.
        case read(page: Int, caseId: String)
        /// Its print says it is a Sluss cover sheet but its code could not be read: the part waits
        /// for a person rather than being attached by a guess.
        case unreadable(page: Int)

        public var page: Int {
            switch self {
            case let .read(page, _), let .unreadable(page): page
            }
        }
    }

    public var pages: [RecognizedPage]
    /// Pages of the file this part spans, 1-based and inclusive.
    public var firstPage: Int
    public var lastPage: Int
    public var sheet: Sheet?
}

/// Splits the pages read from one file into the documents it holds, by the pipeline's rule.
public enum StackSplitter {
    public static func parts(of pages: [RecognizedPage], rule: Pipeline.SplitRule) -> [StackPart] {
        let whole = [StackPart(pages: pages, firstPage: 1, lastPage: pages.count, sheet: nil)]
        guard rule != .none, !pages.isEmpty else { return whole }
        var parts: [StackPart] = []
        var current: [RecognizedPage] = []
        var currentSheet: StackPart.Sheet?
        func close() {
            if let first = current.first, let last = current.last {
                parts.append(StackPart(
                    pages: current.map { page in
                        var renumbered = page
                        renumbered.number = page.number - first.number + 1
                        return renumbered
                    },
                    firstPage: first.number, lastPage: last.number, sheet: currentSheet))
            }
            current = []
        }
        for page in pages {
            switch rule {
            case .coverSheets:
                if let caseId = page.coverSheetCase {
                    close()
                    currentSheet = .read(page: page.number, caseId: caseId)
                } else if looksLikeACoverSheet(page) {
                    close()
                    currentSheet = .unreadable(page: page.number)
                } else {
                    current.append(page)
                }
            case .blankPages:
                if page.source == .blank { close() } else { current.append(page) }
            case .none:
                current.append(page)
            }
        }
        close()
        // A file of nothing but separators or sheets is still one document: nothing received is lost.
        return parts.isEmpty ? whole : parts
    }

    /// A page whose printed words are those of a Sluss cover sheet, read by OCR because its code
    /// was not found (torn, stamped over, badly copied).
    static func looksLikeACoverSheet(_ page: RecognizedPage) -> Bool {
        guard page.source == .ocr || page.source == .textLayer else { return false }
        let text = page.text.uppercased()
        return (text.contains("FÖRSÄTTSBLAD") || text.contains("FORSATTSBLAD")) && text.contains("SLUSS DELAR BUNTEN")
    }
}
