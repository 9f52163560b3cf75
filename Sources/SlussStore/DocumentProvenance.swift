import Foundation
import SlussCore

/// Everything known about where a document's text came from, as `sluss show` presents it.
public struct DocumentProvenance: Encodable, Sendable {
    public struct Software: Encodable, Sendable {
        public var sluss: String
        public var tesseract: String
        public var leptonica: String
        public var poppler: String
        public var models: [ModelFile]
    }

    public struct PipelineUsed: Encodable, Sendable {
        public var name: String
        public var path: String
        public var sha256: String
    }

    public struct Page: Encodable, Sendable {
        public var number: Int
        public var textSource: String
        public var meanConfidence: Double?
        public var rotationApplied: Int
        public var orientationConfidence: Double?
        public var orientation: String?
        public var skewCorrected: Double?
        public var imageWidth: Int
        public var imageHeight: Int
        public var dpi: Int
        public var scannedDpi: Int?
        public var inkMarks: Int?
        public var inkCoverage: Double?
        public var words: Int
        public var characters: Int
        public var textLayerNote: String?

        enum CodingKeys: String, CodingKey {
            case number, dpi, words, characters, orientation
            case scannedDpi = "scanned_dpi"
            case inkMarks = "ink_marks"
            case inkCoverage = "ink_coverage"
            case textSource = "text_source"
            case meanConfidence = "mean_confidence"
            case rotationApplied = "rotation_applied"
            case orientationConfidence = "orientation_confidence"
            case skewCorrected = "skew_corrected"
            case imageWidth = "image_width"
            case imageHeight = "image_height"
            case textLayerNote = "text_layer_note"
        }
    }

    public struct Event: Encodable, Sendable {
        public var kind: String
        public var occurredAt: Date
        public var agent: String
        public var batch: String?
        public var detail: String

        enum CodingKeys: String, CodingKey {
            case kind, agent, batch, detail
            case occurredAt = "occurred_at"
        }
    }

    /// The document's current class and why, as the machine or a person decided it.
    public struct Classification: Encodable, Sendable {
        public var classId: String
        public var confidence: Double?
        public var status: String
        public var decidedBy: String
        public var decidedAt: Date
        public var previousClassId: String?
        public var reason: String
        public var ranking: [DocumentClassification.ClassScore]
        public var termsFor: [DocumentClassification.WeighedTerm]
        public var termsAgainst: [DocumentClassification.WeighedTerm]
        public var rules: [DocumentClassification.AppliedRule]
        public var modelPath: String?
        public var modelSha256: String?
        /// The machine's classification a person's decision was made on, when there was one.
        public var machine: String?

        enum CodingKeys: String, CodingKey {
            case confidence, status, reason, ranking, rules, machine
            case classId = "class"
            case decidedBy = "decided_by"
            case decidedAt = "decided_at"
            case previousClassId = "previous_class"
            case termsFor = "terms_for"
            case termsAgainst = "terms_against"
            case modelPath = "model_path"
            case modelSha256 = "model_sha256"
        }
    }

    public var id: Int64
    public var source: String
    public var fileName: String
    public var sha256: String
    public var byteSize: Int64
    public var format: String
    public var pages: Int
    /// For one document of a split stack: the first and last page of the original it is.
    public var pagesOfOriginal: [Int]?
    public var status: String
    public var storedOriginal: String
    public var ingestedAt: Date
    public var operatorName: String
    public var host: String
    public var batch: String
    public var caseId: String?
    /// How the document found its case without --case ("matched", "review", "assigned"), and why.
    public var routing: String?
    public var routingReason: String?
    public var originalLocation: String?
    public var pipeline: PipelineUsed
    public var software: Software
    public var pageProvenance: [Page]
    public var classification: Classification?
    public var events: [Event]

