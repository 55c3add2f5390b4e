import Foundation

/// Where a PostgreSQL database is, from a `--db postgres://USER@HOST:PORT/DB` address.
///
/// The password is never taken from the address's own text alone: `PGPASSWORD`, else the
/// matching line of `~/.pgpass` (or the file `PGPASSFILE` names), as `psql` reads them, so that
/// it stays out of shell histories and process lists. `?sslmode=require` (or `verify-full`)
/// asks for TLS; without it the connection is plain, as on a local socket or 127.0.0.1.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    public init(user: String, password: String?, host: String, port: Int = 5432, database: String, tls: TLSMode = .disable) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// Whether `text` names a PostgreSQL database rather than an SQLite file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The address without its password, for messages.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (tls == .disable ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// Reads an address; the message says what is wrong with it.
    public static func parse(_ original: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresLocation {
        // Messages name the address without the password it may carry.
        let text = withoutPassword(original)
        guard isAddress(text), let url = URLComponents(string: original) else {
            throw PostgresStoreError.badAddress(text, "write it as postgres://USER@HOST:PORT/DATABASE")
        }
        guard let host = url.host, !host.isEmpty else {
            throw PostgresStoreError.badAddress(text, "the server's host is missing (postgres://USER@HOST:PORT/DATABASE)")
        }
        let user = url.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw PostgresStoreError.badAddress(text, "the database name is missing (postgres://USER@HOST:PORT/DATABASE)")
        }
        let port = url.port ?? 5432
        var tls = TLSMode.disable
        for item in url.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                switch item.value ?? "" {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require": tls = .require
                case "verify-ca": tls = .verifyCA
                case "verify-full": tls = .verifyFull
                default: throw PostgresStoreError.badAddress(text, "sslmode must be disable, prefer, require, verify-ca or verify-full")
                }
            default:
                throw PostgresStoreError.badAddress(text, "unknown setting \"\(item.name)\" (only sslmode is read)")
            }
        }
        let password = url.password ?? environment["PGPASSWORD"]
            ?? passwordFile(environment: environment, host: host, port: port, database: database, user: user)
        return PostgresLocation(user: user, password: password, host: host, port: port, database: database, tls: tls)
    }

    /// `postgres://USER:SECRET@HOST/DB` as `postgres://USER:…@HOST/DB`, for messages.
    static func withoutPassword(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@") else { return text }
        let userInfo = text[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "…" + String(text[at...])
    }

    /// The password of the first matching `hostname:port:database:username:password` line
    /// (`*` matches anything; `\:` and `\\` are escapes), as libpq reads `~/.pgpass`.
    static func passwordFile(environment: [String: String], host: String, port: Int, database: String, user: String) -> String? {
        let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [], field = "", escaped = false
            for character in line {
                if escaped { field.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == ":" && fields.count < 4 { fields.append(field); field = "" }
                else { field.append(character) }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}

/// What the PostgreSQL store reports in words a coordinator can act on.
public enum PostgresStoreError: Error, CustomStringConvertible, Sendable {
    case badAddress(String, String)
    case migrationFailed(String, String)

    public var description: String {
        switch self {
        case .badAddress(let text, let problem): "--db \(text): \(problem)"
        case .migrationFailed(let id, let message): "the database schema could not be brought up to date (migration \(id)): \(message)"
        }
    }
}
