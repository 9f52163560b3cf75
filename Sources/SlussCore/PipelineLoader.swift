import Foundation
import SlussNative
import Yams

/// A pipeline file that cannot be used, with the place in it that is wrong.
public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, line: Int, problem: String)
    case invalid(path: String, line: Int, key: String, problem: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "\(path): cannot read the pipeline file (\(reason))"
        case let .syntax(path, line, problem):
            "\(path):\(line): not valid YAML: \(problem)"
        case let .invalid(path, line, key, problem):
            "\(path):\(line): key '\(key)': \(problem)"
        }
    }
}

/// Reads and validates a pipeline definition. Every key is checked, unknown keys included, so a
/// typo fails at start-up with its line number instead of being silently ignored.
public enum PipelineLoader {
    public static func load(path: String) throws(PipelineError) -> Pipeline {
        let (yaml, data) = try text(ofFileAt: path)
        return try parse(yaml: yaml, path: path, sha256: SHA256Digest.of(data))
    }

    public static func parse(yaml: String, path: String, sha256: String) throws(PipelineError) -> Pipeline {
        let top = try topMapping(yaml: yaml, path: path, expected: "'name', 'ocr', 'pdf'")
        let reader = Reader(path: path)
        let document = try reader.section(top, named: "", allowed: ["name", "description", "ocr", "pdf", "images", "cases", "classification", "summary", "jobs", "max_pages"])

        let name = try reader.string(document, "name", required: true) ?? ""
        guard name.range(of: #"^[A-Za-z0-9._-]+$"#, options: .regularExpression) != nil else {
            throw .invalid(path: path, line: reader.line(document, "name"), key: "name", problem: "use letters, digits, '.', '_' or '-', got '\(name)'")
        }

        let ocr = try reader.subsection(document, "ocr", allowed: ["languages", "orientation", "doubtful_below", "deskew", "skip_blank_pages", "reading_letter_height", "symbol_model"])
        let languages = try reader.stringList(ocr, "ocr.languages") ?? ["swe"]
        for language in languages where language.range(of: #"^[A-Za-z_]+$"#, options: .regularExpression) == nil {
            throw .invalid(path: path, line: reader.line(ocr, "languages"), key: "ocr.languages", problem: "'\(language)' is not a Tesseract language name such as swe or eng")
        }
        let orientation = try reader.choice(ocr, "ocr.orientation", Pipeline.OrientationCheck.self) ?? .whenDoubtful
        let doubtfulBelow = try reader.integer(ocr, "ocr.doubtful_below", in: 0...100) ?? 60
        let deskew = try reader.boolean(ocr, "ocr.deskew") ?? true
        let skipBlankPages = try reader.boolean(ocr, "ocr.skip_blank_pages") ?? true
        let readingLetterHeight = try reader.integer(ocr, "ocr.reading_letter_height", in: 0...200) ?? Pipeline.defaultReadingLetterHeight
        let symbolModel = try reader.string(ocr, "ocr.symbol_model", required: false) ?? Pipeline.defaultSymbolModel
        guard symbolModel.range(of: #"^[A-Za-z_/]+$"#, options: .regularExpression) != nil else {
            throw .invalid(path: path, line: reader.line(ocr, "symbol_model"), key: "ocr.symbol_model", problem: "'\(symbolModel)' is not a Tesseract model name such as Latin, or none")
        }

        let pdf = try reader.subsection(document, "pdf", allowed: ["render_dpi", "text_layer", "text_layer_min_characters", "text_layer_min_word_share"])
        let renderDPI = try reader.integer(pdf, "pdf.render_dpi", in: 70...1200) ?? 300
        let textLayer = try reader.choice(pdf, "pdf.text_layer", Pipeline.TextLayerMode.self) ?? .prefer
        let minCharacters = try reader.integer(pdf, "pdf.text_layer_min_characters", in: 0...100_000) ?? 40
        let minWordShare = try reader.fraction(pdf, "pdf.text_layer_min_word_share") ?? 0.7

        let images = try reader.subsection(document, "images", allowed: ["assumed_dpi"])
        let assumedDPI = try reader.integerOrAuto(images, "images.assumed_dpi", in: 70...1200)

        let cases = try reader.subsection(document, "cases", allowed: ["number_pattern", "match_in_text", "split_at"])
        let splitAt = try reader.choice(cases, "cases.split_at", Pipeline.SplitRule.self) ?? .coverSheets
        let matchInText = try reader.boolean(cases, "cases.match_in_text") ?? true
        let pattern = try reader.string(cases, "cases.number_pattern", required: false) ?? Pipeline.defaultCaseNumberPattern
        do {
            _ = try Regex(pattern)
        } catch {
            throw .invalid(path: path, line: reader.line(cases, "number_pattern"), key: "cases.number_pattern", problem: "not a valid regular expression: \(error)")
        }

        let jobs = try reader.integerOrAuto(document, "jobs", in: 1...256)
        let maxPages = try reader.integer(document, "max_pages", in: 1...100_000) ?? Pipeline.defaultMaxPages
        let classification = try classificationSettings(document, reader: reader)
        let summary = try summarySettings(document, reader: reader, classes: classification?.classes.map(\.id))

        var pipeline = Pipeline(
            name: name, languages: languages, orientationCheck: orientation, doubtfulBelow: doubtfulBelow,
            deskew: deskew, skipBlankPages: skipBlankPages, readingLetterHeight: readingLetterHeight, renderDPI: renderDPI, textLayer: textLayer,
            textLayerMinCharacters: minCharacters, textLayerMinWordShare: minWordShare,
            assumedImageDPI: assumedDPI, caseNumberPattern: pattern, splitAt: splitAt, matchCasesInText: matchInText,
            classification: classification, summary: summary, jobs: jobs, maxPages: maxPages,
            sourcePath: path, sourceSHA256: sha256)
        pipeline.symbolModel = symbolModel == "none" ? nil : symbolModel
        return pipeline
    }

