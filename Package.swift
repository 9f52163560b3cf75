// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sluss",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sluss", targets: ["sluss"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // System libraries: a module map and a shim header each, nothing more.
        .systemLibrary(name: "CTesseract", pkgConfig: "tesseract", providers: [.apt(["libtesseract-dev"])]),
        .systemLibrary(name: "CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CZBar", pkgConfig: "zbar", providers: [.apt(["libzbar-dev"])]),

        // The only importer of the C modules: owns every C pointer.
        // Optimised in debug builds too: its per-pixel loops run on every rendered page, and the
        // test suite (a debug build) reads real scans.
        .target(
            name: "SlussNative", dependencies: ["CTesseract", "CLeptonica", "CPoppler", "CQREncode", "CZBar"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Domain values, the pipeline definition and the per-page stages.
        .target(name: "SlussCore", dependencies: ["SlussNative", "Yams"]),
        // Document classes: features, training, the model file, rules and explanations.
        // Optimised in debug builds too: the test suite trains real models.
        .target(
            name: "SlussClassify", dependencies: ["SlussCore", "SlussNative", "SlussStore"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Summaries: layout cleaning, outline, sentence choice, key facts, and the baselines and
        // ROUGE they are evaluated with. Optimised in debug builds too: the tests summarise long reports.
        .target(
            name: "SlussSummarize", dependencies: ["SlussCore"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The embedded store: migrations, records, queries; the only place with SQL.
        .target(name: "SlussStore", dependencies: ["SlussCore", "SlussNative", .product(name: "GRDB", package: "GRDB.swift")]),
        // A batch of files through the stages into the store, in parallel.
        .target(name: "SlussIngest", dependencies: [
            "SlussCore", "SlussNative", "SlussStore", "SlussClassify", "SlussSummarize", .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "sluss", dependencies: [
            "SlussCore", "SlussStore", "SlussIngest", "SlussNative", "SlussClassify", "SlussSummarize",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
        ]),

        // Deterministic fixtures shared by the test targets; not part of the product.
        .target(name: "SlussTestSupport"),
        .testTarget(name: "SlussNativeTests", dependencies: ["SlussNative", "SlussTestSupport"]),
        .testTarget(name: "SlussClassifyTests", dependencies: ["SlussClassify", "SlussCore"]),
        .testTarget(name: "SlussSummarizeTests", dependencies: ["SlussSummarize", "SlussCore", "SlussTestSupport"]),
        .testTarget(name: "SlussCoreTests", dependencies: ["SlussCore", "SlussNative", "SlussTestSupport"]),
        .testTarget(name: "SlussStoreTests", dependencies: ["SlussStore", "SlussCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SlussIngestTests", dependencies: ["SlussIngest", "SlussStore", "SlussCore", "SlussNative", "SlussTestSupport", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "SlussCLITests", dependencies: ["SlussTestSupport", "SlussNative", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
