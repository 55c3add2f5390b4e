import CurriculumExport
import Testing
import TestSupport
import TrainingModel

/// plan.md and plan.html as a reader gets them, in English and French, kept as snapshots so that
/// any change to what the exports say or how they look shows up as a reviewed diff.
@Suite("Export snapshots")
struct ExportSnapshotTests {
    static func options(_ language: LanguageCode) -> ExportOptions {
        var options = Sample.options
        options.language = language
        return options
    }

    @Test("plan.md", arguments: ["en", "fr"])
    func markdown(language: String) {
        expectSnapshot(of: PlanMarkdown.write(Sample.plan, options: Self.options(LanguageCode(language))),
                       as: "md", kind: "plan", variant: language)
    }

    @Test("plan.html", arguments: ["en", "fr"])
    func html(language: String) {
        expectSnapshot(of: PlanHTML.write(Sample.plan, options: Self.options(LanguageCode(language))),
                       as: "html", kind: "plan", variant: language)
    }
}
