import Foundation
import SlussCore
import SlussNative

/// An original accepted into the batch, waiting for its pages to be read.
struct DocumentJob: Sendable {
    var index: Int
    var sourcePath: String
    var storedPath: String
    var format: SourceFormat
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
}

/// Opens each original in turn and feeds its pages, one decoded image at a time, into the bounded
/// work queue; PDF pages with a usable text layer skip OCR and go straight to the events.
/// Runs on one thread: Poppler documents are not shared between threads, and a single loader keeps
/// at most the queue's capacity of page images in memory.
struct PageLoader {
    let pipeline: Pipeline
    let work: BlockingQueue<PageWork>
    let events: BlockingQueue<PageEvent>

    func run(_ jobs: [DocumentJob]) {
        defer { work.close() }
        for job in jobs {
            do {
                switch job.format {
                case .pdf: try loadPDF(job)
                case .tiff, .png, .jpeg: try loadRaster(job)
                }
            } catch {
                events.push(.failed(documentIndex: job.index, reason: "\(error)"))
            }
        }
    }

    private func loadPDF(_ job: DocumentJob) throws {
        let pdf = try PDFFile(path: job.storedPath, reportedAs: job.sourcePath)
        let count = pdf.pageCount
        guard count > 0 else {
            throw ImagingError.unreadablePDF(path: job.sourcePath, reason: "the PDF has no pages")
        }
        events.push(.opened(documentIndex: job.index, pageCount: count))
        for number in 1...count {
            var loadSeconds = 0.0
            let start = DispatchTime.now().uptimeNanoseconds
            let page = try pdf.page(number)
            let assessment = TextLayerAssessment.assess(page.text, pipeline: pipeline)
            if assessment.isUsable {
                let size = page.sizeInPoints
                let dpi = pipeline.renderDPI
                var timings = StageTimings()
                timings.load = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                events.push(.page(documentIndex: job.index, RecognizedPage(
                    number: number, text: page.text, source: .textLayer, meanConfidence: nil, rotationApplied: 0,
                    orientationConfidence: nil, skewCorrected: nil,
                    imageWidth: Int((size.width * Double(dpi) / 72).rounded()),
                    imageHeight: Int((size.height * Double(dpi) / 72).rounded()), dpi: dpi,
                    words: page.words(atDPI: dpi), textLayerNote: assessment.reason, timings: timings)))
                continue
            }
            let image = try page.render(dpi: pipeline.renderDPI)
            loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            work.push(PageWork(
                documentIndex: job.index, sourcePath: job.sourcePath, number: number, image: image, dpi: image.resolution,
                loadSeconds: loadSeconds, textLayerNote: assessment.reason))
        }
    }

    private func loadRaster(_ job: DocumentJob) throws {
        let raster = try RasterFile(path: job.storedPath, reportedAs: job.sourcePath)
        events.push(.opened(documentIndex: job.index, pageCount: raster.pageCount))
        var start = DispatchTime.now().uptimeNanoseconds
        try raster.forEachPage { number, image in
            let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let dpi = PageResolution.effective(
                declared: image.resolution, width: image.width, height: image.height,
                assumed: pipeline.assumedImageDPI)
            work.push(PageWork(
                documentIndex: job.index, sourcePath: job.sourcePath, number: number, image: image, dpi: dpi,
                loadSeconds: loadSeconds, textLayerNote: nil))
            start = DispatchTime.now().uptimeNanoseconds
        }
    }
}
