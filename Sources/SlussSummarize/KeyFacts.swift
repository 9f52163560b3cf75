import Foundation
import SlussCore

/// The facts a caseworker looks for first — who sent it, who wrote it, when, about which period
/// and which child, the diagnoses and the recommended measures — each with its page. Found by
/// labels and patterns that Swedish reports share; a fact that is not found is left out rather
/// than guessed.
enum KeyFacts {
    typealias Fact = DocumentSummary.Fact

    static func facts(of pages: [SourcePage], document: AnalysedDocument, classLabel: String?) -> [Fact] {
        var facts: [Fact] = []
        if let classLabel { facts.append(Fact(kind: .documentType, value: classLabel, page: nil)) }
        let lines = logicalLines(pages)
        if let first = pages.first { facts += sender(on: first) }
        facts += labelled(lines, label: { authorLabels.contains($0) }, kind: .author).prefix(1)
        if !facts.contains(where: { $0.kind == .author }), let author = signature(pages) { facts.append(author) }
        facts += labelled(lines, label: isDateLabel, kind: .date, value: firstDate).prefix(1)
        if !facts.contains(where: { $0.kind == .date }), let first = pages.first, let date = firstDate(in: first.text) {
            facts.append(Fact(kind: .date, value: date, page: first.number))
        }
        let period = labelled(lines, label: { periodLabels.contains($0) }, kind: .period, value: dateRange).prefix(1)
        facts += period
        if period.isEmpty, let range = lines.lazy.compactMap({ line in dateRange(in: line.text).map { Fact(kind: .period, value: $0, page: line.page) } }).first {
            facts.append(range)
        }
        for page in pages {
            if let number = Personnummer.all(in: page.text).first {
                facts.append(Fact(kind: .subject, value: number.masked, page: page.number))
                break
            }
        }
        facts += diagnoses(document, lines: lines)
        facts += recommendations(document)
        return facts.map { fact in
            var masked = fact
            masked.value = Personnummer.masking(fact.value)
            return masked
        }
    }

