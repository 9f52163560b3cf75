import Foundation

/// A heading of the original, with the pages its section runs over.
public struct OutlineHeading: Sendable, Equatable, Codable {
    public var title: String
    /// 1 for a chapter ("4. Bedömning", an all-capitals line), 2 for a section ("4.2 …"), and so on.
    public var level: Int
    public var firstPage: Int
    public var lastPage: Int
}

/// Running text between headings: lines joined, words hyphenated across lines made whole, with
/// every scalar traceable to its page.
struct Paragraph: Sendable {
    var scalars: [Unicode.Scalar]
    /// Where each joined line begins in `scalars`, and where that is in the page text.
    var pieces: [(start: Int, origin: PagePosition)]
    /// Index into the outline's headings of the section it belongs to; nil before the first heading.
    var section: Int?
    /// A list item ("- …", "• …", "1) …"): ends where it ends, like a sentence.
    var isListItem: Bool

    /// The page position of scalar `index` of the paragraph.
    func position(of index: Int) -> PagePosition {
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pieces[middle].start <= index { low = middle } else { high = middle - 1 }
        }
        let piece = pieces[low]
        return PagePosition(page: piece.origin.page, offset: piece.origin.offset + index - piece.start)
    }
}

/// A document's headings and paragraphs, found from the layout of its lines.
struct DocumentOutline: Sendable {
    var headings: [OutlineHeading]
    var paragraphs: [Paragraph]
    /// For each heading, the headings it sits under (outermost first), itself last.
    var headingPaths: [[Int]]

    init(pages: [SourcePage], knownSectionNames: [String]) {
        let lines = PageLines.lines(of: pages)
        let shortLine = Self.shortLineLength(lines)
        let known = knownSectionNames.map { $0.lowercased() }
        var headings: [OutlineHeading] = []
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        func close() {
            if let paragraph = current, !paragraph.scalars.isEmpty { paragraphs.append(paragraph) }
            current = nil
        }
        for (index, line) in lines.enumerated() {
            let previous = index > 0 ? lines[index - 1] : nil
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            if let level = Self.headingLevel(line, previous: previous, next: next, known: known) {
                close()
                headings.append(OutlineHeading(title: line.text, level: level, firstPage: line.start.page, lastPage: line.start.page))
                continue
            }
            let startsItem = Self.isListItem(line.scalars)
            // OCR often leaves an empty line inside a paragraph: a gap ends the paragraph only
            // where the text before it ended, or the text after it starts anew (a capital, a list
            // item); a lower-case word or a number such as a date carries the sentence on.
            let carriesOn = line.scalars.first.map { $0.properties.isLowercase || ($0.properties.numericType != nil && !startsItem) } == true
            let continues = previous.map { !Self.endsSentence($0.scalars) } == true && carriesOn
            // A line the writer broke short without ending a sentence ("F90.0 ADHD, kombinerad
            // form", a label), followed by one that starts anew, is a unit of its own.
            let brokenShort = previous.map { !Self.endsSentence($0.scalars) && $0.scalars.count < shortLine } == true
                && line.scalars.first?.properties.isUppercase == true
            let startsParagraph = current == nil || startsItem || Self.endsBlock(previous) || (line.followsGap && !continues) || brokenShort
            if startsParagraph {
                close()
                current = Paragraph(scalars: [], pieces: [], section: headings.indices.last, isListItem: startsItem)
            }
            current!.append(line)
            if let last = headings.indices.last { headings[last].lastPage = line.start.page }
        }
        close()
        // A chapter runs until the next heading of its level or above: to the last page of its
        // own text and of its subsections' text.
        let ownLastPages = headings.map(\.lastPage)
        for index in headings.indices {
            let end = headings[(index + 1)...].firstIndex { $0.level <= headings[index].level } ?? headings.count
            headings[index].lastPage = ownLastPages[index..<end].max() ?? headings[index].lastPage
        }
        self.headings = headings
        self.paragraphs = paragraphs
        var paths: [[Int]] = []
        for (index, heading) in headings.enumerated() {
            var path: [Int] = []
            if index > 0 {
                var parent: Int? = index - 1
                while let candidate = parent, headings[candidate].level >= heading.level {
                    parent = paths[candidate].count > 1 ? paths[candidate][paths[candidate].count - 2] : nil
                }
                if let parent { path = paths[parent] }
            }
            paths.append(path + [index])
        }
        headingPaths = paths
    }

