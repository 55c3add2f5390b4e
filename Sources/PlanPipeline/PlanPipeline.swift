import CurriculumExport
import Diagnostics
import Matching
import Planning
import TrainingModel

/// Read inputs → matched candidates → plan → exports: the one pipeline that `jointtraining
/// plan` and the web app's "Match and plan" both run. Pure apart from the embedding model and
/// its cache: no store, no files of its own.
public struct PlanPipeline: Sendable {
    public var needs: [Need]
    public var catalogues: [Catalogue]
    /// The thesaurus the inputs were checked against: the planner links modules to legal topics
    /// through it.
    public var thesaurus: Thesaurus?
    /// The thesaurus the matcher uses, when it differs from `thesaurus` (the command's shipped
    /// default when none is given); nil: `thesaurus`.
    public var matchingThesaurus: Thesaurus?
    public var legalBase: LegalBase?
    public var budgetDays: Double
    /// The export options; their providers are set from the catalogues.
    public var options: ExportOptions
    /// Sessions of an earlier plan to keep as they were.
    public var kept: [KeptSession]

    public init(needs: [Need], catalogues: [Catalogue], thesaurus: Thesaurus?, matchingThesaurus: Thesaurus? = nil,
                legalBase: LegalBase?, budgetDays: Double, options: ExportOptions, kept: [KeptSession] = []) {
        self.needs = needs
        self.catalogues = catalogues
        self.thesaurus = thesaurus
        self.matchingThesaurus = matchingThesaurus
        self.legalBase = legalBase
        self.budgetDays = budgetDays
        self.options = options
        self.kept = kept
    }

    /// What a run gives: the matcher's candidates, the plan and its checked curriculum XML.
    public struct Run: Sendable {
        public var semantics: MatchSemantics
        public var matched: MatchedCandidates
        public var plan: Plan
        /// The options the exports are written with (providers from the catalogues).
        public var options: ExportOptions
        /// `CurriculumXML` of the plan, valid against its schema.
        public var curriculum: String

        /// Every file of `PlanExports`, curriculum.xml first.
        public func files() throws -> [(name: String, bytes: [UInt8])] {
            try PlanExports.files(plan, options: options, curriculum: curriculum)
        }

        /// The matches of every need (`match --format json` shape), with the semantic evidence.
        public func matchesJSON(needs: [Need]) throws -> String {
            try MatchesJSON.encode(needs: needs, matches: matched.index.matches(for: needs, vectors: semantics.needs),
                                   language: options.language)
        }
    }

    /// The export does not match its own schema: a fault of the program, not of the input.
    public struct SchemaFailure: Error, CustomStringConvertible, Sendable {
        public var problems: [Diagnostic]
        public var description: String {
            "internal error: the curriculum export does not match its schema:\n" + problems.map(\.description).joined(separator: "\n")
        }
    }

    /// Module ids used in more than one of the catalogues, as `ModuleDuplicates` finds them
    /// (positions from the files named).
    public static func duplicates(_ catalogues: [(name: String, catalogue: Catalogue, bytes: [UInt8]?)]) -> [ModuleDuplicate] {
        ModuleDuplicates.find(in: catalogues)
    }

    /// Matches, plans and writes the curriculum, checked against its schema. `model`: the
    /// embedding model looked for once by the caller; free-text needs get its vectors.
    public func run(model: SemanticModel) throws(SchemaFailure) -> Run {
        var options = options
        options.providers = ExportOptions.providers(of: catalogues)
        let modules = catalogues.flatMap(\.modules)
        let matchThesaurus = matchingThesaurus ?? thesaurus
        let (index, semantics) = MatchSemantics.prepare(modules: modules, needs: needs.filter { $0.topic == nil },
                                                        thesaurus: matchThesaurus, model: model)
        let matched = MatchedCandidates(needs: needs, modules: modules, index: index, needVectors: semantics.needs)
        let plan = Planner.plan(PlanningInput(
            needs: needs, modules: matched.modules, legalBase: legalBase, thesaurus: thesaurus,
            budgetDays: budgetDays, freeTextCandidates: matched.freeText, closestModules: matched.closest,
            earliestQuarter: options.start.map(SessionSchedule.quarter(of:)), kept: kept))
        let curriculum = CurriculumXML.write(plan, options: options)
        let problems = CurriculumSchema.validate(curriculum)
        guard problems.isEmpty else { throw SchemaFailure(problems: problems) }
        return Run(semantics: semantics, matched: matched, plan: plan, options: options, curriculum: curriculum)
    }
}
