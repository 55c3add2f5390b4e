import Embeddings
import Foundation
import HTTPTypes
import PlanPipeline
import SurveyStore
import Synchronization
import Testing
import TrainingModel
@testable import WebApp

/// A model that counts the texts it is asked, with a vector per text made from its bytes.
final class CountingModel: SentenceEmbedder, Sendable {
    let modelID = "counting-model"
    let dimension = 8
    let asked = Mutex(0)
    /// How long each call takes, as a real model's first call on a catalogue does.
    let delay: TimeInterval

    init(delay: TimeInterval = 0) {
        self.delay = delay
    }

    /// A stand-in for the real model where a test does not look at what meaning finds: its vectors
    /// cost nothing to compute.
    static let quick = SemanticModel(embedder: CountingModel())

    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        asked.withLock { $0 += texts.count }
        return texts.map { text in
            var vector = [Float](repeating: 0, count: dimension)
            for (index, byte) in (role.rawValue + text).utf8.enumerated() { vector[(index + Int(byte)) % dimension] += Float(byte % 7) + 1 }
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return vector.map { $0 / norm }
        }
    }
}

@Suite("embedding vectors in the web store")
struct PlanVectorsTests {
    /// Waits until `condition` holds, for at most a minute.
    static func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<600 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test("the shipped catalogues are embedded when the app starts and a survey's needs when its plan form opens, into the store: the plan asks the model nothing")
    func computedAhead() async throws {
        let model = CountingModel()
        let world = try await PlanningPageTests.world(model: SemanticModel(embedder: model))
        // What a plan of the shipped catalogues and the sample needs embeds, worked out on its own.
        let curricula = ShippedCurricula(directory: TestWorld.shipped("Curricula")).load()
        let needs = try await world.surveys.exportNeeds(of: "thb-needs-2027").filter { $0.topic == nil }
        let (all, expected) = try #require(SemanticModel(embedder: CountingModel()).caching([]))
        _ = MatchSemantics.prepare(modules: curricula.catalogues.values.flatMap(\.modules), needs: needs, thesaurus: curricula.thesaurus, model: all)
        let (shipped, modulesOnly) = try #require(SemanticModel(embedder: CountingModel()).caching([]))
        _ = MatchSemantics.prepare(modules: curricula.catalogues.values.flatMap(\.modules), needs: [], thesaurus: curricula.thesaurus, model: shipped)
        #expect(expected.added().count > modulesOnly.added().count)

        try await world.run { browser in
            // Started with the app, before any page: the modules, the thesaurus's labels.
            #expect(try await Self.eventually { try await world.web.embeddingVectors(model: model.modelID).count == modulesOnly.added().count })
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            #expect(try await Self.eventually { try await world.web.embeddingVectors(model: model.modelID).count == expected.added().count })
            let computed = model.asked.withLock { $0 }
            #expect(computed == expected.added().count, "each text embedded once")

            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:cepol-thb-2027.xml"),
                                                             ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60")])
            #expect(run.status == .seeOther)
            #expect(model.asked.withLock { $0 } == computed, "the plan read every vector from the store")
            let page = try await browser.get(try #require(run.location))
            #expect(page.status == .ok && !page.body.contains("matching-notes"))
        }
        #expect(try await world.web.embeddingVectors(model: model.modelID).count == expected.added().count)
    }

    @Test("a plan of one shipped catalogue reuses the needs embedded ahead for both: only a need its catalogue's vocabulary respells otherwise is embedded again")
    func anotherSelectionReusesTheNeeds() async throws {
        let model = CountingModel()
        let world = try await PlanningPageTests.world(model: SemanticModel(embedder: model))
        let curricula = ShippedCurricula(directory: TestWorld.shipped("Curricula")).load()
        let needs = try await world.surveys.exportNeeds(of: "thb-needs-2027").filter { $0.topic == nil }
        let (both, ahead) = try #require(SemanticModel(embedder: CountingModel()).caching([]))
        _ = MatchSemantics.prepare(modules: curricula.catalogues.values.flatMap(\.modules), needs: needs, thesaurus: curricula.thesaurus, model: both)
        // What a plan of the IGO catalogue alone adds to that, worked out on its own.
        let igo = try #require(curricula.catalogues.first { $0.key.hasSuffix("/igo-ifj-2027.xml") }?.value)
        let (alone, respelt) = try #require(SemanticModel(embedder: CountingModel()).caching(ahead.added()))
        _ = MatchSemantics.prepare(modules: igo.modules, needs: needs, thesaurus: curricula.thesaurus, model: alone)
        // The sample has a need whose misspelt word only the other catalogue's vocabulary corrects.
        #expect(respelt.added().count > 0 && respelt.added().count < needs.count / 10)

        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            #expect(try await Self.eventually { try await world.web.embeddingVectors(model: model.modelID).count == ahead.added().count })
            let computed = model.asked.withLock { $0 }
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60")])
            #expect(run.status == .seeOther)
            #expect(model.asked.withLock { $0 } == computed + respelt.added().count)
        }
        #expect(try await world.web.embeddingVectors(model: model.modelID).count == ahead.added().count + respelt.added().count)
    }

