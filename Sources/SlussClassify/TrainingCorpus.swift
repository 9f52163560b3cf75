import Foundation
import SlussNative

/// Labelled documents on disk: one folder per class id holding UTF-8 `.txt` files, one document
/// each. Used for training (`corpus/train`), for the held-out evaluation (`corpus/heldout`) and as
/// the target of corrections exported from the review queue.
public struct TrainingCorpus: Sendable {
    public struct Document: Sendable {
        public var classId: String
        /// Path relative to the corpus folder, "orosanmalan/07-forskola.txt".
        public var name: String
        public var text: String
    }

    public let path: String
    public let documents: [Document]
    /// SHA-256 over every file's name and bytes in order: the model records which corpus made it.
    public let sha256: String

    /// Reads the corpus. Folders for classes not in `classes` are an error (a typo would otherwise
    /// drop a class's examples silently); a class without a folder is an error when `requireEveryClass`.
    public init(path: String, classes: [String], requireEveryClass: Bool) throws(ClassifierError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .corpusMissing(path: path)
        }
        let folders: [String]
        do {
            folders = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw .corpusFileUnreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        for folder in folders where !classes.contains(folder) {
            var isSubfolder: ObjCBool = false
            let full = (path as NSString).appendingPathComponent(folder)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isSubfolder), isSubfolder.boolValue {
                throw .corpusUnknownFolder(path: path, folder: folder, classes: classes)
            }
        }
        let digest = SHA256Digest()
        var documents: [Document] = []
        for classId in classes {
            let folder = (path as NSString).appendingPathComponent(classId)
            guard folders.contains(classId) else {
                if requireEveryClass { throw .corpusClassMissing(path: path, classId: classId) }
                continue
            }
            let files: [String]
            do {
                files = try FileManager.default.contentsOfDirectory(atPath: folder)
                    .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
            } catch {
                throw .corpusFileUnreadable(path: folder, reason: (error as NSError).localizedDescription)
            }
            for file in files {
                let filePath = (folder as NSString).appendingPathComponent(file)
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: filePath))
                } catch {
                    throw .corpusFileUnreadable(path: filePath, reason: (error as NSError).localizedDescription)
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw .corpusFileUnreadable(path: filePath, reason: "not UTF-8 text; save it as UTF-8")
                }
                guard text.contains(where: { $0.isLetter }) else {
                    throw .corpusFileUnreadable(path: filePath, reason: "it holds no words")
                }
                let name = "\(classId)/\(file)"
                digest.update(name)
                data.withUnsafeBytes { digest.update($0) }
                documents.append(Document(classId: classId, name: name, text: text))
            }
        }
        self.documents = documents
        sha256 = digest.finalize()
    }

    public func count(of classId: String) -> Int {
        documents.filter { $0.classId == classId }.count
    }
}

extension SHA256Digest {
    func update(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.append(0)
        bytes.withUnsafeBytes { update($0) }
    }
}
