import Planning

/// Every file a plan is exported to, by name: what `plan --out DIR` writes and what the web
/// app offers for download. The calendar comes only when the options give a first day.
public enum PlanExports {
    /// The files, in the order they are listed; `curriculum` is the plan's `CurriculumXML`,
    /// which callers have already written to check it against its schema.
    public static func files(_ plan: Plan, options: ExportOptions, curriculum: String) throws -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = [
            ("curriculum.xml", curriculum),
            ("plan.csv", PlanCSV.write(plan, options: options)),
            ("plan.md", PlanMarkdown.write(plan, options: options)),
            ("plan.html", PlanHTML.write(plan, options: options)),
            ("plan.json", try PlanJSON.encode(plan, options: options) + "\n"),
        ]
        if let calendar = PlanICS.write(plan, options: options) { files.append(("plan.ics", calendar)) }
        return files
    }
}
