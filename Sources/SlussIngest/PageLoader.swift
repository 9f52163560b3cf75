import Foundation
import SlussCore
import SlussNative
import SlussStore

/// An original accepted into the batch, archived, waiting for its pages to be read.
struct DocumentJob: Sendable {
    var index: Int
    var sourcePath: String
    var original: StoredOriginal
    var receivedAt: Date
    var format: SourceFormat
    /// Other files of the same batch with the same bytes: they become duplicates of this one.
    var sameBytes: [String] = []

    var storedPath: String { original.path }
}

/// A decoded page image on its way to an OCR worker.
struct PageWork: Sendable {
    var documentIndex: Int
    var sourcePath: String
    var number: Int
    var image: Pix
    var dpi: Int
    var loadSeconds: Double
    var textLayerNote: String?
}

/// What the loader and workers report to the coordinating thread.
enum PageEvent: Sendable {
    case opened(documentIndex: Int, pageCount: Int)
    case page(documentIndex: Int, RecognizedPage)
    case failed(documentIndex: Int, reason: String)
    /// A stop was requested: the batch ends after the pages in hand.
    case stopRequested
}

/// Opens each original in turn and feeds its pages, one decoded image at a time, into the bounded
/// work queue; PDF pages with a usable text layer skip OCR and go straight to the events.
/// Runs on one thread: Poppler documents are not shared between threads, and a single loader keeps
/// at most the queue's capacity of page images in memory.
struct PageLoader {
    let pipeline: Pipeline
    let work: BlockingQueue<PageWork>
    let events: BlockingQueue<PageEvent>
    let abandoned: AbandonedDocuments

    /// First counts the pages of every document, so progress and ETA know the whole batch from
    /// the start (opening is cheap next to reading), then decodes the pages in order.
    func run(_ jobs: [DocumentJob]) {
        defer { work.close() }
        var openable: [DocumentJob] = []
        for job in jobs {
            do {
                let count = try pageCount(job)
                guard count > 0 else {
                    throw ImagingError.unreadablePDF(path: job.sourcePath, reason: "the PDF has no pages")
                }
                guard count <= pipeline.maxPages else {
                    throw IngestLimit.tooManyPages(path: job.sourcePath, pages: count, limit: pipeline.maxPages)
                }
                events.push(.opened(documentIndex: job.index, pageCount: count))
                openable.append(job)
            } catch {
                events.push(.failed(documentIndex: job.index, reason: failureReason(error, source: job.sourcePath)))
            }
        }
        for job in openable where !abandoned.contains(job.index) {
            do {
                switch job.format {
                case .pdf: try loadPDF(job)
                case .tiff, .png, .jpeg: try loadRaster(job)
                }
            } catch {
                events.push(.failed(documentIndex: job.index, reason: failureReason(error, source: job.sourcePath)))
            }
        }
    }

    private func pageCount(_ job: DocumentJob) throws -> Int {
        try ContainerIntegrity.check(path: job.storedPath, format: job.format)
        return switch job.format {
        case .pdf: try PDFFile(path: job.storedPath, reportedAs: job.sourcePath).pageCount
        case .tiff, .png, .jpeg: try RasterFile(path: job.storedPath, reportedAs: job.sourcePath).pageCount
        }
    }

    private func loadPDF(_ job: DocumentJob) throws {
        let pdf = try PDFFile(path: job.storedPath, reportedAs: job.sourcePath)
        for number in stride(from: 1, through: pdf.pageCount, by: 1) {
            // A document that already failed is not worth another page.
            if abandoned.contains(job.index) { return }
            var loadSeconds = 0.0
            let (page, text, assessment) = try measure(&loadSeconds) {
                let page = try pdf.page(number)
                let text = page.text
                return (page, text, TextLayerAssessment.assess(text, imageCoverage: page.imageCoverage, pipeline: pipeline))
            }
            if assessment.isUsable {
                let size = page.sizeInPoints
                let dpi = pipeline.renderDPI
                var timings = StageTimings()
                timings.load = loadSeconds
                events.push(.page(documentIndex: job.index, RecognizedPage(
                    number: number, text: text, source: .textLayer, meanConfidence: nil, rotationApplied: 0,
                    orientationConfidence: nil, skewCorrected: nil,
                    imageWidth: Int((size.width * Double(dpi) / 72).rounded()),
                    imageHeight: Int((size.height * Double(dpi) / 72).rounded()), dpi: dpi,
                    words: page.words(atDPI: dpi), textLayerNote: assessment.reason, timings: timings)))
                continue
            }
            let image = try measure(&loadSeconds) { try page.render(dpi: pipeline.renderDPI) }
            work.push(PageWork(
                documentIndex: job.index, sourcePath: job.sourcePath, number: number, image: image, dpi: image.resolution,
                loadSeconds: loadSeconds, textLayerNote: assessment.reason))
        }
    }

    private func loadRaster(_ job: DocumentJob) throws {
        let raster = try RasterFile(path: job.storedPath, reportedAs: job.sourcePath)
        // Decoding happens inside `forEachPage`, before the body runs: time from one page to the next.
        var start = DispatchTime.now().uptimeNanoseconds
        do {
            try raster.forEachPage { number, image in
                if abandoned.contains(job.index) { throw AbandonedDocuments.Stop() }
                let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let dpi = PageResolution.effective(
                    declared: image.resolution, width: image.width, height: image.height,
                    assumed: pipeline.assumedImageDPI)
                work.push(PageWork(
                    documentIndex: job.index, sourcePath: job.sourcePath, number: number, image: image, dpi: dpi,
                    loadSeconds: loadSeconds, textLayerNote: nil))
                start = DispatchTime.now().uptimeNanoseconds
            }
        } catch is AbandonedDocuments.Stop {
            return
        }
    }
}

/// Limits of the pipeline that a file exceeds.
enum IngestLimit: Error, CustomStringConvertible {
    case tooManyPages(path: String, pages: Int, limit: Int)

    var description: String {
        switch self {
        case let .tooManyPages(path, pages, limit):
            "\(path): \(pages) pages, more than the \(limit) one file may have (max_pages in the pipeline); split it into smaller files, or raise max_pages if it really is one document"
        }
    }
}

/// The documents of a batch that have failed: the loader and the workers skip their remaining
/// pages instead of reading them for nothing.
final class AbandonedDocuments: @unchecked Sendable {
    struct Stop: Error {}

    private let lock = NSLock()
    private var indices = Set<Int>()

    func insert(_ index: Int) {
        lock.lock()
        defer { lock.unlock() }
        indices.insert(index)
    }

    func contains(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return indices.contains(index)
    }
}
