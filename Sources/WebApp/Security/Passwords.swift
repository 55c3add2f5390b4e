import HummingbirdBcrypt

/// Coordinators' passwords: stored only as bcrypt hashes (salted, deliberately slow).
public enum Passwords {
    /// The shortest password accepted.
    public static let minimumLength = 10

    /// The hash to store for `password`; `cost` 12 takes about a quarter of a second.
    public static func hash(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// What is wrong with a new password, or nil when it can be used.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "the password is too short: use at least \(minimumLength) characters" }
        if password.utf8.count > 72 { return "the password is too long: bcrypt uses at most 72 bytes" }
        return nil
    }
}