    /// The `classification` section; nil when the pipeline has none. Paths are relative to the
    /// pipeline file's folder, so a pipeline and its model can be moved together.
    private static func classificationSettings(_ document: Reader.Section, reader: Reader) throws(PipelineError) -> ClassificationSettings? {
        guard document.entries["classification"] != nil else { return nil }
        let path = reader.path
        let section = try reader.subsection(document, "classification", allowed: ["model", "corpus", "review_below", "classes", "rules"])
        let folder = (path as NSString).deletingLastPathComponent
        func resolved(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : ((folder as NSString).appendingPathComponent(relative) as NSString).standardizingPath
        }
        let model = try reader.string(section, "classification.model", required: true) ?? ""
        let corpus = try reader.string(section, "classification.corpus", required: false) ?? "../corpus/train"
        let reviewBelow = try reader.fraction(section, "classification.review_below") ?? 0.9

        var classes: [ClassificationSettings.DocumentClass] = []
        for item in try reader.mappingList(section, "classification.classes", required: true, allowed: ["id", "label"]) {
            let id = try reader.string(item, "classification.classes.id", required: true) ?? ""
            guard id.range(of: #"^[a-z0-9][a-z0-9_-]*$"#, options: .regularExpression) != nil else {
                throw .invalid(path: path, line: reader.line(item, "id"), key: "classification.classes.id", problem: "use lower-case letters a-z, digits, '_' or '-' (it names the corpus folder), got '\(id)'")
            }
            guard !classes.contains(where: { $0.id == id }) else {
                throw .invalid(path: path, line: reader.line(item, "id"), key: "classification.classes.id", problem: "class '\(id)' is listed twice")
            }
            let label = try reader.string(item, "classification.classes.label", required: false) ?? id
            classes.append(.init(id: id, label: label))
        }
        guard classes.count >= 2 else {
            throw .invalid(path: path, line: reader.line(section, "classes"), key: "classification.classes", problem: "list at least two classes")
        }

        var rules: [ClassificationSettings.Rule] = []
        for item in try reader.mappingList(section, "classification.rules", required: false, allowed: ["phrase", "pattern", "favours", "forces", "weight"]) {
            let line = item.line
            let phrase = try reader.string(item, "classification.rules.phrase", required: false)
            let pattern = try reader.string(item, "classification.rules.pattern", required: false)
            let match: ClassificationSettings.Rule.Match
            switch (phrase, pattern) {
            case let (phrase?, nil):
                match = .phrase(phrase)
            case let (nil, pattern?):
                do {
                    _ = try Regex(pattern)
                } catch {
                    throw .invalid(path: path, line: reader.line(item, "pattern"), key: "classification.rules.pattern", problem: "not a valid regular expression: \(error)")
                }
                match = .pattern(pattern)
            default:
                throw .invalid(path: path, line: line, key: "classification.rules", problem: "each rule needs exactly one of 'phrase' or 'pattern'")
            }
            let favours = try reader.string(item, "classification.rules.favours", required: false)
            let forces = try reader.string(item, "classification.rules.forces", required: false)
            guard let classId = favours ?? forces, (favours == nil) != (forces == nil) else {
                throw .invalid(path: path, line: line, key: "classification.rules", problem: "each rule needs exactly one of 'favours: CLASS' or 'forces: CLASS'")
            }
            guard classes.contains(where: { $0.id == classId }) else {
                let key = favours != nil ? "favours" : "forces"
                throw .invalid(path: path, line: reader.line(item, key), key: "classification.rules.\(key)", problem: "'\(classId)' is not one of the classes: \(classes.map(\.id).joined(separator: ", "))")
            }
            let weight = try reader.number(item, "classification.rules.weight", in: 0...20) ?? 1
            if forces != nil && item.entries["weight"] != nil {
                throw .invalid(path: path, line: reader.line(item, "weight"), key: "classification.rules.weight", problem: "a forcing rule has no weight; use 'favours' to weigh a class")
            }
            rules.append(.init(match: match, classId: classId, weight: weight, forces: forces != nil, line: line))
        }
        return ClassificationSettings(
            modelPath: resolved(model), corpusPath: resolved(corpus), reviewBelow: reviewBelow, classes: classes, rules: rules)
    }

