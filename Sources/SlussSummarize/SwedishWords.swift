/// Swedish words as the summariser compares them: lower-cased, with function words left out and
/// inflections stripped, so that "utredningen", "utredningar" and "utredning" count as one word.
public enum SwedishWords {
    /// The words of a text, lower-cased, in order; letters (å, ä, ö and other Latin letters) and
    /// digits, with inner hyphens kept ("BUP-mottagningen" is one word).
    public static func tokens(_ text: Substring) -> [Substring] {
        var result: [Substring] = []
        var start: Substring.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isWordCharacter = character.isLetter || character.isNumber
                || (character == "-" && start != nil && next < text.endIndex && (text[next].isLetter || text[next].isNumber))
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(text[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(text[begin...]) }
        return result
    }

    /// The words that carry meaning, lower-cased and stemmed: stopwords and one-letter words left out.
    public static func contentStems(_ text: Substring) -> [String] {
        tokens(text).compactMap { token in
            let word = token.lowercased()
            guard word.count > 1, !stopwords.contains(word) else { return nil }
            return stem(word)
        }
    }

    /// Every word lower-cased and stemmed, stopwords included: what ROUGE compares.
    public static func allStems(_ text: Substring) -> [String] {
        tokens(text).map { stem($0.lowercased()) }
    }

    /// The Snowball stemmer for Swedish (Porter's algorithm): strips inflectional endings within
    /// the word's R1 region, so that "utredningen", "utredningar" and "utredning" meet. It does not
    /// split compounds, which are matched as whole words.
    public static func stem(_ word: String) -> String {
        var letters = Array(word)
        guard letters.count > 3, letters.allSatisfy(\.isLetter) else { return word }
        let r1 = regionOne(letters)
        func endsInRegion(_ suffix: [Character]) -> Bool {
            letters.count - suffix.count >= r1 && letters.count >= suffix.count && Array(letters.suffix(suffix.count)) == suffix
        }
        // Step 1: the longest of the endings in R1.
        if let suffix = stepOneSuffixes.first(where: endsInRegion) {
            letters.removeLast(suffix.count)
        } else if endsInRegion(["s"]), letters.count >= 2, validSEnding.contains(letters[letters.count - 2]) {
            letters.removeLast()
        }
        // Step 2: a doubled or devoiced consonant pair loses its last letter.
        if stepTwoPairs.contains(where: endsInRegion) { letters.removeLast() }
        // Step 3.
        if let suffix = stepThreeSuffixes.first(where: endsInRegion) {
            letters.removeLast(suffix.count)
        } else if endsInRegion(Array("löst")) || endsInRegion(Array("fullt")) {
            letters.removeLast()
        }
        return String(letters)
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "å", "ö"]
    private static let validSEnding: Set<Character> = Set("bcdfghjklmnoprtvy")
    private static let stepOneSuffixes: [[Character]] = [
        "heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas", "heten", "heter", "ornas",
        "ande", "arne", "aren", "arna", "aste", "erna", "erns", "orna", "ades", "ade", "are", "ens", "ern", "het",
        "ast", "ad", "en", "ar", "er", "or", "as", "es", "at", "a", "e",
    ].map(Array.init).sorted { $0.count > $1.count }
    private static let stepTwoPairs: [[Character]] = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"].map(Array.init)
    private static let stepThreeSuffixes: [[Character]] = ["lig", "els", "ig"].map(Array.init)

    /// The part of the word after the first consonant that follows a vowel, starting at the
    /// fourth letter at the earliest.
    private static func regionOne(_ letters: [Character]) -> Int {
        var index = 1
        while index < letters.count {
            if !vowels.contains(letters[index]) && vowels.contains(letters[index - 1]) {
                return max(index + 1, 3)
            }
            index += 1
        }
        return letters.count
    }

    /// Function words, and the words every social-services document uses so often that they
    /// tell nothing about this one.
    public static let stopwords: Set<String> = [
        "alla", "allt", "alltid", "alltså", "andra", "annan", "annat", "att", "av", "bara", "bland", "blev",
        "bli", "blir", "blivit", "bör", "både", "de", "dem", "den", "denna", "denne", "dess", "dessa", "det",
        "detta", "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "ej", "eller", "en", "ett", "fanns",
        "finns", "fler", "flera", "fram", "från", "får", "fått", "för", "första", "genom", "ha", "hade", "han",
        "hans", "har", "hela", "helt", "henne", "hennes", "hon", "honom", "hos", "hur", "här", "i", "ibland",
        "icke", "idag", "in", "inför", "inga", "ingen", "inget", "inom", "inte", "ja", "jag", "kan", "kommer",
        "kunde", "kunna", "man", "med", "mellan", "men", "mer", "mera", "mig", "min", "mina", "mitt", "mot",
        "mycket", "många", "måste", "ned", "nej", "ni", "nu", "när", "någon", "något", "några", "och", "också",
        "om", "oss", "på", "samma", "samt", "sedan", "sig", "sin", "sina", "sitt", "själv", "ska", "skall",
        "skulle", "som", "så", "sådan", "sådana", "till", "under", "upp", "ut", "utan", "var", "vara", "varit",
        "vad", "varför", "vars", "vem", "vi", "vid", "vilka", "vilken", "vilket", "vår", "våra", "vårt", "än",
        "är", "åt", "även", "över", "enligt", "dock", "redan", "även", "tex", "bla", "ca", "mm", "dvs", "sk",
    ]
}
