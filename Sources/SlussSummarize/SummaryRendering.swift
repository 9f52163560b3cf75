import Foundation
import SlussCore

/// A stored summary as a caseworker reads it: plain text for the terminal, Markdown for a case
/// note (with the original's table of contents). Swedish, since caseworkers read it.
public enum SummaryRendering {
    public static func text(_ summary: DocumentSummary, title: String) -> String {
        var out = title + "\n\n"
        if !summary.facts.isEmpty {
            out += "Nyckeluppgifter\n"
            let width = summary.facts.map(\.kind.label.count).max() ?? 0
            for fact in summary.facts {
                out += "  " + fact.kind.label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + fact.value + citation(fact.page) + "\n"
            }
            out += "\n"
        }
        out += "Sammanfattning (\(summary.words) ord av dokumentets \(summary.documentWords))\n"
        if summary.sentences.isEmpty { out += "  Dokumentet har ingen löpande text att sammanfatta.\n" }
        for sentence in summary.sentences {
            out += wrapped(sentence.text + " " + sentence.citation, indent: "  ", width: 100)
        }
        return out
    }

    public static func markdown(_ summary: DocumentSummary, title: String) -> String {
        var out = "# \(title)\n\n"
        if !summary.facts.isEmpty {
            out += "## Nyckeluppgifter\n\n"
            for fact in summary.facts {
                out += "- **\(fact.kind.label):** \(escaped(fact.value))\(citation(fact.page))\n"
            }
            out += "\n"
        }
        out += "## Sammanfattning\n\n"
        if summary.sentences.isEmpty { out += "Dokumentet har ingen löpande text att sammanfatta.\n\n" }
        var section: String?? = .none
        for sentence in summary.sentences {
            if section != .some(sentence.section), let name = sentence.section {
                out += "*\(escaped(name))*\n\n"
            }
            section = .some(sentence.section)
            out += "\(escaped(sentence.text)) \(sentence.citation)\n\n"
        }
        if !summary.headings.isEmpty {
            out += "## Innehåll i originalet\n\n"
            for heading in summary.headings {
                let pages = heading.firstPage == heading.lastPage ? "s. \(heading.firstPage)" : "s. \(heading.firstPage)–\(heading.lastPage)"
                out += String(repeating: "  ", count: max(heading.level - 1, 0)) + "- \(escaped(heading.title)) (\(pages))\n"
            }
            out += "\n"
        }
        out += "_\(summary.words) av dokumentets \(summary.documentWords) ord, valda av \(summary.method). Varje mening är originalets egen och hänvisar till sidan i pappersoriginalet._\n"
        return out
    }

    private static func citation(_ page: Int?) -> String {
        page.map { " (s. \($0))" } ?? ""
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]#<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func wrapped(_ text: String, indent: String, width: Int) -> String {
        var out = ""
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                out += line + "\n"
                line = indent + "  "
            }
            line += (line.count > indent.count && !line.hasSuffix("  ") ? " " : "") + word
        }
        return out + line + "\n"
    }
}
