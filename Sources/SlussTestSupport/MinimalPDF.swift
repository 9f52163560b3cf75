import Foundation

/// Builds small, valid PDFs byte for byte, so tests have deterministic documents with a real text
/// layer (Helvetica, WinAnsi encoding: Swedish letters included) without any generator program.
public enum MinimalPDF {
    /// Pages (A4 unless `pageSize` in points says otherwise), each a list of text lines drawn
    /// top-down in 12 pt Helvetica. `encryptedWithUnknownPassword` adds a standard security
    /// handler whose password is not empty, as a protected PDF from a sender would have.
    public static func make(
        pages: [[String]], fontSize: Int = 12, pageSize: (width: Int, height: Int) = (595, 842),
        encryptedWithUnknownPassword: Bool = false
    ) -> Data {
        var objects: [String] = []
        // 1: catalog, 2: pages, 3: font, then per page: page object and content stream.
        let pageObjectNumbers = pages.indices.map { 4 + $0 * 2 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageObjectNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for (index, lines) in pages.enumerated() {
            let contentNumber = pageObjectNumbers[index] + 1
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageSize.width) \(pageSize.height)] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contentNumber) 0 R >>")
            var stream = "BT /F1 \(fontSize) Tf \(fontSize + 4) TL 72 \(pageSize.height - 72) Td\n"
            for line in lines {
                stream += "(\(escaped(line))) Tj T*\n"
            }
            stream += "ET"
            objects.append("<< /Length \(latin1(stream).count) >>\nstream\n\(stream)\nendstream")
        }
        var encryptNumber: Int?
        if encryptedWithUnknownPassword {
            let owner = String(repeating: "7A", count: 32), user = String(repeating: "3C", count: 32)
            objects.append("<< /Filter /Standard /V 1 /R 2 /O <\(owner)> /U <\(user)> /P -3904 >>")
            encryptNumber = objects.count
        }

        var output = Data(latin1("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n"))
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.count)
            output.append(latin1("\(index + 1) 0 obj\n\(body)\nendobj\n"))
        }
        let xrefOffset = output.count
        var xref = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            xref += String(format: "%010d 00000 n \n", offset)
        }
        var trailer = "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R"
        if let encryptNumber {
            trailer += " /Encrypt \(encryptNumber) 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        }
        trailer += " >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        output.append(latin1(xref + trailer))
        return output
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }

    /// WinAnsi agrees with Latin-1 for every letter Swedish needs.
    private static func latin1(_ text: String) -> Data {
        text.data(using: .isoLatin1) ?? Data(text.utf8)
    }
}
