/// The database server could not be reached (stopped, restarting, network down). Nothing was
/// done: the caller may try again, and a web page says so with 503 rather than an error dump.
public struct StoreUnavailable: Error, Sendable, CustomStringConvertible {
    /// Where the store was looked for, without any password.
    public var location: String
    /// What the connection attempt answered.
    public var reason: String

    public init(location: String, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String {
        "the database server at \(location) cannot be reached (\(reason)); check that it is running and try again"
    }
}