    /// The pages' lines, a line that breaks off at a hyphen or comma joined with the next one
    /// ("Utredare: Karin Holmgren, leg. psykolog, och Ahmed Rashidi, specialist i barn-" +
    /// "och ungdomspsykiatri").
    private static func logicalLines(_ pages: [SourcePage]) -> [(page: Int, text: String)] {
        var result: [(page: Int, text: String)] = []
        for page in pages {
            var pending: String?
            for raw in page.text.split(whereSeparator: \.isNewline) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty else { continue }
                let joined = pending.map { before in
                    let splitsWord = before.hasSuffix("-") && line.first?.isLowercase == true
                        && !["och ", "eller ", "samt "].contains { line.hasPrefix($0) }
                    return splitsWord ? String(before.dropLast()) + line : before + " " + line
                } ?? line
                if (joined.hasSuffix("-") || joined.hasSuffix(",")) && joined.count < 240 {
                    pending = joined
                } else {
                    result.append((page.number, joined))
                    pending = nil
                }
            }
            if let pending { result.append((page.number, pending)) }
        }
        return result
    }

    // MARK: Sender and author

    private static let organisationWords = [
        "region", "kommun", "bup", "ungdomspsykiatri", "polis", "skola", "skolan", "förvaltning", "socialtjänst",
        "nämnd", "tingsrätt", "förvaltningsrätt", "kammarrätt", "sjukhus", "vårdcentral", "mottagning", "myndighet",
        "inspektion", "revision", "länsstyrelse", "fou", "stiftelse", "klinik", "habilitering", "förskola", "gymnasium",
    ]

    /// The organisation in the letterhead: lines at the top of the first page naming one.
    private static func sender(on page: SourcePage) -> [Fact] {
        let top = page.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(6)
        let names = top.filter { line in
            let lower = line.lowercased()
            return line.count <= 70 && !line.contains(":") && organisationWords.contains { SentencePickers.startsWord(lower, $0) }
                && !line.contains(where: \.isNumber)
        }
        guard !names.isEmpty else { return [] }
        return [Fact(kind: .sender, value: names.prefix(2).joined(separator: ", "), page: page.number)]
    }

    private static let authorLabels = ["utredare", "upprättad av", "handläggare", "ansvarig", "författare", "intygsskrivande läkare", "undertecknad"]
    private static let roleWords = [
        "leg. psykolog", "psykolog", "specialistläkare", "överläkare", "leg. läkare", "läkare", "socialsekreterare",
        "kurator", "rektor", "polisinspektör", "utredare", "handläggare", "skolsköterska", "enhetschef", "revisor",
        "inspektör", "familjebehandlare", "rådman", "sjuksköterska", "specialpedagog", "familjerättssekreterare",
        "lss-handläggare", "biståndshandläggare", "institutionschef", "verksamhetschef", "avdelningschef", "sektionschef",
        "förvaltningschef", "socialchef", "lärare", "mentor", "arbetsterapeut", "logoped", "barnhandläggare",
    ]

    /// Words a signature line never holds but a line of running text about the author does
    /// ("Utredaren Sara Melin har varit föredragande").
    private static let proseWords: Set<String> = ["har", "hade", "är", "var", "blev", "som", "att", "det", "den", "skulle", "kan", "ska"]

    /// The signature block: the last line of the document that names a role ("psykolog", not
    /// "psykologen" as running text does) and reads as a name and title, not as a sentence.
    private static func signature(_ pages: [SourcePage]) -> Fact? {
        for page in pages.suffix(2).reversed() {
            let lines = page.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            if let index = lines.lastIndex(where: { line in
                guard !line.isEmpty else { return false }
                let lower = line.lowercased()
                // It opens with the title ("Leg. psykolog", "Enhetschef, ...") or with a name
                // and a comma ("Anna Berg, socialsekreterare"), never with running text.
                let opening = line.split(separator: ",", maxSplits: 1).first.map(String.init) ?? line
                let opensAsSignature = opensWithTitle(line) || looksLikeName(opening) && line.contains(",")
                return line.count <= 90 && line.first!.isUppercase && !line.hasSuffix(".") && !line.contains(where: \.isNumber)
                    && opensAsSignature && roleWords.contains { SentencePickers.startsWord(lower, $0, wholeWord: true) }
                    && !SwedishWords.tokens(lower[...]).contains { proseWords.contains(String($0)) }
            }) {
                // A title alone on its line is signed by the name on the line above it.
                let line = lines[index]
                let nameAbove = index > 0 && opensWithTitle(line) && looksLikeName(lines[index - 1])
                return Fact(kind: .author, value: nameAbove ? "\(lines[index - 1]), \(line.prefix(1).lowercased() + line.dropFirst())" : line, page: page.number)
            }
        }
        return nil
    }

    /// "Leg. psykolog", "Enhetschef, Barn och unga".
    private static func opensWithTitle(_ line: String) -> Bool {
        let lower = line.lowercased()
        return roleWords.contains { lower.hasPrefix($0) }
    }

    /// "Maria Lind", "Anna-Karin af Ekström": two to four words, the first and last capitalised.
    private static func looksLikeName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (2...4).contains(words.count) && words.first!.first!.isUppercase && words.last!.first!.isUppercase
            && line.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
    }

    // MARK: Dates

    /// "Datum", "Beslutsdatum", "Utlåtandet daterat", "Utfärdat"; not "Födelsedatum".
    private static func isDateLabel(_ label: String) -> Bool {
        !label.contains("födelse") && ["datum", "daterat", "daterad", "utfärdat", "upprättat", "undertecknat"].contains { label.hasSuffix($0) }
    }
    private static let periodLabels = ["utredningsperiod", "period", "tidsperiod", "granskningsperiod", "avser perioden", "utredningstid"]

    private static let monthNames = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    nonisolated(unsafe) private static let isoDate = #/\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/#
    nonisolated(unsafe) private static let writtenDate = try! Regex("\\b[0-3]?\\d (\(monthNames)) (19|20)\\d\\d\\b").ignoresCase()

    static func firstDate(in text: String) -> String? {
        let iso = text.firstMatch(of: isoDate)
        let written = text.firstMatch(of: writtenDate)
        switch (iso, written) {
        case let (iso?, written?): return String(text[iso.range.lowerBound < written.range.lowerBound ? iso.range : written.range])
        case let (iso?, nil): return String(text[iso.range])
        case let (nil, written?): return String(text[written.range])
        default: return nil
        }
    }

    /// "2025-02-10 – 2025-04-22", "10 februari–22 april 2025" is left out: only two full dates.
    static func dateRange(in text: String) -> String? {
        let dates = text.matches(of: isoDate)
        guard dates.count >= 2 else { return nil }
        let between = text[dates[0].range.upperBound..<dates[1].range.lowerBound].trimmingCharacters(in: .whitespaces)
        guard ["–", "-", "—", "till", "t.o.m."].contains(between) || between.hasPrefix("–") && between.count <= 3 else { return nil }
        return "\(text[dates[0].range]) – \(text[dates[1].range])"
    }

    /// The first line that starts with a label `label` accepts and a colon, with its value.
    private static func labelled(
        _ lines: [(page: Int, text: String)], label isLabel: (String) -> Bool, kind: Fact.Kind, value: (String) -> String? = { $0 }
    ) -> [Fact] {
        for line in lines {
            guard let colon = line.text.firstIndex(of: ":") else { continue }
            let label = line.text[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
            guard label.count <= 40, isLabel(label) else { continue }
            let rest = line.text[line.text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty, let found = value(rest) { return [Fact(kind: kind, value: found, page: line.page)] }
        }
        return []
    }

    // MARK: Diagnoses

    nonisolated(unsafe) private static let icdCode = #/\b([A-TV-Z]\d{2}(?:\.\d{1,2})?)\b/#

    /// ICD-10 codes with their names, each code once, in a document that speaks of diagnoses.
    /// Read from whole paragraphs, since a name often runs over a line break.
    private static func diagnoses(_ document: AnalysedDocument, lines: [(page: Int, text: String)]) -> [Fact] {
        guard lines.contains(where: { $0.text.lowercased().contains("diagnos") || $0.text.contains("ICD") }) else { return [] }
        var seen = Set<String>()
        var facts: [Fact] = []
        for paragraph in document.outline.paragraphs {
            let text = String(String.UnicodeScalarView(paragraph.scalars))
            for match in text.matches(of: icdCode) {
                let code = String(match.output.1)
                guard !seen.contains(code), !isRuledOut(text, around: match.range), let name = diagnosisName(text, around: match.range) else { continue }
                seen.insert(code)
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.range.lowerBound)
                facts.append(Fact(kind: .diagnosis, value: "\(code) \(name)", page: paragraph.position(of: offset).page))
            }
        }
        return facts
    }

    /// Wording that a diagnosis was weighed and not set: "har övervägts men kriterierna är inte
    /// uppfyllda", "kan inte uteslutas".
    private static let notSetWords = ["övervägts", "övervägdes", "inte uppfyll", "ej uppfyll", "uteslut", "misstänk"]

    /// Whether the sentence (or the part after a label's colon) a code stands in says the
    /// diagnosis was considered but not set. A caseworker must not read a ruled-out diagnosis as
    /// one the child has.
    private static func isRuledOut(_ text: String, around range: Range<String.Index>) -> Bool {
        let before = text[..<range.lowerBound], after = text[range.upperBound...]
        let start = [". ", ": "].compactMap { before.range(of: $0, options: .backwards)?.upperBound }.max() ?? text.startIndex
        let end = [". ", ": "].compactMap { after.range(of: $0)?.lowerBound }.min() ?? text.endIndex
        let sentence = text[start..<end].lowercased()
        return notSetWords.contains { sentence.contains($0) }
    }

    private static let diagnosisLeadWords: Set<String> = [
        "och", "eller", "samt", "men", "som", "att", "med", "av", "på", "för", "en", "ett", "har", "hade", "fick", "får",
        "diagnos", "diagnosen", "diagnoserna", "kriterierna",
    ]

    /// The name written after the code ("F90.0 ADHD, kombinerad form") or before it in
    /// parentheses ("depressiv episod (F32)").
    private static func diagnosisName(_ text: String, around range: Range<String.Index>) -> String? {
        var after = text[range.upperBound...].drop { " –-:".contains($0) }
        if let stop = after.firstIndex(where: { ".;()".contains($0) }) { after = after[..<stop] }
        if let next = after.firstMatch(of: icdCode) { after = after[..<next.range.lowerBound] }
        let name = after.split(separator: " ").prefix(8).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        if name.count >= 3, name.first?.isUppercase == true {
            return name
        }
        guard range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == "(" else { return nil }
        var before = text[..<text.index(before: range.lowerBound)]
        if let stop = before.lastIndex(where: { ".;:)".contains($0) }) { before = before[before.index(after: stop)...] }
        // The name is what follows the words that lead up to it: "har diagnostiserats med
        // autism", "fick diagnosen ADHD, kombinerad form".
        var words = before.split(separator: " ").suffix(8)
        if let lead = words.lastIndex(where: { diagnosisLeadWords.contains($0.lowercased()) }) {
            words = words[words.index(after: lead)...]
        }
        let joined = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return joined.count >= 3 ? joined.prefix(1).uppercased() + joined.dropFirst() : nil
    }

    // MARK: Recommendations

    private static let measureHeadings = ["rekommendation", "åtgärd", "förslag", "insats", "fortsatt handläggning", "krav"]

    /// The points (list items, or paragraphs) under a heading on recommendations or measures.
    private static func recommendations(_ document: AnalysedDocument) -> [Fact] {
        var facts: [Fact] = []
        for paragraph in document.outline.paragraphs {
            guard let section = paragraph.section else { continue }
            let titles = document.outline.headingPaths[section].map { document.outline.headings[$0].title.lowercased() }
            guard titles.contains(where: { title in measureHeadings.contains { SentencePickers.startsWord(title, $0) } }) else { continue }
            let text = String(String.UnicodeScalarView(paragraph.scalars))
            let item = paragraph.isListItem ? String(text.drop { "-–•*·▪ ".contains($0) }) : text
            guard item.split(separator: " ").count >= 3 else { continue }
            facts.append(Fact(kind: .recommendation, value: item.count > 240 ? String(item.prefix(239)) + "…" : item, page: paragraph.pieces[0].origin.page))
        }
        return Array(facts.prefix(10))
    }
}
