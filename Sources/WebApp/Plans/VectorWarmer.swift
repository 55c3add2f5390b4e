import CurriculumFormats
import Diagnostics
import Logging
import NIOPosix
import PlanPipeline
import SurveyStore
import TrainingModel

/// Computes the embedding vectors a plan will need before a coordinator asks for the plan, and
/// keeps them in the web store (`StoredVectors`): the shipped catalogues' modules (and the
/// thesaurus's language directions) when the app starts, an uploaded catalogue's modules once it
/// is kept, a survey's needs when a response is submitted and when its plan form is opened.
/// "Match and plan" then finds them in the store instead of waiting seconds for the model on
/// the request.
///
/// One job at a time, in the order the jobs reach the actor (`ask` does not wait, so two jobs
/// asked at once may swap), each on the thread pool; a job asked for again while it waits is
/// done once. The vectors are those of `MatchSemantics.prepare`, the very call a plan
/// makes, so that a plan of the shipped catalogues reads every one of them back.
actor VectorWarmer {
    enum Job: Hashable, Sendable {
        /// The shipped catalogues' modules, and the thesaurus's language directions.
        case shipped
        /// An uploaded catalogue's modules.
        case upload(Int64)
        /// A survey's needs, read as the shipped catalogues' index reads them.
        case needs(survey: String)
    }

    private let model: SemanticModel
    private let web: any WebStore
    private let surveys: any SurveyStore
    private let curricula: LoadedCurricula
    private let logger: Logger
    private var waiting: [Job] = []
    private var working = false
    /// Jobs queued and jobs done so far, for `caughtUp()`; jobs are done in the order queued.
    private var queued = 0, done = 0
    /// Plans waiting, by id: the job they wait for, and the timer that stops their wait.
    private var waiters: [Int: (job: Int, continuation: CheckedContinuation<Void, Never>, timer: Task<Void, Never>)] = [:]
    private var nextWaiter = 0

    init(model: SemanticModel, web: any WebStore, surveys: any SurveyStore, curricula: LoadedCurricula,
         logger: Logger = Logger(label: "jointtraining.vectors")) {
        self.model = model
        self.web = web
        self.surveys = surveys
        self.curricula = curricula
        self.logger = logger
    }

    /// Asks for `job` without waiting for it; nothing to do without the model.
    nonisolated func ask(_ job: Job) {
        guard model.modelID != nil else { return }
        Task { await self.enqueue(job) }
    }

    /// Returns once every job queued so far is done, or once `limit` has passed: a plan asked
    /// for while the model is still embedding what it needs waits for those vectors instead of
    /// computing them a second time beside the warm-up (which, on two cores, took twice as long
    /// as either alone); behind a long queue (a large upload) it stops waiting and computes
    /// what it still lacks itself.
    func caughtUp(within limit: Duration = .seconds(30)) async {
        let target = queued
        guard done < target else { return }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task { [weak self] in
            guard (try? await Task.sleep(for: limit)) != nil else { return }
            await self?.release(id)
        }
        await withCheckedContinuation { waiters[id] = (target, $0, timer) }
    }

    private func release(_ id: Int) {
        guard let waiter = waiters.removeValue(forKey: id) else { return }
        waiter.timer.cancel()
        waiter.continuation.resume()
    }

    private func enqueue(_ job: Job) async {
        if !waiting.contains(job) {
            waiting.append(job)
            queued += 1
        }
        guard !working else { return }
        working = true
        while !waiting.isEmpty {
            let next = waiting.removeFirst()
            do {
                try await perform(next)
            } catch {
                // The plan computes what is missing itself: a failed warm-up costs time, not data.
                logger.warning("embedding vectors for \(next) not computed ahead: \(error)")
            }
            done += 1
            for (id, waiter) in waiters where waiter.job <= done { release(id) }
        }
        working = false
    }

    private func perform(_ job: Job) async throws {
        let shippedModules = curricula.catalogues.keys.sorted().flatMap { curricula.catalogues[$0]!.modules }
        var modules = shippedModules, needs: [Need] = []
        switch job {
        case .shipped:
            break
        case .upload(let id):
            guard let stored = try await web.catalogue(id: id) else { return }
            modules = try await NIOThreadPool.singleton.runIfActive {
                guard case .catalogue(let catalogue) = try CurriculumReader.read(bytes: stored.content, name: stored.filename).value else { return [] }
                return catalogue.modules
            }
        case .needs(let survey):
            needs = try await surveys.exportNeeds(of: survey).filter { $0.topic == nil }
            guard !needs.isEmpty else { return }
        }
        guard !modules.isEmpty else { return }
        let thesaurus = curricula.thesaurus, read = (modules: modules, needs: needs)
        try await StoredVectors.run(model, in: web, logger: logger) {
            _ = MatchSemantics.prepare(modules: read.modules, needs: read.needs, thesaurus: thesaurus, model: $0)
        }
    }
}
