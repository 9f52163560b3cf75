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
                report(.failed(source: source, sha256: nil, reason: error.description))
                continue
            }
            if let first = jobBySHA[original.sha256] {
                jobs[first].sameBytes.append(source)
                continue
            }
            do {
                if let existing = try store.document(sha256: original.sha256) {
                    report(.duplicate(try store.recordDuplicate(of: existing, sourcePath: source, batch: batch, caseId: caseId), source: source))
                    continue
                }
            } catch {
                report(.failed(source: source, sha256: original.sha256, reason: failureReason(error, source: source)))
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
}
