import Foundation
import SlussCore
import SlussNative
import SlussStore
import SlussTestSupport
import Testing
@testable import SlussIngest

/// Every shipped sample ingested once, in one batch with two workers, shared by the tests below:
/// OCR is the expensive part, and one batch is also what a registry clerk runs.
final class IngestedSamples: Sendable {
    let folder: String
    let store: Store
    let report: BatchReport

    static let shared: IngestedSamples = {
        do {
            return try IngestedSamples()
        } catch {
            fatalError("ingesting the samples failed: \(error)")
        }
    }()

    init() throws {
        folder = try Fixtures.temporaryFolder("samples")
        store = try Store(root: folder + "/store")
        let request = try IngestRequest.test(
            [Fixtures.samples.path], caseId: "SN 2026/0412", originalLocation: "Registraturen, pärm 2026:11",
            operatorName: "registrator", host: "testvärd")
        report = try BatchIngester(store: store, request: request).run()
    }

    func document(named name: String) throws -> StoredDocument {
        try #require(try store.documents().first { $0.fileName == name }, "\(name) was not ingested")
    }
}

@Suite(.serialized) struct SampleIngestTests {
    var samples: IngestedSamples { IngestedSamples.shared }

    @Test func everySampleIsIngestedAndNothingFails() throws {
        let failures = samples.report.outcomes.compactMap { outcome -> String? in
            if case let .failed(_, _, reason) = outcome { return reason }
            return nil
        }
        #expect(failures.isEmpty, "\(failures)")
        let parts = SampleManifest.stacks.reduce(0) { $0 + $1.stack!.parts.count }
        #expect(try samples.store.documents().count == SampleManifest.documents.count + parts)
        #expect(samples.report.skippedHidden >= 1, "the hidden ground-truth folder is skipped")
    }

    @Test(arguments: SampleManifest.documents)
    func textIsWithin3PercentCharacterErrorRate(sample: SampleManifest.File) throws {
        let document = try samples.document(named: sample.name)
        let pages = try samples.store.pages(documentId: document.id!)
        let truth = try Fixtures.groundTruthPages(of: sample.name)
        #expect(pages.count == sample.pages)
        #expect(truth.count == sample.pages)
        var total = CharacterErrorRate(edits: 0, referenceLength: 0)
        for (page, reference) in zip(pages, truth) {
            total = total + CharacterErrorRate(hypothesis: page.text, reference: reference)
        }
        #expect(total.rate <= 0.03, "\(sample.name): CER \(total.rate)")
    }

    @Test(arguments: SampleManifest.documents.filter { !$0.rotatedPages.isEmpty })
    func pagesScannedTurnedComeOutUpright(sample: SampleManifest.File) throws {
        let document = try samples.document(named: sample.name)
        let pages = try samples.store.pages(documentId: document.id!)
        let truth = try Fixtures.groundTruthPages(of: sample.name)
        for (number, turned) in sample.rotatedPages {
            let index = try #require(Int(number)) - 1
            #expect(pages[index].rotationApplied == (360 - turned) % 360, "\(sample.name) page \(number)")
            let rate = CharacterErrorRate(hypothesis: pages[index].text, reference: truth[index]).rate
            #expect(rate <= 0.03, "\(sample.name) page \(number): CER \(rate)")
        }
        let upright = pages.enumerated().filter { sample.rotatedPages["\($0.offset + 1)"] == nil }
        #expect(upright.allSatisfy { $0.element.rotationApplied == 0 })
    }

    @Test(arguments: SampleManifest.documents)
    func noPageIsTakenForBlankAndEveryOrientationIsSettled(sample: SampleManifest.File) throws {
        let pages = try samples.store.pages(documentId: try samples.document(named: sample.name).id!)
        #expect(!pages.contains { $0.textSource == "blank" })
        for page in pages where page.textSource == "ocr" {
            let turned = sample.rotatedPages["\(page.number)"] != nil
            #expect(page.orientation == (turned ? "turned" : "upright"), "\(sample.name) page \(page.number)")
            #expect(page.inkMarks ?? 0 > 100)
        }
    }

