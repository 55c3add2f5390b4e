import ArgumentParser

/// The exit statuses of the command contract (docs/formats.md section 5).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// The input is invalid; every problem has been printed.
    case invalidInput = 1
    case usage = 2
    case failure = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}

/// Thrown by a command once it has printed the problems of its input.
struct InputRejected: Error {}