    enum CodingKeys: String, CodingKey {
        case pagesOfOriginal = "pages_of_original"
        case id, source, sha256, format, pages, status, host, batch, pipeline, software, events, classification
        case fileName = "file_name"
        case byteSize = "byte_size"
        case storedOriginal = "stored_original"
        case ingestedAt = "ingested_at"
        case operatorName = "operator"
        case caseId = "case"
        case routing
        case routingReason = "routing_reason"
        case originalLocation = "original_location"
        case pageProvenance = "page_provenance"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(fileName, forKey: .fileName)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(byteSize, forKey: .byteSize)
        try container.encode(format, forKey: .format)
        try container.encode(pages, forKey: .pages)
        try container.encodeIfPresent(pagesOfOriginal, forKey: .pagesOfOriginal)
        try container.encode(status, forKey: .status)
        try container.encode(storedOriginal, forKey: .storedOriginal)
        try container.encode(ingestedAt, forKey: .ingestedAt)
        try container.encode(operatorName, forKey: .operatorName)
        try container.encode(host, forKey: .host)
        try container.encode(batch, forKey: .batch)
        // Always present, null when unset, so a missing attachment is visible rather than absent.
        try container.encode(caseId, forKey: .caseId)
        try container.encodeIfPresent(routing, forKey: .routing)
        try container.encodeIfPresent(routingReason, forKey: .routingReason)
        try container.encode(originalLocation, forKey: .originalLocation)
        try container.encode(pipeline, forKey: .pipeline)
        try container.encode(software, forKey: .software)
        try container.encode(pageProvenance, forKey: .pageProvenance)
        try container.encode(classification, forKey: .classification)
        try container.encode(events, forKey: .events)
    }
}

extension Store {
    /// Assembles the provenance of one document from its record, batch, pages and events.
    public func provenance(of document: StoredDocument) throws(StoreError) -> DocumentProvenance {
        guard let id = document.id else { throw .documentNotFound("(unsaved)") }
        guard let batch = try batch(id: document.batchId) else {
            throw .databaseFailure("batch \(document.batchId) of document #\(id) is missing")
        }
        let wordCounts = try wordCounts(documentId: id)
        let pages = try pages(documentId: id).map { page in
            DocumentProvenance.Page(
                number: page.number, textSource: page.textSource, meanConfidence: page.meanConfidence,
                rotationApplied: page.rotationApplied, orientationConfidence: page.orientationConfidence,
                orientation: page.orientation, skewCorrected: page.skewCorrected,
                imageWidth: page.imageWidth, imageHeight: page.imageHeight, dpi: page.dpi,
                scannedDpi: page.scannedDpi, inkMarks: page.inkMarks, inkCoverage: page.inkCoverage,
                words: wordCounts[page.number] ?? 0, characters: page.text.count, textLayerNote: page.textLayerNote)
        }
        let events = try events(documentId: id).map { event in
            DocumentProvenance.Event(kind: event.kind, occurredAt: event.occurredAt, agent: event.agent, batch: event.batchId, detail: event.detail)
        }
        let history = try classificationHistory(documentId: id)
        let classification = history.last.map { current in
            // A person's decision carries no explanation of its own: show the machine's last one.
            let machine = history.last { $0.explanationJson != nil }
            let explanation = machine?.explanation
            return DocumentProvenance.Classification(
                classId: current.classId, confidence: current.confidence, status: current.status, decidedBy: current.decidedBy,
                decidedAt: current.decidedAt, previousClassId: current.previousClassId, reason: current.reason,
                ranking: explanation?.ranking ?? [], termsFor: explanation?.termsFor ?? [],
                termsAgainst: explanation?.termsAgainst ?? [], rules: explanation?.rules ?? [],
                modelPath: machine?.modelPath, modelSha256: machine?.modelSha256,
                machine: machine.flatMap { $0.id == current.id ? nil : "\($0.classId) \(($0.confidence ?? 0).formatted(.number.precision(.fractionLength(2)))): \($0.reason)" })
        }
        let routing = try self.routing(documentId: id)
        return DocumentProvenance(
            id: id, source: document.sourcePath, fileName: document.fileName, sha256: document.sha256,
            byteSize: document.byteSize, format: document.format, pages: document.pageCount,
            pagesOfOriginal: document.isPartOfStack ? [document.firstPage, document.lastPage] : nil, status: "ingested",
            storedOriginal: document.storedPath, ingestedAt: document.ingestedAt, operatorName: batch.operatorName,
            host: batch.host, batch: batch.id, caseId: document.caseId, routing: routing?.status, routingReason: routing?.reason,
            originalLocation: document.originalLocation,
            pipeline: .init(name: batch.pipelineName, path: batch.pipelinePath, sha256: batch.pipelineSha256),
            software: .init(
                sluss: batch.slussVersion, tesseract: batch.tesseractVersion, leptonica: batch.leptonicaVersion,
                poppler: batch.popplerVersion, models: batch.models),
            pageProvenance: pages, classification: classification, events: events)
    }
}
