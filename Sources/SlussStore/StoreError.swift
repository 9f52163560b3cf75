/// Failures of the store, phrased so the user knows what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case cannotOpenDatabase(path: String, reason: String)
    case newerSchema(path: String, migrations: [String])
    case originalUnreadable(path: String, reason: String)
    case originalNotStored(path: String, reason: String)
    case documentNotFound(String)
    case ambiguousDocument(String, matches: Int)
    case databaseFailure(String)
    case caseExists(String)

    public var description: String {
        switch self {
        case let .cannotCreate(path, reason):
            "cannot create the store at \(path) (\(reason)); choose another place with --store or SLUSS_STORE"
        case let .cannotOpenDatabase(path, reason):
            "cannot open the store database \(path) (\(reason))"
        case let .newerSchema(path, migrations):
            "the store \(path) was written by a newer Sluss (unknown migrations: \(migrations.joined(separator: ", "))); upgrade Sluss"
        case let .originalUnreadable(path, reason):
            "\(path): cannot read the file (\(reason))"
        case let .originalNotStored(path, reason):
            "\(path): cannot copy the original into the store (\(reason)); check free space and permissions of the store"
        case let .documentNotFound(reference):
            "no document '\(reference)' in the store; list them with 'sluss documents'"
        case let .ambiguousDocument(reference, matches):
            "'\(reference)' matches \(matches) documents; give more characters of the SHA-256 or the numeric id"
        case let .caseExists(id):
            "case '\(id)' is already in the store; list it with 'sluss case list'"
        case let .databaseFailure(reason):
            "store database error: \(reason)"
        }
    }
}
