import Foundation

/// A Swedish personal identity number (personnummer) or coordination number (samordningsnummer,
/// day of birth + 60), validated by its check digit. Printed masked everywhere ("YYMMDD-****"):
/// the full number is case data, never for logs or listings.
public struct Personnummer: Sendable, Hashable, CustomStringConvertible {
    /// The ten digits YYMMDDNNNC.
    public let digits: String
    /// True for a samordningsnummer.
    public var isCoordinationNumber: Bool { dayOfMonth > 60 }

    private var dayOfMonth: Int { Int(digits.dropFirst(4).prefix(2)) ?? 0 }

    /// Parses "YYMMDD-NNNN", "YYMMDD+NNNN", "YYYYMMDDNNNN", "YYYYMMDD-NNNN" or "YYMMDDNNNN"; nil unless
    /// the date is plausible and the check digit right.
    public init?(_ text: String) {
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        var digits = characters.filter(\.isASCIIDigitCharacter)
        let separators = characters.filter { !$0.isASCIIDigitCharacter }
        guard separators.count <= 1, separators.allSatisfy({ $0 == "-" || $0 == "+" }) else { return nil }
        // The separator stands before the last four digits, nowhere else.
        if let separator = characters.firstIndex(where: { !$0.isASCIIDigitCharacter }), separator != characters.count - 5 { return nil }
        if digits.count == 12 { digits.removeFirst(2) }
        guard digits.count == 10 else { return nil }
        let value = String(digits)
        guard Self.isPlausibleDate(value), Self.luhnValid(value) else { return nil }
        self.digits = value
    }

    /// "YYMMDD-****": enough for a person to recognise whose number it is, no more.
    public var masked: String { "\(digits.prefix(6))-****" }

    public var description: String { masked }

    /// Luhn over the ten digits: the last is the check digit of the first nine.
    static func luhnValid(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 10 else { return false }
        var sum = 0
        for (index, value) in values.prefix(9).enumerated() {
            let product = value * (index % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10 == values[9]
    }

    private static func isPlausibleDate(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        let month = values[2] * 10 + values[3]
        var day = values[4] * 10 + values[5]
        if day > 60 { day -= 60 }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Every personnummer in `text`, also where OCR misread a digit as a look-alike letter
    /// (O for 0, l or I for 1, S for 5, B for 8, Z for 2): a candidate counts only when its
    /// check digit is right after the repair, so a misread number is found and a random
    /// number is not. In order of first appearance, each once.
    public static func all(in text: String) -> [Personnummer] {
        var found: [Personnummer] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if let (number, length) = candidate(in: characters, at: index), !found.contains(number) {
                found.append(number)
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// `text` with every personnummer masked ("YYMMDD-****"): those `all(in:)` finds, and any
    /// date-shaped number with four more digits even when its check digit is wrong, since a
    /// misread number is still nearly a person's whole number.
    public static func masking(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.count)
        var index = 0
        while index < characters.count {
            if let (number, length) = candidate(in: characters, at: index) {
                result += number.masked
                index += length
            } else if let length = unvalidatedNumberLength(in: characters, at: index) {
                let digits = characters[index..<(index + length)].filter(\.isASCIIDigitCharacter)
                result += String(digits.count == 12 ? digits.dropFirst(2).prefix(6) : digits.prefix(6)) + "-****"
                index += length
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// `masking(text)`, and also every run of exactly 10 or 12 digits that starts with a plausible
    /// date, whatever its check digit: for logs, where masking a phone number by mistake costs
    /// nothing and a full personnummer must never get through.
    public static func maskingEveryNumberShaped(_ text: String) -> String {
        let characters = Array(masking(text))
        var result = ""
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigitCharacter else {
                result.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
            let run = String(characters[index..<end])
            let date = run.count == 12 ? String(run.dropFirst(2).prefix(6)) : String(run.prefix(6))
            if (run.count == 10 || run.count == 12) && isPlausibleDate(date + "0000") {
                result += date + "-****"
            } else {
                result += run
            }
            index = end
        }
        return result
    }

    /// Length of "YYMMDD-NNNN" or "YYYYMMDD-NNNN" (plausible date, any check digit) at `start`.
    private static func unvalidatedNumberLength(in characters: [Character], at start: Int) -> Int? {
        if start > 0, characters[start - 1].isASCIIDigitCharacter { return nil }
        for dateLength in [8, 6] {
            let end = start + dateLength + 5
            guard end <= characters.count else { continue }
            let date = characters[start..<(start + dateLength)]
            let separator = characters[start + dateLength]
            let serial = characters[(start + dateLength + 1)..<end]
            guard date.allSatisfy(\.isASCIIDigitCharacter), separator == "-" || separator == "+",
                  serial.allSatisfy(\.isASCIIDigitCharacter) else { continue }
            if end < characters.count, characters[end].isASCIIDigitCharacter { continue }
            let short = String(dateLength == 8 ? date.dropFirst(2) : date)
            if isPlausibleDate(short + "0000") { return dateLength + 5 }
        }
        return nil
    }

    private static let lookAlikes: [Character: Character] = ["O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"]

    /// A number starting at `start` (not inside a longer run of digits): 6 or 8 date digits, an
    /// optional separator, 4 digits.
    private static func candidate(in characters: [Character], at start: Int) -> (Personnummer, Int)? {
        func digit(_ character: Character) -> Character? {
            character.isASCIIDigitCharacter ? character : lookAlikes[character]
        }
        if start > 0, digit(characters[start - 1]) != nil, characters[start - 1].isASCIIDigitCharacter { return nil }
        guard let first = characters[start...].first, first.isASCIIDigitCharacter else { return nil }
        for dateLength in [8, 6] {
            var position = start
            var repaired = ""
            var ok = true
            for _ in 0..<dateLength {
                guard position < characters.count, let value = digit(characters[position]) else { ok = false; break }
                repaired.append(value)
                position += 1
            }
            guard ok else { continue }
            var separator = ""
            if position < characters.count, characters[position] == "-" || characters[position] == "+" || characters[position] == " " {
                separator = String(characters[position])
                position += 1
            }
            var serial = ""
            for _ in 0..<4 {
                guard position < characters.count, let value = digit(characters[position]) else { ok = false; break }
                serial.append(value)
                position += 1
            }
            guard ok else { continue }
            if position < characters.count, characters[position].isASCIIDigitCharacter { continue }
            if separator == " " && dateLength == 8 { continue }
            if dateLength == 8 && !(repaired.hasPrefix("19") || repaired.hasPrefix("20")) { continue }
            if let number = Personnummer(repaired + (separator == " " ? "-" : separator) + serial) {
                return (number, position - start)
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
