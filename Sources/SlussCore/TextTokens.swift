/// A text cut into its words (runs of non-whitespace) and the whitespace between them, so that
/// words can be replaced while every space and line break stays where it was. Tesseract's page
/// text holds its words in the order of its word boxes, one token each.
struct TextTokens {
    private var pieces: [Substring] = []
    /// Indices into `pieces` of the words; whitespace pieces lie between them.
    private var wordPositions: [Int] = []

    init(_ text: String) {
        guard !text.isEmpty else { return }
        var start = text.startIndex
        var inSpace = text.first!.isWhitespace
        for index in text.indices where text[index].isWhitespace != inSpace {
            pieces.append(text[start..<index])
            start = index
            inSpace.toggle()
        }
        pieces.append(text[start...])
        let firstWord = text.first!.isWhitespace ? 1 : 0
        wordPositions = Array(stride(from: firstWord, to: pieces.count, by: 2))
    }

    var words: [String] { wordPositions.map { String(pieces[$0]) } }

    /// The text with the words at the given indices (into `words`) replaced.
    func replacing(_ replacements: [Int: String]) -> String {
        guard !replacements.isEmpty else { return pieces.joined() }
        var result = ""
        var next = 0
        for (position, piece) in pieces.enumerated() {
            if next < wordPositions.count && wordPositions[next] == position {
                result += replacements[next] ?? String(piece)
                next += 1
            } else {
                result += piece
            }
        }
        return result
    }
}
