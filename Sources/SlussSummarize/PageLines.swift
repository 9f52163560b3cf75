import SlussCore

/// A page of a document as stored: its number in the paper original and its text.
public struct SourcePage: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

typealias PagePosition = DocumentSummary.Position

/// One printed line of a page, trimmed, with where it starts in the page's text.
struct PageLine: Sendable {
    var scalars: [Unicode.Scalar]
    var start: PagePosition
    /// An empty line (a paragraph gap) came before it on its page, or it opens the page.
    var followsGap: Bool

    var text: String { String(String.UnicodeScalarView(scalars)) }
}

/// The lines of a document's pages with the page furniture taken out: running headers and
/// footers that repeat on many pages ("Region Skåne · BUP Lund", "Sekretess"), and page numbers
/// ("Sida 3 av 57", "3 (57)", "- 3 -"). What is left is the text the author wrote.
enum PageLines {
    /// Lines this close to the top or bottom of a page may be furniture.
    static let marginLines = 3

    static func lines(of pages: [SourcePage]) -> [PageLine] {
        let perPage = pages.map(split)
        let repeated = repeatedMarginLines(perPage)
        var result: [PageLine] = []
        for (pageIndex, lines) in perPage.enumerated() {
            let content = lines.indices.filter { !lines[$0].scalars.isEmpty }
            let margin = Set(content.prefix(marginLines) + content.suffix(marginLines))
            var gap = true
            for index in lines.indices {
                var line = lines[index]
                if line.scalars.isEmpty {
                    gap = true
                    continue
                }
                if margin.contains(index), isPageNumber(line.text) || repeated.contains(furnitureKey(line.text)) {
                    continue
                }
                if mayBeSpeck(line.text) {
                    // The line after it may open the next page: a speck at a page's foot is read with it.
                    let next = lines[(index + 1)...].first { !$0.scalars.isEmpty }
                        ?? perPage.dropFirst(pageIndex + 1).lazy.compactMap { $0.first { !$0.scalars.isEmpty } }.first
                    if isSpeck(line.text, after: result.last?.text, before: next?.text) { continue }
                }
                line.followsGap = gap
                gap = false
                result.append(line)
            }
        }
        return result
    }

    /// A page's lines, each trimmed of surrounding spaces and placed by its first scalar.
    private static func split(_ page: SourcePage) -> [PageLine] {
        var lines: [PageLine] = []
        var current: [Unicode.Scalar] = []
        var lineStart = 0
        var offset = 0
        func finish() {
            var first = 0
            var last = current.count
            while first < last, current[first].properties.isWhitespace { first += 1 }
            while last > first, current[last - 1].properties.isWhitespace { last -= 1 }
            lines.append(PageLine(scalars: Array(current[first..<last]), start: PagePosition(page: page.number, offset: lineStart + first), followsGap: false))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in page.text.unicodeScalars {
            if scalar == "\n" || scalar == "\u{0C}" || scalar == "\r" {
                finish()
                lineStart = offset + 1
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        finish()
        return lines
    }

    /// A few characters without a letter standing inside a sentence that runs on past them
    /// ("...i de tre" / "2119)" / "kommunerna, vilka..."): what OCR made of a speck or a stain,
    /// not text. A number alone between two sentences (a table cell, a list) is kept.
    static func isSpeck(_ line: String, after previous: String?, before next: String?) -> Bool {
        guard mayBeSpeck(line), let previous, let next else { return false }
        let sentenceRunsOn = previous.last.map { $0.isLetter || $0 == "," } ?? false
        return sentenceRunsOn && next.first?.isLowercase == true
    }

    private static func mayBeSpeck(_ line: String) -> Bool {
        line.count <= 6 && !line.contains(where: \.isLetter)
    }

    /// "Sida 3 av 57", "sida 3 (57)", "3 (57)", "3/57", "- 3 -", "3".
    static func isPageNumber(_ line: String) -> Bool {
        line.wholeMatch(of: pageNumberPattern) != nil
    }

    nonisolated(unsafe) private static let pageNumberPattern = #/(?i)(sida|sid\.?|s\.|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*((av|of|/)\s*\d{1,4}|\(\s*\d{1,4}\s*\))?/#

    /// A line as it would repeat from page to page: case, spacing and numbers (dates, page
    /// numbers) do not matter.
    static func furnitureKey(_ line: String) -> String {
        var key = ""
        var lastWasSpace = false
        for character in line.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { key.append(" ") }
                lastWasSpace = true
            } else {
                key.append(character.isNumber ? "#" : character)
                lastWasSpace = false
            }
        }
        return key
    }

    /// Margin lines of up to 100 characters that come back on at least a third of the pages (and
    /// at least three): a letterhead or footer, not the author's text. Each page counts a line once.
    private static func repeatedMarginLines(_ pages: [[PageLine]]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var pagesWith: [String: Int] = [:]
        for lines in pages {
            let content = lines.filter { !$0.scalars.isEmpty }
            let margin = Set((content.prefix(marginLines) + content.suffix(marginLines)).map { furnitureKey($0.text) })
            for key in margin where (3...100).contains(key.count) { pagesWith[key, default: 0] += 1 }
        }
        let needed = max(3, (pages.count + 2) / 3)
        return Set(pagesWith.filter { $0.value >= needed }.keys)
    }
}