    /// The `summary` section; the defaults of `SummarySettings` for what it leaves out.
    private static func summarySettings(_ document: Reader.Section, reader: Reader, classes: [String]?) throws(PipelineError) -> SummarySettings {
        let path = reader.path
        let section = try reader.subsection(document, "summary", allowed: ["enabled", "max_words", "min_words", "share_of_document", "sections", "class_sections", "cue_words"])
        var settings = SummarySettings()
        settings.enabled = try reader.boolean(section, "summary.enabled") ?? true
        settings.maxWords = try reader.integer(section, "summary.max_words", in: 10...5000) ?? settings.maxWords
        settings.minWords = try reader.integer(section, "summary.min_words", in: 5...5000) ?? settings.minWords
        guard settings.minWords <= settings.maxWords else {
            throw .invalid(path: path, line: reader.line(section, "min_words"), key: "summary.min_words", problem: "must not exceed summary.max_words (\(settings.maxWords))")
        }
        settings.shareOfDocument = try reader.fraction(section, "summary.share_of_document") ?? settings.shareOfDocument
        func weights(_ items: [Reader.Section], key: String) throws(PipelineError) -> [SummarySettings.SectionWeight] {
            var result: [SummarySettings.SectionWeight] = []
            for item in items {
                let heading = try reader.string(item, "\(key).heading", required: true) ?? ""
                let weight = try reader.number(item, "\(key).weight", in: 0...10) ?? 1
                result.append(.init(heading: heading.lowercased(), weight: weight))
            }
            return result
        }
        if section.entries["sections"] != nil {
            settings.sections = try weights(reader.mappingList(section, "summary.sections", required: false, allowed: ["heading", "weight"]), key: "summary.sections")
        }
        if let entry = section.entries["class_sections"], classes == nil {
            throw .invalid(path: path, line: entry.key.mark?.line ?? 1, key: "summary.class_sections", problem: "weights per class need a classification section naming the classes")
        }
        let perClass = try reader.subsection(section, "class_sections", allowed: Set(classes ?? []))
        if !perClass.entries.isEmpty { settings.classSections = [:] }
        for classId in perClass.entries.keys.sorted() {
            let list = try reader.mappingList(perClass, "summary.class_sections.\(classId)", required: false, allowed: ["heading", "weight"])
            settings.classSections[classId] = try weights(list, key: "summary.class_sections.\(classId)")
        }
        if let cues = try reader.stringList(section, "summary.cue_words") {
            settings.cueWords = cues.map { $0.lowercased() }
        }
        return settings
    }

    /// The file's top-level mapping, or an error naming the line where YAML goes wrong.
    static func topMapping(yaml: String, path: String, expected keys: String) throws(PipelineError) -> Node.Mapping {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw .syntax(path: path, line: line(of: error), problem: "\(problem(of: error))")
        } catch {
            throw .syntax(path: path, line: 1, problem: "\(error)")
        }
        guard let root, case let .mapping(top) = root else {
            throw .invalid(path: path, line: root?.mark?.line ?? 1, key: "(top level)", problem: "expected a mapping of keys such as \(keys)")
        }
        return top
    }

    /// The text of a configuration file, with an error a user can act on.
    static func text(ofFileAt path: String) throws(PipelineError) -> (text: String, data: Data) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return (yaml, data)
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: "\(error)"
        }
    }
}

/// Typed access to one mapping of the YAML tree, failing with the key's full name and line.
struct Reader {
    let path: String

    struct Section {
        let prefix: String
        let line: Int
        var entries: [String: (key: Node, value: Node)]
    }

