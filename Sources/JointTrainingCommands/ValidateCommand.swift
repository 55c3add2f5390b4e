import ArgumentParser
import CurriculumFormats
import Diagnostics
import SafeXML

/// `jointtraining catalogue validate FILE...`: checks files against their format.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate catalogues, thesauri and legal bases (the kind is read from the root element).",
        discussion: """
        Files are checked against their schema and against the rules a schema cannot \
        express. Give a thesaurus and a legal base together with a catalogue to check its \
        topic and legal-topic references too. Exit status 0 when every file is valid, 1 otherwise.
        """
    )

    @Argument(help: "The files to validate.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one file to validate.") }
    }

    func run() throws {
        let reports = CurriculumValidator.validate(files: files)
        let valid = reports.allSatisfy(\.isValid)
        switch format {
        case .json:
            try Output.json(ValidationResult(valid: valid, files: reports))
        case .text:
            for report in reports {
                for diagnostic in (report.errors + report.warnings).sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
                    Output.text(diagnostic.description)
                }
                if let summary = report.summary {
                    Output.text("\(report.file): valid \(summary)" + (report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning(s)"))
                } else {
                    Output.text("\(report.file): invalid, \(report.errors.count) error(s)")
                }
            }
        }
        if !valid { throw InputRejected() }
    }
}

/// The JSON document `validate --format json` prints.
struct ValidationResult: Encodable {
    var valid: Bool
    var files: [FileReport]
}
