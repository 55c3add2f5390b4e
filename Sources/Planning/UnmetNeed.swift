import TrainingModel
import Wording

/// A need the plan does not cover, with the reason in words a coordinator can act on:
/// this list is what new modules are commissioned from.
public struct UnmetNeed: Sendable, Hashable {
    public var need: Need
    public var reason: UnmetReason

    public init(need: Need, reason: UnmetReason) {
        self.need = need
        self.reason = reason
    }
}

/// Why a need is left out, from the first condition that fails.
public enum UnmetReason: Sendable, Hashable {
    /// No active module teaches the need's topic (or the matcher found none for its
    /// text); `withdrawn` lists modules that would have answered but are withdrawn; `closest`
    /// is the module the matcher found closest to a free-text need, though not close enough
    /// to answer it: the first one to look at for whoever checks the gap.
    case noModule(topic: String?, withdrawn: [String], closest: String? = nil)
    /// Modules answer the need, but none is meant for its kind of service.
    case audienceMismatch(modules: [String], serviceKind: ServiceKind)
    /// Modules answer the need for its service, but none is given in a language the staff
    /// can be trained in.
    case languageMismatch(modules: [ModuleLanguages], languages: [LanguageCode])
    /// Modules answer the need in its language, but only in modes the service does not accept.
    case modeMismatch(modules: [ModuleModes], accepted: [DeliveryMode])
    /// A new session of the module cannot be filled within its places (`minimum` to
    /// `maximum`) with the `available` staff who are not seated elsewhere and could join it.
    case tooFewParticipants(module: String, minimum: Int, maximum: Int, available: Int)
    /// A session that would cover the need does not fit in the training days left.
    case budgetExhausted(module: String, daysNeeded: Double, daysLeft: Double, budget: Double)
    /// The service answered that it would not train with other countries (`countries`)
    /// and/or other kinds of service (`services`), and too few staff of its own country or
    /// kind (`available`) could fill a session of the module (`minimum`).
    case ownAnswer(countries: Bool, services: Bool, module: String, minimum: Int, available: Int)

    /// A module's id with the languages it is given in.
    public struct ModuleLanguages: Sendable, Hashable {
        public var module: String
        public var languages: [LanguageCode]
        public init(module: String, languages: [LanguageCode]) {
            self.module = module
            self.languages = languages
        }
    }

    /// A module's id with the modes it is given in.
    public struct ModuleModes: Sendable, Hashable {
        public var module: String
        public var modes: [DeliveryMode]
        public init(module: String, modes: [DeliveryMode]) {
            self.module = module
            self.modes = modes
        }
    }

    /// The module found closest to a free-text need that no module answers, if any came near.
    public var closestModule: String? {
        if case .noModule(_, _, let closest) = self { closest } else { nil }
    }

    /// A short stable code for filters and scripts.
    public var code: String {
        switch self {
        case .noModule: "no-module"
        case .audienceMismatch: "audience"
        case .languageMismatch: "language"
        case .modeMismatch: "mode"
        case .tooFewParticipants: "too-few"
        case .budgetExhausted: "budget"
        case .ownAnswer: "own-answer"
        }
    }

    private static let english = ReaderLanguage.english

    /// The reason as one sentence for coordinators.
    public var explanation: String {
        switch self {
        case .noModule(let topic, let withdrawn, let closest):
            var text = topic.map { "no module answers it: no active module teaches the topic \"\($0)\"" }
                ?? "no module answers it: no module in the catalogues was found for this text"
            if !withdrawn.isEmpty {
                text += " (\(Self.english.list(withdrawn)) would, but \(withdrawn.count == 1 ? "is" : "are") withdrawn)"
            }
            if let closest { text += "; the closest module found, \(closest), was not judged to answer it" }
            return text
        case .audienceMismatch(let modules, let kind):
            return "audience mismatch: \(Self.english.list(modules)) \(modules.count == 1 ? "teaches" : "teach") it, but \(modules.count == 1 ? "it is not" : "none is") meant for \(kind.rawValue) staff"
        case .languageMismatch(let modules, let languages):
            let offered = modules.map { "\($0.module) (\($0.languages.map(\.tag).joined(separator: ", ")))" }
            let staff = languages.isEmpty
                ? "the need gives no language the staff can be trained in"
                : "the staff can be trained in \(languages.map(\.tag).joined(separator: ", ")) only"
            return "language mismatch: \(Self.english.list(offered)) \(modules.count == 1 ? "answers" : "answer") it; \(staff)"
        case .modeMismatch(let modules, let accepted):
            let offered = modules.map { "\($0.module) (\($0.modes.map(\.rawValue).joined(separator: ", ")))" }
            return "delivery mode mismatch: \(Self.english.list(offered)) \(modules.count == 1 ? "answers" : "answer") it, but the service accepts only \(accepted.map(\.rawValue).joined(separator: ", "))"
        case .tooFewParticipants(let module, let minimum, let maximum, let available):
            if available < minimum {
                return "too few participants: a session of \(module) needs at least \(minimum); only \(available) staff not seated elsewhere could attend it"
            }
            return "too few participants: a session of \(module) takes \(minimum) to \(maximum); the needs that could join this one (\(available) staff in all) do not add up to groups of that size"
        case .budgetExhausted(let module, let needed, let left, let budget):
            return "budget exhausted: the \(Self.english.number(budget, decimals: 2)) training days go to needs of higher weight; covering it would take \(Self.english.number(needed, decimals: 2)) more day\(needed == 1 ? "" : "s") of \(module), and \(Self.english.number(left, decimals: 2)) \(left == 1 ? "is" : "are") left"
        case .ownAnswer(let countries, let services, let module, let minimum, let available):
            let others = [countries ? "services of other countries" : nil, services ? "other kinds of service" : nil].compactMap { $0 }
            let own = countries && services ? "its own country and kind of service" : countries ? "its own country" : "its own kind of service"
            return "its own answer: the service would not train with \(others.joined(separator: " or ")), and a session of \(module) needs at least \(minimum) participants; only \(available) staff of \(own) could attend it"
        }
    }

}