    func section(_ mapping: Node.Mapping, named prefix: String, allowed: Set<String>) throws(PipelineError) -> Section {
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            let fullName = prefix.isEmpty ? name : "\(prefix).\(name)"
            guard allowed.contains(name) else {
                throw .invalid(path: path, line: key.mark?.line ?? 1, key: fullName,
                               problem: "unknown key; known here: \(allowed.sorted().joined(separator: ", "))")
            }
            entries[name] = (key, value)
        }
        return Section(prefix: prefix, line: mapping.mark?.line ?? 1, entries: entries)
    }

    func subsection(_ parent: Section, _ name: String, allowed: Set<String>) throws(PipelineError) -> Section {
        guard let entry = parent.entries[name] else {
            return Section(prefix: name, line: parent.line, entries: [:])
        }
        guard case let .mapping(mapping) = entry.value else {
            throw .invalid(path: path, line: entry.key.mark?.line ?? 1, key: name, problem: "expected a mapping of keys: \(allowed.sorted().joined(separator: ", "))")
        }
        return try section(mapping, named: name, allowed: allowed)
    }

    func line(_ section: Section, _ key: String) -> Int {
        section.entries[key]?.key.mark?.line ?? section.line
    }

    private func scalar(_ section: Section, _ fullName: String) throws(PipelineError) -> (String, Int)? {
        let key = String(fullName.split(separator: ".").last ?? "")
        guard let entry = section.entries[key] else { return nil }
        let line = entry.key.mark?.line ?? 1
        guard case let .scalar(scalar) = entry.value else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a single value")
        }
        return (scalar.string, line)
    }

    func string(_ section: Section, _ fullName: String, required: Bool) throws(PipelineError) -> String? {
        guard let (value, line) = try scalar(section, fullName) else {
            if required { throw .invalid(path: path, line: section.line, key: fullName, problem: "missing; it is required") }
            return nil
        }
        if value.isEmpty { throw .invalid(path: path, line: line, key: fullName, problem: "must not be empty") }
        return value
    }

    func integer(_ section: Section, _ fullName: String, in range: ClosedRange<Int>) throws(PipelineError) -> Int? {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a whole number from \(range.lowerBound) to \(range.upperBound), got '\(value)'")
        }
        return number
    }

    func integerOrAuto(_ section: Section, _ fullName: String, in range: ClosedRange<Int>) throws(PipelineError) -> Int? {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        if value == "auto" { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected 'auto' or a whole number from \(range.lowerBound) to \(range.upperBound), got '\(value)'")
        }
        return number
    }

    func number(_ section: Section, _ fullName: String, in range: ClosedRange<Double>) throws(PipelineError) -> Double? {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        guard let number = Double(value), range.contains(number) else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a number from \(range.lowerBound) to \(range.upperBound), got '\(value)'")
        }
        return number
    }

    /// A list of mappings, each checked like a section; an absent key gives an empty list.
    func mappingList(_ section: Section, _ fullName: String, required: Bool, allowed: Set<String>) throws(PipelineError) -> [Section] {
        let key = String(fullName.split(separator: ".").last ?? "")
        guard let entry = section.entries[key] else {
            if required { throw .invalid(path: path, line: section.line, key: fullName, problem: "missing; it is required") }
            return []
        }
        let line = entry.key.mark?.line ?? 1
        guard case let .sequence(sequence) = entry.value else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a list of entries, each a mapping of \(allowed.sorted().joined(separator: ", "))")
        }
        var sections: [Section] = []
        for item in sequence {
            guard case let .mapping(mapping) = item else {
                throw .invalid(path: path, line: item.mark?.line ?? line, key: fullName, problem: "expected a mapping of \(allowed.sorted().joined(separator: ", "))")
            }
            sections.append(try self.section(mapping, named: fullName, allowed: allowed))
        }
        return sections
    }

    func fraction(_ section: Section, _ fullName: String) throws(PipelineError) -> Double? {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        guard let number = Double(value), (0...1).contains(number) else {
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a number from 0 to 1, got '\(value)'")
        }
        return number
    }

    func boolean(_ section: Section, _ fullName: String) throws(PipelineError) -> Bool? {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw .invalid(path: path, line: line, key: fullName, problem: "expected true or false, got '\(value)'")
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(
        _ section: Section, _ fullName: String, _ type: Choice.Type
    ) throws(PipelineError) -> Choice? where Choice.RawValue == String {
        guard let (value, line) = try scalar(section, fullName) else { return nil }
        guard let choice = Choice(rawValue: value) else {
            let options = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: path, line: line, key: fullName, problem: "expected one of \(options), got '\(value)'")
        }
        return choice
    }

    func stringList(_ section: Section, _ fullName: String) throws(PipelineError) -> [String]? {
        let key = String(fullName.split(separator: ".").last ?? "")
        guard let entry = section.entries[key] else { return nil }
        let line = entry.key.mark?.line ?? 1
        switch entry.value {
        case let .scalar(scalar):
            return [scalar.string]
        case let .sequence(sequence):
            var values: [String] = []
            for item in sequence {
                guard case let .scalar(scalar) = item else {
                    throw .invalid(path: path, line: item.mark?.line ?? line, key: fullName, problem: "expected a list of names")
                }
                values.append(scalar.string)
            }
            if values.isEmpty { throw .invalid(path: path, line: line, key: fullName, problem: "name at least one language") }
            return values
        default:
            throw .invalid(path: path, line: line, key: fullName, problem: "expected a list of names")
        }
    }
}
