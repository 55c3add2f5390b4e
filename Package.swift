// swift-tools-version:6.0
import PackageDescription

// The layout follows the pipeline: XML → catalogue / survey → matching → planning → export,
// with the store, the web app and the command line on top. Imports only point down that line.
let package = Package(
    name: "JointTraining",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jointtraining", targets: ["jointtraining"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 through the system library (Debian libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Problems in input files, reported as FILE:LINE:COLUMN: message.
        .target(name: "Diagnostics"),
        // Safe parsing, XSD validation, typed reading and writing over libxml2.
        .target(name: "SafeXML", dependencies: ["CLibXML2", "Diagnostics"]),
        // Plain domain values: catalogues, modules, thesaurus, legal base, needs.
        .target(name: "TrainingModel"),
        // The catalogue, thesaurus and legal-base formats: schemas, decoding, checks, writing.
        .target(
            name: "CurriculumFormats",
            dependencies: ["Diagnostics", "SafeXML", "TrainingModel"],
            resources: [.embedInCode("Schemas")]
        ),
        // The needs CSV (FORMATS.md section 4): reading with line-precise errors, writing.
        .target(name: "NeedsCSV", dependencies: ["Diagnostics", "TrainingModel"]),
        // Proposed joint courses: candidates, sessions within places and budget, legal flags.
        // Pure functions, no I/O.
        .target(name: "Planning", dependencies: ["TrainingModel"]),
        // The plan as curriculum XML (own schema), CSV, Markdown, HTML, iCalendar and JSON.
        .target(
            name: "CurriculumExport",
            dependencies: ["Planning", "CurriculumFormats", "SafeXML", "NeedsCSV"],
            resources: [.embedInCode("Schemas")]
        ),
        // The commands, as a library so that the executable stays a thin entry point.
        .target(
            name: "JointTrainingCommands",
            dependencies: [
                "CurriculumFormats",
                "NeedsCSV",
                "Planning",
                "CurriculumExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "jointtraining", dependencies: ["JointTrainingCommands"]),

        // Benchmarks: `Benchmarks/run` builds them in release mode and prints the figures.
        .executableTarget(
            name: "CatalogueValidationBenchmark",
            dependencies: ["CurriculumFormats"],
            path: "Benchmarks/CatalogueValidation"
        ),
        .executableTarget(
            name: "PlanningBenchmark",
            dependencies: ["Planning"],
            path: "Benchmarks/Planning",
            exclude: ["reference_milp.py"]
        ),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML"]),
        .testTarget(name: "TrainingModelTests", dependencies: ["TrainingModel"]),
        .testTarget(name: "NeedsCSVTests", dependencies: ["NeedsCSV"]),
        .testTarget(name: "CurriculumFormatsTests", dependencies: ["CurriculumFormats"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning"]),
        .testTarget(name: "CurriculumExportTests", dependencies: ["CurriculumExport", "NeedsCSV", "SafeXML"]),
        .testTarget(name: "JointTrainingCommandsTests", dependencies: ["JointTrainingCommands", "jointtraining"]),
    ]
)
