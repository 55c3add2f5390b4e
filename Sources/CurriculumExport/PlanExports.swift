import Planning

/// Every file a plan is exported to, by name: what `plan --out DIR` writes and what the web
/// app offers for download. The calendar comes only when the options give a first day.
public enum PlanExports {
    /// The files, in the order they are listed, with their bytes; `curriculum` is the plan's
    /// `CurriculumXML`, which callers have already written to check it against its schema.
    public static func files(_ plan: Plan, options: ExportOptions, curriculum: String) throws -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = [
            ("curriculum.xml", Array(curriculum.utf8)),
            ("curriculum-elm.xml", Array(CurriculumELM.write(plan, options: options).utf8)),
            ("plan.csv", Array(PlanCSV.write(plan, options: options).utf8)),
            ("plan.xlsx", try PlanCSV.xlsx(plan, options: options)),
            ("plan.md", Array(PlanMarkdown.write(plan, options: options).utf8)),
            ("plan.html", Array(PlanHTML.write(plan, options: options).utf8)),
            ("plan.json", Array((try PlanJSON.encode(plan, options: options) + "\n").utf8)),
        ]
        if let calendar = PlanICS.write(plan, options: options) { files.append(("plan.ics", Array(calendar.utf8))) }
        return files
    }
}
