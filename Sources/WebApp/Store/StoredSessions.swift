import Crypto
import Foundation
import Hummingbird

/// Coordinators' sessions kept in the web store rather than in the process's memory: a restart
/// keeps them, and expiry, sign-out and a password change hold in every process serving the
/// same database. Rows are keyed by a SHA-256 of the session cookie, so that a copy of the
/// database holds no cookie that would sign anyone in.
struct StoredSessions: PersistDriver {
    let store: any WebStore
    let clock: WebClock

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let created = try await store.createSession(key: Self.hash(key), value: Self.encode(value), coordinator: Self.coordinator(value),
                                                    expiresAt: expiry(expires), now: clock.now())
        guard created else { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.setSession(key: Self.hash(key), value: Self.encode(value), coordinator: Self.coordinator(value),
                                   expiresAt: expiry(expires), now: clock.now())
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = clock.now()
        guard let stored = try await store.session(key: Self.hash(key), now: now),
              // A row another version wrote in another shape is no session.
              let object = try? JSONDecoder().decode(type, from: Data(stored.value)) else { return nil }
        return (object, stored.expiresAt.map { .seconds($0.timeIntervalSince(now)) })
    }

    func remove(key: String) async throws {
        try await store.removeSession(key: Self.hash(key))
    }

    /// Nothing runs in the background: expired sessions are never read, and are deleted each
    /// time a session is saved.
    func run() async throws {}

    private func expiry(_ duration: Duration?) -> Date? {
        duration.map { clock.now().addingTimeInterval(Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }
    }

    private static func hash(_ key: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(key.utf8)))
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        Array(try JSONEncoder().encode(value))
    }

    /// Whose session it is, so that a new password can end every session of that coordinator.
    private static func coordinator(_ value: some Sendable) -> String? {
        (value as? CoordinatorSession)?.name
    }
}
