import CurriculumExport
import Foundation
import Planning
import SafeXML
import Testing
import TrainingModel

/// The Europass ELM 3 learning-opportunity export (LOQ 3.1.0).
@Suite("curriculum-elm.xml")
struct CurriculumELMTests {
    static let namespace = "http://data.europa.eu/snb/model/ap/loq-constraints/"

    static func document() throws -> XMLDocument {
        try XMLDocument.parse(bytes: Array(CurriculumELM.write(Sample.plan, options: Sample.options).utf8), name: "curriculum-elm.xml")
    }

    @Test("each session is a learning opportunity with dates, duration, mode, language and provider, pointing at its module's specification")
    func opportunities() throws {
        let root = try Self.document().root
        #expect(root.name == "Courses" && root.namespaceURI == Self.namespace && root.attribute("xsdVersion") == "3.1.0")
        let opportunities = try #require(root.children(named: "learningOpportunityReferences").first).children(named: "learningOpportunity")
        #expect(opportunities.count == Sample.plan.sessions.count)
        let first = try #require(opportunities.first)
        let session = Sample.plan.sessions[0]
        #expect(first.attribute("id") == "urn:jointtraining:course:\(session.id)")
        #expect(Set(first.children(named: "title").compactMap { $0.attribute("language") }) == Set(session.module.titles.languages.map(\.tag)))
        let temporal = try #require(first.children(named: "temporal").first)
        #expect(temporal.children(named: "startDate").first?.text == "2027-01-11T00:00:00")
        #expect(first.children(named: "duration").first?.text == (session.days == 3 ? "P3D" : "PT4H"))
        #expect(first.children(named: "providedBy").first?.attribute("idref")?.hasPrefix("urn:jointtraining:provider:") == true)
        #expect(first.children(named: "learningAchievementSpecification").first?.attribute("idref") == "urn:jointtraining:module:\(session.module.id)")
        #expect(first.children(named: "defaultLanguage").first?.attribute("uri")?.hasSuffix("/" + (session.language.tag == "fr" ? "FRA" : session.language.tag == "nl" ? "NLD" : "ENG")) == true)
        #expect(first.children(named: "mode").first?.attribute("uri")?.hasPrefix("http://data.europa.eu/snb/learning-assessment/") == true)
        let note = first.children(named: "additionalNote").first?.children(named: "noteLiteral").first?.text ?? ""
        #expect(note.contains(String(session.participants)), "places and participants are in the note: \(note)")
    }

    @Test("modules carry EQF level, languages and outcomes; unmet needs are requested specifications in nl, fr, de and en")
    func specifications() throws {
        let root = try Self.document().root
        let specifications = try #require(root.children(named: "learningAchievementSpecificationReferences").first)
            .children(named: "learningAchievementSpecification")
        let modules = Set(Sample.plan.sessions.map(\.module.id))
        let moduleSpecs = specifications.filter { $0.attribute("id")?.hasPrefix("urn:jointtraining:module:") == true }
        #expect(moduleSpecs.count == modules.count)
        for spec in moduleSpecs {
            #expect(!spec.children(named: "ISCEDFCode").isEmpty && !spec.children(named: "language").isEmpty)
            #expect(!spec.children(named: "learningOutcome").isEmpty)
        }
        let requests = specifications.filter { $0.children(named: "status").first?.text == "requested" }
        #expect(requests.count == Sample.plan.unmet.count && !requests.isEmpty)
        for request in requests {
            #expect(request.children(named: "title").compactMap { $0.attribute("language") } == ["nl", "fr", "de", "en"])
            #expect(request.children(named: "description").count == 4)
        }
        let outcomeIDs = Set(try #require(root.children(named: "learningOutcomeReferences").first).children(named: "learningOutcome").compactMap { $0.attribute("id") })
        let referenced = specifications.flatMap { $0.children(named: "learningOutcome") }.compactMap { $0.attribute("idref") }
        #expect(Set(referenced).isSubset(of: outcomeIDs))
        #expect(CurriculumELM.write(Sample.plan, options: Sample.options).contains("urn:jointtraining:request:N5"), "need ids become URN parts")
    }

    @Test("durations and identifiers are valid ISO 8601 durations and URIs")
    func vocabulary() {
        #expect(CurriculumELMTests.duration(3) == "P3D")
        #expect(CurriculumELMTests.duration(0.5) == "PT4H")
        #expect(CurriculumELMTests.duration(2.25) == "PT18H")
    }

    static func duration(_ days: Double) -> String {
        // Read from a one-session plan's export, through the public API.
        let module = TrainingModule(id: "M", titles: LocalizedText([LocalizedString("en", "M")]), audiences: [.police],
                                    duration: .init(days * 8, .hour), modes: [.onsite], languages: ["en"], topics: ["t"])
        let need = Need(id: "N 1/é", country: "BE", serviceKind: .police, topic: "t", headcount: 2, languages: ["en"])
        let plan = Planner.plan(PlanningInput(needs: [need], modules: [module], budgetDays: 10))
        let xml = CurriculumELM.write(plan)
        guard let start = xml.range(of: "<duration>"), let end = xml.range(of: "</duration>") else { return "" }
        return String(xml[start.upperBound..<end.lowerBound])
    }

    @Test("valid against the LOQ schema when a copy is present (JOINTTRAINING_ELM_XSD or Tests/Fixtures/ELM/loq/loq.xsd)")
    func validAgainstLOQ() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schema = ProcessInfo.processInfo.environment["JOINTTRAINING_ELM_XSD"] ?? root.appendingPathComponent("Tests/Fixtures/ELM/loq/loq.xsd").path
        guard FileManager.default.fileExists(atPath: schema), FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            print("LOQ schema not present at \(schema): ELM export not validated")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-elm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = [Sample.plan, Planner.plan(PlanningInput(needs: Sample.input.needs, modules: [], budgetDays: 5))]
        for (index, plan) in plans.enumerated() {
            let file = folder.appendingPathComponent("elm-\(index).xml")
            try Data(CurriculumELM.write(plan, options: Sample.options).utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--nonet", "--schema", schema, file.path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(output)")
        }
    }
}
