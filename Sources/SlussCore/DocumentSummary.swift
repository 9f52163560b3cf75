/// What a caseworker reads instead of the paper: key facts, the sentences that matter most in the
/// order of the original, and the original's headings — each with the page of the paper original
/// it comes from. Stored with the document as made at ingest, so reading it costs nothing.
public struct DocumentSummary: Sendable, Equatable, Codable {
    /// A place in a stored page's text: the page of the original, and the offset in Unicode
    /// scalars (code points) from the start of that page's text.
    public struct Position: Sendable, Equatable, Codable, Comparable {
        public var page: Int
        public var offset: Int

        public init(page: Int, offset: Int) {
            self.page = page
            self.offset = offset
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.page, lhs.offset) < (rhs.page, rhs.offset)
        }
    }

    /// A sentence of the original, word for word (personnummer masked).
    public struct Sentence: Sendable, Equatable, Codable {
        public var text: String
        /// The pages it is printed on: one, or two when it runs over a page break.
        public var pages: [Int]
        /// Where it starts and where it ends (exclusive) in the stored page texts.
        public var start: Position
        public var end: Position
        /// The heading of the section it stands in, when there is one.
        public var section: String?

        public init(text: String, pages: [Int], start: Position, end: Position, section: String?) {
            self.text = text
            self.pages = pages
            self.start = start
            self.end = end
            self.section = section
        }

        /// "(s. 47)" or "(s. 47–48)".
        public var citation: String {
            pages.count > 1 ? "(s. \(pages.first!)–\(pages.last!))" : "(s. \(pages.first ?? 0))"
        }
    }

    /// A heading of the original and the pages its section runs over.
    public struct Heading: Sendable, Equatable, Codable {
        public var title: String
        public var level: Int
        public var firstPage: Int
        public var lastPage: Int

        public init(title: String, level: Int, firstPage: Int, lastPage: Int) {
            self.title = title
            self.level = level
            self.firstPage = firstPage
            self.lastPage = lastPage
        }
    }

    /// One fact about the document, found in its text.
    public struct Fact: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
            case documentType = "document-type"
            case sender
            case author
            case date
            case period
            case subject
            case diagnosis
            case recommendation

            /// The label caseworkers read.
            public var label: String {
                switch self {
                case .documentType: "Dokumenttyp"
                case .sender: "Avsändare"
                case .author: "Upprättad av"
                case .date: "Datum"
                case .period: "Period"
                case .subject: "Personnummer"
                case .diagnosis: "Diagnos"
                case .recommendation: "Rekommendation"
                }
            }
        }

        public var kind: Kind
        public var value: String
        /// Page of the original it was found on; nil for what Sluss decided (the document type).
        public var page: Int?

        public init(kind: Kind, value: String, page: Int?) {
            self.kind = kind
            self.value = value
            self.page = page
        }
    }

    /// How the summary was made, for provenance: method name and version, and its parameters.
    public var method: String
    public var parameters: [String: String]
    public var facts: [Fact]
    public var sentences: [Sentence]
    public var headings: [Heading]
    /// The word budget the sentences were chosen within, and the words of the whole document.
    public var wordBudget: Int
    public var documentWords: Int

    public init(method: String, parameters: [String: String], facts: [Fact], sentences: [Sentence], headings: [Heading], wordBudget: Int, documentWords: Int) {
        self.method = method
        self.parameters = parameters
        self.facts = facts
        self.sentences = sentences
        self.headings = headings
        self.wordBudget = wordBudget
        self.documentWords = documentWords
    }

    /// Words in the summary's sentences.
    public var words: Int {
        sentences.reduce(0) { $0 + Self.wordCount($1.text) }
    }

    /// Words as a reader counts them: runs of text between spaces that hold a letter or digit.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
