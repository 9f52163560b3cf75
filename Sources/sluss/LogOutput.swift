import ArgumentParser
import Foundation
import Logging
import SlussCore

/// Log lines on standard error, one per event: time, level, message, metadata. Every personnummer
/// is masked on the way out, whatever put it there (a file name, an error from a library), so a
/// log shipped to a journal or a log server never holds a full one. Document text is never logged.
struct MaskingLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line = "\(Self.timestamp()) \(event.level) \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(value)"
        }
        FileHandle.standardError.write(Data((Personnummer.maskingEveryNumberShaped(line) + "\n").utf8))
    }

    private static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = .current
        return formatter.string(from: Date())
    }
}

extension Logger {
    /// The logger of a command, at `level`, without touching swift-log's process-wide bootstrap.
    static func sluss(_ label: String, level: Logger.Level) -> Logger {
        Logger(label: label) { _ in MaskingLogHandler(logLevel: level) }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
