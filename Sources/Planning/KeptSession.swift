import TrainingModel

/// A session of an earlier plan that a coordinator decided on (`"confirmed": true` in its
/// plan.json, or every session with `--keep-all`): it stays exactly as it was.
public struct KeptSession: Sendable, Hashable {
    /// Its id in the earlier plan (`C3`); it keeps it.
    public var id: String
    public var module: String
    public var language: LanguageCode
    public var mode: DeliveryMode
    public var quarter: String?
    public var dates: KeptDates?
    /// Staff per need id, in seating order.
    public var seats: [Seat]

    /// How many of a need's staff sit in the session.
    public struct Seat: Sendable, Hashable {
        public var need: String
        public var staff: Int
        public init(need: String, staff: Int) {
            self.need = need
            self.staff = staff
        }
    }

    public init(id: String, module: String, language: LanguageCode, mode: DeliveryMode, quarter: String? = nil,
                dates: KeptDates? = nil, seats: [Seat]) {
        self.id = id
        self.module = module
        self.language = language
        self.mode = mode
        self.quarter = quarter
        self.dates = dates
        self.seats = seats
    }
}

/// A session that was to be kept but no longer fits, and why: it is reported, never
/// silently dropped, and its needs are planned again with the others.
public struct NotKeptSession: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// No catalogue has the module any more.
        case moduleMissing
        /// The module is withdrawn.
        case moduleWithdrawn
        /// These needs are no longer in the inventory.
        case needsWithdrawn([String])
        /// The module is no longer given in the session's language or mode.
        case variantGone
    }

    public var session: KeptSession
    public var reason: Reason

    public init(session: KeptSession, reason: Reason) {
        self.session = session
        self.reason = reason
    }

    /// The reason in English, as plan.json gives it.
    public var explanation: String {
        switch reason {
        case .moduleMissing: "module \(session.module) is no longer in the catalogues"
        case .moduleWithdrawn: "module \(session.module) has been withdrawn"
        case .needsWithdrawn(let ids): "need\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") no longer in the inventory"
        case .variantGone: "module \(session.module) is no longer given in \(session.language.tag) (\(session.mode.rawValue))"
        }
    }

    /// A short stable code.
    public var code: String {
        switch reason {
        case .moduleMissing: "module-missing"
        case .moduleWithdrawn: "module-withdrawn"
        case .needsWithdrawn: "needs-withdrawn"
        case .variantGone: "variant-gone"
        }
    }
}
