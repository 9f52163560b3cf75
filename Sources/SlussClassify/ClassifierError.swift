import Foundation

/// Why a model or corpus cannot be used, naming the file and what to do about it.
public enum ClassifierError: Error, Equatable, Sendable, CustomStringConvertible {
    case modelMissing(path: String)
    case modelUnreadable(path: String, reason: String)
    case modelMalformed(path: String, problem: String)
    case modelClassesDiffer(path: String, model: [String], pipeline: [String])
    case malformedFeature(String)
    case corpusMissing(path: String)
    case corpusClassMissing(path: String, classId: String)
    case corpusTooSmall(path: String, classId: String, documents: Int, minimum: Int)
    case corpusUnknownFolder(path: String, folder: String, classes: [String])
    case corpusFileUnreadable(path: String, reason: String)
    case cannotWriteModel(path: String, reason: String)

    public var description: String {
        switch self {
        case let .modelMissing(path):
            "\(path): no classification model here; build it with 'sluss train' (it reads the corpus the pipeline names)"
        case let .modelUnreadable(path, reason):
            "\(path): cannot read the classification model (\(reason))"
        case let .modelMalformed(path, problem):
            "\(path): not a usable Sluss classification model: \(problem); rebuild it with 'sluss train'"
        case let .modelClassesDiffer(path, model, pipeline):
            "\(path): the model was trained for the classes \(model.joined(separator: ", ")) but the pipeline lists \(pipeline.joined(separator: ", ")); run 'sluss train' after changing the classes"
        case let .malformedFeature(name):
            "model feature '\(name)' is not of the form w:WORD, p:WORD WORD or l:LETTERS"
        case let .corpusMissing(path):
            "\(path): no training corpus here; it must hold one folder of UTF-8 .txt files per class"
        case let .corpusClassMissing(path, classId):
            "\(path): no folder '\(classId)' for the class of that name; add at least a few documents of the class there"
        case let .corpusTooSmall(path, classId, documents, minimum):
            "\(path)/\(classId): \(documents) document\(documents == 1 ? "" : "s"), at least \(minimum) are needed to train and calibrate the class"
        case let .corpusUnknownFolder(path, folder, classes):
            "\(path)/\(folder): a folder for a class the pipeline does not list (\(classes.joined(separator: ", "))); add the class to the pipeline or move the folder away"
        case let .corpusFileUnreadable(path, reason):
            "\(path): cannot use this corpus file (\(reason))"
        case let .cannotWriteModel(path, reason):
            "\(path): cannot write the model (\(reason))"
        }
    }
}
