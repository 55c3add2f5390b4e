import TrainingModel

/// Finds the modules that may cover a need (FORMATS.md section 5) and, when there are
/// none, says which condition failed.
///
/// A need with a `topic` may be covered by exactly the modules that carry that topic;
/// a free-text need by the modules the caller's matcher proposed. Either way a candidate
/// must be active, meant for the need's kind of service, given in a language the staff
/// can be trained in, and given in a mode the service accepts.
struct CandidateFinder {
    let modules: [TrainingModule]
    private let modulesByTopic: [String: [Int]]
    private let moduleIndex: [String: Int]

    init(modules: [TrainingModule]) {
        self.modules = modules
        var byTopic: [String: [Int]] = [:]
        var index: [String: Int] = [:]
        for (position, module) in modules.enumerated() {
            for topic in Set(module.topics) { byTopic[topic, default: []].append(position) }
            if index[module.id] == nil { index[module.id] = position }
        }
        modulesByTopic = byTopic
        moduleIndex = index
    }

    /// The indices of the candidate modules, or the reason there are none; `closest`: the
    /// module the matcher found closest to a free-text need it gave no candidates.
    func candidates(for need: Need, freeText: [String]?, closest: String? = nil) -> Result<[Int], UnmetFailure> {
        let pool: [Int]
        if let topic = need.topic {
            pool = modulesByTopic[topic] ?? []
        } else {
            var seen = Set<Int>()
            pool = (freeText ?? []).compactMap { moduleIndex[$0] }.filter { seen.insert($0).inserted }
        }
        let active = pool.filter { modules[$0].status == .active }
        guard !active.isEmpty else {
            return .failure(UnmetFailure(.noModule(topic: need.topic, withdrawn: pool.map { modules[$0].id }, closest: pool.isEmpty ? closest : nil)))
        }
        let forService = active.filter { modules[$0].audiences.contains(need.serviceKind) }
        guard !forService.isEmpty else {
            return .failure(UnmetFailure(.audienceMismatch(modules: active.map { modules[$0].id }, serviceKind: need.serviceKind)))
        }
        let staffLanguages = need.trainingLanguages
        let inLanguage = forService.filter { !Self.sharedLanguages(modules[$0], staffLanguages).isEmpty }
        guard !inLanguage.isEmpty else {
            return .failure(UnmetFailure(.languageMismatch(
                modules: forService.map { UnmetReason.ModuleLanguages(module: modules[$0].id, languages: modules[$0].languages) },
                languages: staffLanguages
            )))
        }
        let inMode = inLanguage.filter { modules[$0].modes.contains(where: need.accepts) }
        guard !inMode.isEmpty else {
            return .failure(UnmetFailure(.modeMismatch(
                modules: inLanguage.map { UnmetReason.ModuleModes(module: modules[$0].id, modes: modules[$0].modes) },
                accepted: need.modes
            )))
        }
        return .success(inMode)
    }

    /// The module's languages that the staff can be trained in. Tags are compared by their
    /// primary subtag, so staff trained in `nl` can attend a session given in `nl-BE`.
    static func sharedLanguages(_ module: TrainingModule, _ staff: [LanguageCode]) -> [LanguageCode] {
        let primaries = Set(staff.map(\.primary))
        var seen = Set<LanguageCode>()
        return module.languages.filter { primaries.contains($0.primary) && seen.insert($0).inserted }
    }
}

/// A candidate search that found nothing, with its reason.
struct UnmetFailure: Error {
    var reason: UnmetReason
    init(_ reason: UnmetReason) { self.reason = reason }
}
