// swift-tools-version:6.0
import PackageDescription

// ESSAYLINT_FUZZ=1 (Fuzz/run.sh): instrument the library for libFuzzer and
// the address sanitizer, and link libFuzzer into essaylint-fuzz.
let fuzzing = Context.environment["ESSAYLINT_FUZZ"] != nil
let fuzzInstrumentation: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
    name: "essaylint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EssayLint", targets: ["EssayLint"]),
        .library(name: "EssayServer", targets: ["EssayServer"]),
        .library(name: "EssayLSP", targets: ["EssayLSP"]),
        .executable(name: "essaylint", targets: ["essaylint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already under Hummingbird; named so that EssayServer may import their modules.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The only place that includes ICU headers: a C target with a plain-C public header.
        .target(
            name: "CEssayICU",
            path: "Sources/CEssayICU",
            linkerSettings: [.linkedLibrary(":libicuuc.a"), .linkedLibrary(":libicudata.a"), .linkedLibrary("stdc++"), .linkedLibrary("m")]
        ),
        // The CommonMark reference parser (Debian: libcmark-dev).
        .systemLibrary(
            name: "Ccmark",
            path: "Sources/Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libxml2 (Debian: libxml2-dev), for CEssayDocs only: its headers include ICU's.
        .systemLibrary(
            name: "Clibxml2",
            path: "Sources/Clibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libxml2's event parsers and zlib's inflate behind a plain-C header.
        .target(
            name: "CEssayDocs",
            dependencies: ["Clibxml2"],
            path: "Sources/CEssayDocs",
            linkerSettings: [.linkedLibrary("z")]
        ),
        // Build-time tool: turns the YAML under Lexicons/ into embedded JSON so the binary is self-contained.
        .executableTarget(
            name: "EmbedLexicons",
            dependencies: ["EssayCore", .product(name: "Yams", package: "Yams")],
            path: "Sources/EmbedLexicons"
        ),
        .plugin(
            name: "EmbedLexiconsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedLexicons"],
            path: "Sources/EmbedLexiconsPlugin"
        ),
        // The layers, lowest first (README, "Architecture"). Analysis (Text,
        // Documents, Profiles, Structure, Language) returns facts; rules turn
        // facts into findings; the rubric maps findings through profile data;
        // reporting writes reports; EssayLint is the one façade.
        .target(name: "EssayCore", path: "Sources/EssayCore", swiftSettings: fuzzInstrumentation),
        .target(name: "EssayText", dependencies: ["EssayCore", "CEssayICU"], path: "Sources/EssayText",
                swiftSettings: fuzzInstrumentation),
        .target(name: "EssayDocuments", dependencies: ["EssayCore", "EssayText", "CEssayDocs", "Ccmark"],
                path: "Sources/EssayDocuments", swiftSettings: fuzzInstrumentation),
        .target(name: "EssayProfiles", dependencies: ["EssayCore", .product(name: "Yams", package: "Yams")],
                path: "Sources/EssayProfiles", swiftSettings: fuzzInstrumentation, plugins: ["EmbedLexiconsPlugin"]),
        .target(name: "EssayStructure", dependencies: ["EssayCore", "EssayText"], path: "Sources/EssayStructure",
                swiftSettings: fuzzInstrumentation),
        .target(name: "EssayLanguage", dependencies: ["EssayCore", "EssayText", "EssayStructure"], path: "Sources/EssayLanguage",
                swiftSettings: fuzzInstrumentation, plugins: ["EmbedLexiconsPlugin"]),
        .target(name: "EssayRules", dependencies: ["EssayCore", "EssayText", "EssayProfiles", "EssayStructure", "EssayLanguage"],
                path: "Sources/EssayRules", swiftSettings: fuzzInstrumentation),
        .target(name: "EssayRubric", dependencies: ["EssayCore"], path: "Sources/EssayRubric", swiftSettings: fuzzInstrumentation),
        .target(name: "EssayReport", dependencies: ["EssayCore", "EssayRubric"], path: "Sources/EssayReport",
                swiftSettings: fuzzInstrumentation),
        .target(
            name: "EssayLint",
            dependencies: ["EssayCore", "EssayText", "EssayDocuments", "EssayProfiles", "EssayStructure", "EssayLanguage",
                           "EssayRules", "EssayRubric", "EssayReport", .product(name: "Yams", package: "Yams")],
            path: "Sources/EssayLint",
            swiftSettings: fuzzInstrumentation
        ),
        // `essaylint serve`: the page and the HTTP API over the façade.
        .target(
            name: "EssayServer",
            dependencies: ["EssayLint", "EssayReport", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                           .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Sources/EssayServer"
        ),
        // The language server (LSP 3.17 over JSON-RPC), a front end over the façade.
        .target(name: "EssayLSP", dependencies: ["EssayLint", "EssayReport"], path: "Sources/EssayLSP"),
        .executableTarget(
            name: "essaylint",
            dependencies: ["EssayLint", "EssayReport", "EssayServer", "EssayLSP",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/essaylint"
        ),
        .executableTarget(
            name: "icu-words",
            dependencies: ["CEssayICU"],
            path: "Benchmarks/icu-words"
        ),
        .executableTarget(
            name: "reporter-bench",
            dependencies: ["EssayLint", "EssayReport"],
            path: "Benchmarks/reporter-bench"
        ),
        // Fuzz targets (Fuzz/run.sh builds them with libFuzzer); built normally, a replay driver.
        .executableTarget(
            name: "essaylint-fuzz",
            dependencies: ["EssayLint", "EssayDocuments", "EssayReport"],
            path: "Fuzz/essaylint-fuzz",
            swiftSettings: fuzzing ? [.define("FUZZING"), .unsafeFlags(["-sanitize=fuzzer,address"])] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
        ),
        .testTarget(
            name: "EssayLintTests",
            dependencies: ["EssayCore", "EssayText", "EssayDocuments", "EssayProfiles", "EssayStructure", "EssayLanguage",
                           "EssayRules", "EssayRubric", "EssayReport", "EssayLint", "EssayServer", "EssayLSP", .product(name: "Yams", package: "Yams"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/EssayLintTests"
        ),
    ]
)