    @Test("a plan that finds vectors missing from the store computes and keeps them, the next asks the model nothing; an upload is embedded once kept")
    func keptByThePlan() async throws {
        let model = CountingModel()
        let world = try await PlanningPageTests.world(model: SemanticModel(embedder: model))
        let web = world.web
        @Sendable func stored() async throws -> Int { try await web.embeddingVectors(model: model.modelID).count }
        try await world.run { browser in
            let dashboard = try await browser.signIn()
            // The shipped catalogues' vectors, computed when the app started.
            #expect(try await Self.eventually {
                let count = try await stored()
                return count > 0 && model.asked.withLock { $0 } == count
            })
            let warm = try await stored()
            // Posted without opening the form: the needs are embedded by the plan, and kept.
            let admin = try await browser.get("/admin")
            let token = try #require(dashboard.csrf ?? admin.csrf)
            let first = try await browser.post("/admin/plan", [("_csrf", token), ("catalogue", "file:cepol-thb-2027.xml"),
                                                               ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60")])
            #expect(first.status == .seeOther)
            let asked = model.asked.withLock { $0 }
            let kept = try await stored()
            #expect(kept == asked && asked > warm)
            let second = try await browser.post("/admin/plan", [("_csrf", token), ("catalogue", "file:cepol-thb-2027.xml"),
                                                                ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "30")])
            #expect(second.status == .seeOther)
            #expect(model.asked.withLock { $0 } == asked)

            // An uploaded catalogue whose titles are new: embedded once kept, before any plan.
            let catalogue = try String(contentsOfFile: TestWorld.shipped("Curricula/catalogues/igo-ifj-2027.xml"), encoding: .utf8)
                .replacingOccurrences(of: "<title xml:lang=\"nl\">", with: "<title xml:lang=\"nl\">Kopie: ")
            let uploaded = try await browser.upload("/admin/plan/catalogues", fields: [("_csrf", token)], file: ("file", "kopie.xml", catalogue))
            #expect(uploaded.status == .ok)
            #expect(try await Self.eventually {
                let count = try await stored()
                return count > asked && model.asked.withLock { $0 } == count
            })
        }
    }

    @Test("a submitted response's needs are embedded into the store once it is submitted, before any coordinator opens a page")
    func embeddedOnSubmission() async throws {
        let model = CountingModel()
        var settings = WebSettings()
        settings.curriculaDirectory = TestWorld.shipped("Curricula")
        settings.semanticModel = SemanticModel(embedder: model)
        let world = try await TestWorld(settings: settings)
        let web = world.web
        @Sendable func stored() async throws -> Int { try await web.embeddingVectors(model: model.modelID).count }
        let token = try #require(world.tokens["Politiezone Antwerpen"])
        try await world.run { browser in
            #expect(try await Self.eventually {
                let count = try await stored()
                return count > 0 && model.asked.withLock { $0 } == count
            })
            let warm = try await stored()
            let form = try await browser.get("/s/\(token)")
            let submitted = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            #expect(submitted.status == .seeOther)
            #expect(try await Self.eventually { try await stored() > warm })
        }
    }

    @Test("a plan asked for while the shipped catalogues are still being embedded waits for them rather than embedding them again")
    func planWaitsForTheWarmUp() async throws {
        let model = GatedModel()
        let world = try await PlanningPageTests.world(model: SemanticModel(embedder: model))
        try await world.run { browser in
            let dashboard = try await browser.signIn()
            let admin = try await browser.get("/admin")
            let token = try #require(dashboard.csrf ?? admin.csrf)
            // The warm-up is held at its first call, and keeps nothing before its last one; it is
            // let go while the plan is under way.
            #expect(try await Self.eventually { model.entered.withLock { $0 } })
            #expect(try await world.web.embeddingVectors(model: model.modelID).isEmpty)
            Task {
                try await Task.sleep(for: .seconds(1))
                model.open.signal()
            }
            let run = try await browser.post("/admin/plan", [("_csrf", token), ("catalogue", "file:cepol-thb-2027.xml"),
                                                             ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60")])
            #expect(run.status == .seeOther)
            let stored = try await world.web.embeddingVectors(model: model.modelID).count
            #expect(model.counting.asked.withLock { $0 } == stored, "every text embedded once")
        }
    }

    @Test("a plan stops waiting for a warm-up that takes too long, and the warm-up still keeps its vectors")
    func waitingHasALimit() async throws {
        let model = GatedModel()
        let world = try await TestWorld()
        let warmer = VectorWarmer(model: SemanticModel(embedder: model), web: world.web, surveys: world.surveys,
                                  curricula: ShippedCurricula(directory: TestWorld.shipped("Curricula")).load())
        warmer.ask(.shipped)
        #expect(try await Self.eventually { model.entered.withLock { $0 } })
        await warmer.caughtUp(within: .milliseconds(200))
        #expect(try await world.web.embeddingVectors(model: model.modelID).isEmpty, "returned while the model was still at work")
        model.open.signal()
        await warmer.caughtUp()
        #expect(try await world.web.embeddingVectors(model: model.modelID).count > 0)
    }
}

/// A counting model whose first call waits until the test lets it go (for at most a minute).
final class GatedModel: SentenceEmbedder, Sendable {
    let modelID = "gated-model"
    let dimension = 8
    let counting = CountingModel()
    let entered = Mutex(false)
    let open = DispatchSemaphore(value: 0)

    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        let first = entered.withLock { was in defer { was = true }; return !was }
        if first { _ = open.wait(timeout: .now() + 60) }
        return try counting.embed(texts, role: role)
    }
}
