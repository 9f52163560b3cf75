import Foundation
import SlussCore
import SlussStore

/// Stage 1 of a batch: every input is archived in the store before anything else happens to it.
/// Bytes already stored become duplicates, and files that are not scans fail, here; what remains is
/// a list of documents whose pages are to be read.
struct Intake {
    let store: Store
    let batch: Batch
    let caseId: String?

    func admit(_ inputs: CollectedInputs, report: (DocumentOutcome) -> Void) -> [DocumentJob] {
        for (path, reason) in inputs.unreadable {
            report(.failed(source: path, sha256: nil, reason: "\(path): \(reason)"))
        }
        var jobs: [DocumentJob] = []
        var jobBySHA: [String: Int] = [:]
        for source in inputs.files {
            let original: StoredOriginal
            do {
                original = try store.originals.store(fileAt: source)
            } catch {
                report(Self.outcome(of: error, source: source, sha256: nil))
                continue
            }
            if let first = jobBySHA[original.sha256] {
                jobs[first].sameBytes.append(source)
                continue
            }
            do {
                if let existing = try store.document(sha256: original.sha256) {
                    reportDuplicate(of: existing, source: source, report: report)
                    continue
                }
            } catch {
                report(Self.outcome(of: error, source: source, sha256: original.sha256))
                continue
            }
            let format: SourceFormat
            do {
                format = try SourceFormat.detect(header: original.header)
            } catch {
                report(.failed(source: source, sha256: original.sha256, reason: "\(source): \(error.description)"))
                continue
            }
            jobBySHA[original.sha256] = jobs.count
            jobs.append(DocumentJob(index: jobs.count, sourcePath: source, original: original, receivedAt: Date(), format: format))
        }
        return jobs
    }

    /// Records that `source` brought bytes already stored as `document` (attaching it to the case
    /// when it had none) and reports the duplicate; a store error fails that file alone.
    func reportDuplicate(of document: StoredDocument, source: String, report: (DocumentOutcome) -> Void) {
        do {
            report(.duplicate(try store.recordDuplicate(of: document, sourcePath: source, batch: batch, caseId: caseId), source: source))
        } catch {
            report(Self.outcome(of: error, source: source, sha256: document.sha256))
        }
    }

    /// A store error is the store's fault unless the file itself could not be read: then the file
    /// fails, otherwise it is not taken and stays to be offered again.
    static func outcome(of error: StoreError, source: String, sha256: String?) -> DocumentOutcome {
        if case .originalUnreadable = error {
            return .failed(source: source, sha256: sha256, reason: failureReason(error, source: source))
        }
        return .notTaken(source: source, reason: .storeUnavailable(failureReason(error, source: source)))
    }
}

/// A one-line reason that names the file, whatever the library's own message says.
func failureReason(_ error: any Error, source: String) -> String {
    let message = "\(error)".split(whereSeparator: \.isNewline).joined(separator: " ")
    return message.contains(source) ? message : "\(source): \(message)"
}
