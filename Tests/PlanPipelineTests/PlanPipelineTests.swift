import CurriculumExport
import CurriculumFormats
import Diagnostics
import Embeddings
import Foundation
@testable import PlanPipeline
import Planning
import Synchronization
import Testing
import TrainingModel

@Suite("the one plan pipeline")
struct PlanPipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/JointTrainingCommands/plan").path

    @Test("the shipped curricula are found by their one set of names, read and checked once")
    func shipped() throws {
        let files = ShippedCurricula(directory: Self.root.appendingPathComponent("Curricula").path)
        #expect(files.catalogueFiles.map { URL(fileURLWithPath: $0).lastPathComponent } == ["cepol-thb-2027.xml", "igo-ifj-2027.xml"])
        #expect(files.thesaurusFile?.hasSuffix("/Curricula/thesaurus/thb-topics.xml") == true)
        #expect(files.legalBaseFile?.hasSuffix("/Curricula/legal/benelux-thb.xml") == true)
        #expect(files.catalogueFile(named: "../catalogues/igo-ifj-2027.xml") == nil)
        let loaded = files.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.thesaurus != nil && loaded.legalBase != nil)
        #expect(Set(loaded.catalogues.keys) == Set(files.catalogueFiles))
    }

    @Test("a broken shipped catalogue is kept out with its problems; the others load")
    func brokenShipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("catalogues"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/catalogue.xml", toPath: folder.appendingPathComponent("catalogues/a.xml").path)
        try "<catalogue xmlns=\"urn:jointtraining:catalogue:1\" id=\"x\"><module/></catalogue>\n"
            .write(to: folder.appendingPathComponent("catalogues/b.xml"), atomically: true, encoding: .utf8)
        let loaded = ShippedCurricula(directory: folder.path).load()
        let bad = folder.appendingPathComponent("catalogues/b.xml").path
        #expect(loaded.catalogues.keys.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.xml"])
        #expect(loaded.problems[bad]?.isEmpty == false)
        #expect(loaded.problems[bad]?.allSatisfy { $0.file == bad } == true)
        #expect(loaded.thesaurus == nil && loaded.referenceProblems.isEmpty)
    }

    @Test("a module id found again is reported with its place, in a file or in uploaded bytes")
    func duplicates() throws {
        let file = Self.fixtures + "/catalogue.xml"
        let bytes = Array(FileManager.default.contents(atPath: file)!)
        guard case .catalogue(let catalogue) = try CurriculumReader.read(bytes: bytes, name: "upload.xml").value else {
            Issue.record("not a catalogue")
            return
        }
        let uploaded = PlanPipeline.duplicates([(file, catalogue, nil), ("upload.xml", catalogue, bytes)])
        #expect(uploaded.map(\.id) == ["FIN", "IND"])
        #expect(uploaded.first == ModuleDuplicate(id: "FIN", file: "upload.xml", line: 3, column: 3, firstFile: file))
        #expect(uploaded.first?.diagnostic.description
            == "upload.xml:3:3: module id \"FIN\" is also used in \(file); module ids must differ across the catalogues read together")
        let read = CurriculumInputs(catalogues: [file, file], needs: nil, thesaurus: nil, legal: nil)
        #expect(read.problems.map(\.description) == PlanPipeline.duplicates([(file, catalogue, nil), (file, catalogue, nil)]).map(\.diagnostic.description))
        #expect(read.problems.first?.line == 3)
        #expect(PlanPipeline.duplicates([(file, catalogue, nil)]).isEmpty)
    }

    @Test("a run gives the plan and every export, curriculum.xml valid against its schema, and the matches of every need")
    func run() throws {
        let read = CurriculumInputs(catalogues: [Self.fixtures + "/catalogue.xml"], needs: Self.fixtures + "/needs.csv",
                                    thesaurus: nil, legal: Self.fixtures + "/legal.xml")
        #expect(read.problems.isEmpty)
        let pipeline = PlanPipeline(needs: read.needs, catalogues: read.catalogues, thesaurus: nil, legalBase: read.legalBase,
                                    budgetDays: 10, options: ExportOptions(language: LanguageCode("fr"), start: CivilDate("2027-03-01")))
        let run = try pipeline.run(model: .none)
        // Neither a thesaurus nor the model: the words alone, said once.
        #expect(run.semantics.model == nil)
        #expect(run.semantics.notes == [.wordsOnly])
        #expect(!run.plan.sessions.isEmpty)
        #expect(run.options.providers == ["FIN": "Fixture academy", "IND": "Fixture academy"])
        #expect(CurriculumSchema.validate(run.curriculum).isEmpty)
        let files = try run.files()
        #expect(files.map(\.name) == ["curriculum.xml", "curriculum-elm.xml", "plan.csv", "plan.xlsx", "plan.md", "plan.html", "plan.json", "plan.ics"])
        #expect(files.first?.bytes == Array(run.curriculum.utf8))
        let matches = try JSONSerialization.jsonObject(with: Data(try run.matchesJSON(needs: read.needs).utf8)) as? [String: Any]
        #expect((matches?["needs"] as? [Any])?.count == read.needs.count)
    }

    @Test("the model reads each free-text need as the matcher's words do: a misspelt word as the word meant")
    func modelReadsNeedsAsWordsDo() throws {
        let read = CurriculumInputs(catalogues: [Self.fixtures + "/catalogue.xml"], needs: Self.fixtures + "/needs.csv",
                                    thesaurus: nil, legal: Self.fixtures + "/legal.xml")
        let typed = Need(id: "T1", country: "BE", serviceKind: .police, text: "Spotting the indicatros in time", language: "en")
        let pipeline = PlanPipeline(needs: read.needs + [typed], catalogues: read.catalogues, thesaurus: nil, legalBase: read.legalBase,
                                    budgetDays: 10, options: ExportOptions(language: LanguageCode("en")))
        let model = RecordingEmbedder()
        let run = try pipeline.run(model: SemanticModel(embedder: model))
        #expect(run.semantics.model == "recording")
        // Only the free-text need is embedded as a query, spelt as the catalogue spells it.
        #expect(Array(run.semantics.needs.keys) == ["T1"])
        let queries = model.queries.withLock { $0 }
        #expect(queries.contains("Spotting the indicators in time"))
        #expect(!queries.contains { $0.contains("indicatros") })
    }
}

/// Records the queries it is asked; every vector is the same, which is all this needs.
final class RecordingEmbedder: SentenceEmbedder, Sendable {
    let modelID = "recording"
    let dimension = 4
    let queries = Mutex<[String]>([])
    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        if role == .query { queries.withLock { $0 += texts } }
        return texts.map { _ in [0.5, 0.5, 0.5, 0.5] }
    }
}