    @Test func aBornDigitalPDFIsTakenFromItsTextLayerNotOCRed() throws {
        for sample in SampleManifest.documents where sample.textLayer {
            let pages = try samples.store.pages(documentId: try samples.document(named: sample.name).id!)
            #expect(!pages.isEmpty)
            for page in pages {
                #expect(page.textSource == "text-layer")
                #expect(page.meanConfidence == nil)
                #expect(page.ocrSeconds == 0)
                #expect(page.textLayerNote?.hasPrefix("text layer used") == true)
            }
        }
        for sample in SampleManifest.documents where !sample.textLayer {
            let pages = try samples.store.pages(documentId: try samples.document(named: sample.name).id!)
            #expect(pages.allSatisfy { $0.textSource == "ocr" && ($0.meanConfidence ?? 0) > 60 }, "\(sample.name)")
        }
    }

    @Test(arguments: SampleManifest.documents)
    func provenanceTracesEachDocumentToItsPaperOriginal(sample: SampleManifest.File) throws {
        let document = try samples.document(named: sample.name)
        let provenance = try samples.store.provenance(of: document)
        let fileSHA = try SHA256Digest.ofFile(at: sample.path)
        #expect(provenance.sha256 == fileSHA)
        #expect(provenance.source == sample.path)
        #expect(provenance.fileName == sample.name)
        #expect(provenance.format == sample.format)
        #expect(provenance.pages == sample.pages)
        #expect(provenance.byteSize == (try FileManager.default.attributesOfItem(atPath: sample.path)[.size] as? NSNumber)?.int64Value)
        #expect(provenance.operatorName == "registrator")
        #expect(provenance.host == "testvärd")
        #expect(provenance.caseId == "SN 2026/0412")
        #expect(provenance.originalLocation == "Registraturen, pärm 2026:11")
        #expect(provenance.batch == samples.report.batch.id)
        #expect(provenance.pipeline.sha256 == (try SHA256Digest.ofFile(at: Fixtures.defaultPipeline)))
        #expect(provenance.software.tesseract == NativeLibraries.tesseractVersion)
        #expect(provenance.software.poppler == NativeLibraries.popplerVersion)
        #expect(provenance.software.leptonica == NativeLibraries.leptonicaVersion)
        for model in provenance.software.models where model.part == nil {
            #expect(model.sha256 == (try SHA256Digest.ofFile(at: model.path)), "\(model.language)")
        }
        // The symbol model is loaded without its word lists, and known by the digest of what was loaded.
        let signModel = try #require(provenance.software.models.first { $0.language == "Latin" })
        #expect(signModel.part == "without its word lists")
        let folder = (signModel.path as NSString).deletingLastPathComponent
        #expect(signModel.sha256 == (try TesseractEngine(signReader: "Latin", datapath: folder)).loadedPart?.sha256)
        #expect(Set(provenance.software.models.map(\.language)) == ["swe", "osd", "Latin"])
        #expect(Set(provenance.events.map(\.kind)).isSuperset(of: ["capture", "text-extraction", "attach"]))
        let storedCopy = samples.store.root + "/" + provenance.storedOriginal
        #expect(try SHA256Digest.ofFile(at: storedCopy) == fileSHA)
        for page in provenance.pageProvenance {
            #expect(page.imageWidth > 0 && page.imageHeight > 0 && page.dpi > 0)
            if page.textSource == "ocr" {
                #expect(page.words > 0)
                #expect(page.meanConfidence != nil)
                // PDF pages are rendered at the pipeline's 300 DPI, images come at the resolution they
                // carry; either may then be read at a lower one, which provenance says.
                let arrivedAt = try #require(sample.format == "pdf" ? 300 : sample.dpi)
                #expect((page.scannedDpi ?? page.dpi) == arrivedAt, "\(sample.name) page \(page.number)")
                #expect(page.dpi <= arrivedAt && page.dpi >= 150)
            }
        }
    }