    /// Lines shorter than this were broken by the writer, not wrapped by the layout: two thirds
    /// of the median length of the lines of running text.
    static func shortLineLength(_ lines: [PageLine]) -> Int {
        let lengths = lines.map(\.scalars.count).filter { $0 >= 30 }.sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[lengths.count / 2] * 2 / 3
    }

    /// A line that ends a block on its own: a form field or a line ending in a colon.
    private static func endsBlock(_ line: PageLine?) -> Bool {
        guard let last = line?.scalars.last else { return true }
        return last == ":"
    }

    static func isListItem(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        if "-–•*·▪".unicodeScalars.contains(first) {
            return scalars.count > 1 && scalars[1].properties.isWhitespace
        }
        // "1) …", "a) …"
        if scalars.count > 2, scalars[1] == ")", first.properties.isAlphabetic || ("0"..."9").contains(first) {
            return scalars[2].properties.isWhitespace
        }
        return false
    }

    /// The level of a heading line, or nil when the line is running text.
    ///
    /// Headings are numbered ("4. Bedömning", "4.2 Psykologisk testning"), set in capitals
    /// ("SAMMANFATTANDE BEDÖMNING"), or short unpunctuated lines standing alone before text;
    /// a short line among other short lines is an address or letterhead, not a heading, unless
    /// it names a section the pipeline knows.
    static func headingLevel(_ line: PageLine, previous: PageLine?, next: PageLine?, known: [String]) -> Int? {
        let text = line.text
        guard let next, text.count <= 90, let last = text.last else { return nil }
        guard !".,;!?".contains(last) else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count <= 12, text.contains(where: \.isLetter) else { return nil }
        // A form field "Namn: Elias" is not a heading; "Bedömning:" is.
        if let colon = text.firstIndex(of: ":"), text.index(after: colon) != text.endIndex { return nil }
        let previousEnded = previous.map { line.followsGap || endsSentence($0.scalars) || $0.scalars.count < 50 } ?? true
        guard previousEnded else { return nil }

        if let match = text.wholeMatch(of: numberedHeading) {
            let depth = match.output.1.split(separator: ".").count
            guard String(match.output.2).first?.isUppercase == true, !text.contains("§") else { return nil }
            return min(depth, 4)
        }
        let title = text.trimmingCharacters(in: CharacterSet(charactersIn: ":")).lowercased()
        let letters = text.filter(\.isLetter)
        if letters.count >= 4, letters.allSatisfy({ !$0.isLowercase }), words.count <= 8 { return 1 }
        guard words.count <= 6, text.first?.isUppercase == true, !text.contains(where: \.isNumber) else { return nil }
        if known.contains(where: { title == $0 || title.hasPrefix($0 + " ") }) { return 2 }
        // Stands alone: the next line is running text, not another short line of an address.
        let nextIsText = next.scalars.count >= 50 || endsSentence(next.scalars)
        return nextIsText ? 2 : nil
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let last = scalars.last else { return true }
        return ".!?:".unicodeScalars.contains(last)
    }

    nonisolated(unsafe) private static let numberedHeading = #/(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)/#
}

extension Paragraph {
    /// Adds a line: a word split by a hyphen at the end of the previous line ("utred-" +
    /// "ningen") is joined without the hyphen; a hyphen after a capital or digit ("BUP-" +
    /// "mottagningen") stays; otherwise lines meet with a space.
    mutating func append(_ line: PageLine) {
        if let last = scalars.last, let first = line.scalars.first {
            if last == "-", scalars.count >= 2, first.properties.isLowercase {
                let beforeHyphen = scalars[scalars.count - 2]
                let joinsConnective = ["och", "eller", "samt", "resp"].contains { word in
                    line.text.hasPrefix(word + " ") || line.text.hasPrefix(word + ",")
                }
                if joinsConnective {
                    scalars.append(" ")
                } else if beforeHyphen.properties.isLowercase {
                    scalars.removeLast()
                }
            } else {
                scalars.append(" ")
            }
        }
        pieces.append((start: scalars.count, origin: line.start))
        scalars.append(contentsOf: line.scalars)
    }
}
