/// The kind of service that answers a survey or that a module is meant for.
public enum ServiceKind: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case police
    case prosecution
    case labourInspection = "labour-inspection"
    case judiciary
    case borderGuard = "border-guard"
    case customs
    case socialInspection = "social-inspection"
    case ngo
    case other

    public static func < (lhs: ServiceKind, rhs: ServiceKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a module is delivered.
public enum DeliveryMode: String, CaseIterable, Hashable, Sendable, Codable {
    case onsite
    case online
    case webinar
    case blended
    case eLearning = "e-learning"
    case exchange
}