    @Test func ingestingTheSameFilesAgainMakesNoNewDocument() throws {
        let before = try samples.store.documents()
        let request = try IngestRequest.test([Fixtures.samples.path], operatorName: "registrator", host: "testvärd")
        let again = try BatchIngester(store: samples.store, request: request).run()
        let statuses = again.outcomes.map { outcome -> String in
            if case .duplicate = outcome { return "duplicate" }
            return "\(outcome)"
        }
        #expect(statuses == Array(repeating: "duplicate", count: SampleManifest.all.count))
        #expect(again.pagesRead == 0)
        #expect(try samples.store.documents() == before)
    }

    @Test func searchFindsWordsOnTheRightPage() throws {
        let truth = try Fixtures.groundTruthPages(of: "bup-utredning.pdf")
        let pageWithDiagnosis = try #require(truth.firstIndex { $0.contains("Diagnos") }) + 1
        let hits = try samples.store.search("diagnos*")
        #expect(hits.contains { $0.fileName == "bup-utredning.pdf" && $0.pageNumber == pageWithDiagnosis })
    }

    @Test func storeFilesAreNotReadableByOthers() throws {
        let enumerator = try #require(FileManager.default.enumerator(atPath: samples.store.root))
        var count = 0
        for case let relative as String in enumerator {
            let attributes = try FileManager.default.attributesOfItem(atPath: samples.store.root + "/" + relative)
            let mode = try #require(attributes[.posixPermissions] as? NSNumber).intValue
            #expect(mode & 0o077 == 0, "\(relative): \(String(mode, radix: 8))")
            count += 1
        }
        #expect(count > SampleManifest.all.count)
    }
}

/// The summaries made at ingest, checked against the paper original's true text: a caseworker
/// who turns to the cited page must find the sentence there.
@Suite(.serialized) struct SampleSummaryTests {
    var samples: IngestedSamples { IngestedSamples.shared }

    /// Words of four letters or more, lower-cased: what OCR rarely gets wrong in all of a
    /// sentence's words at once.
    private func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 }
    }

    @Test(arguments: SampleManifest.documents)
    func everySummarySentenceIsOnThePageItCites(sample: SampleManifest.File) throws {
        let document = try samples.document(named: sample.name)
        let stored = try #require(try samples.store.summary(documentId: document.id!), "\(sample.name) has a summary")
        let summary = try #require(stored.summary)
        let truth = try Fixtures.groundTruthPages(of: sample.name).map { Set(words($0)) }
        #expect(!summary.sentences.isEmpty)
        for sentence in summary.sentences {
            let sentenceWords = words(sentence.text)
            guard sentenceWords.count >= 3 else { continue }
            let cited = sentence.pages.reduce(into: Set<String>()) { $0.formUnion(truth[$1 - 1]) }
            let found = Double(sentenceWords.filter(cited.contains).count) / Double(sentenceWords.count)
            #expect(found >= 0.8, "\(sample.name) \(sentence.citation): \(sentence.text)")
            // And it is not just as much at home on another page.
            if sentence.pages.count == 1, found < 1 {
                let elsewhere = truth.indices.filter { !sentence.pages.contains($0 + 1) }.map { page in
                    Double(sentenceWords.filter(truth[page].contains).count) / Double(sentenceWords.count)
                }
                #expect(elsewhere.allSatisfy { $0 <= found }, "\(sample.name) \(sentence.citation) fits another page better")
            }
        }
        #expect(summary.words <= summary.wordBudget)
        let printed = summary.sentences.map(\.text).joined() + summary.facts.map(\.value).joined()
        #expect(Personnummer.all(in: printed).isEmpty)
    }
}
