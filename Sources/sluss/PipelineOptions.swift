import ArgumentParser
import Foundation
import SlussClassify
import SlussCore

/// The `--pipeline` option shared by the commands that read documents or classify them.
struct PipelineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Pipeline definition (YAML). Default: Pipelines/default.yaml.", valueName: "file"))
    var pipeline: String?

    /// The pipeline, checked in full; a bad one is a configuration error (exit 2).
    func load() throws -> Pipeline {
        try Self.load(path: pipeline)
    }

    /// The pipeline at `path` (nil: the default one), checked in full.
    static func load(path: String?) throws -> Pipeline {
        guard let path = path ?? ProcessEnvironment.defaultPipelinePath() else {
            Console.error("no pipeline given and Pipelines/default.yaml not found; pass --pipeline FILE")
            throw ExitCode(2)
        }
        do {
            return try PipelineLoader.load(path: path)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Stops with a configuration error (exit 2) when `caseId` is not a case number `pipeline` accepts.
    static func requireCaseNumber(_ caseId: String, in pipeline: Pipeline) throws {
        if let problem = pipeline.caseNumberProblem(caseId) {
            Console.error(problem)
            throw ExitCode(2)
        }
    }

    /// The pipeline's classification settings; commands that only classify need them.
    func classificationSettings(of pipeline: Pipeline) throws -> ClassificationSettings {
        guard let settings = pipeline.classification else {
            Console.error("pipeline \(pipeline.sourcePath) has no 'classification' section; add one (see Pipelines/default.yaml)")
            throw ExitCode(2)
        }
        return settings
    }

    /// The pipeline's classifier, nil when it does not classify. A missing or broken model stops
    /// the command before any document is touched, naming the file.
    static func classifier(for pipeline: Pipeline) throws -> DocumentClassifier? {
        guard let settings = pipeline.classification else { return nil }
        do {
            let classifier = try DocumentClassifier(settings: settings)
            if !classifier.rulesMatchCalibration {
                Console.warning("the rules in \(pipeline.sourcePath) differ from those \(settings.modelPath) was calibrated with; confidences may be off until 'sluss train' is run")
            }
            return classifier
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
