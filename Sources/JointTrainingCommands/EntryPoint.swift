import ArgumentParser
import Foundation

/// Runs the command line and maps every outcome to the contract's exit statuses:
/// usage errors give 2 (not ArgumentParser's 64), invalid input 1, other failures 3.
public enum EntryPoint {
    @MainActor
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Int32 {
        do {
            var command = try JointTrainingCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.success.rawValue
        } catch is InputRejected {
            return ExitStatus.invalidInput.rawValue
        } catch let error as CommandFailure {
            Output.error(error.message)
            return ExitStatus.failure.rawValue
        } catch {
            let code = JointTrainingCommand.exitCode(for: error)
            let message = JointTrainingCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return ExitStatus.success.rawValue
            }
            if let exit = error as? ExitCode {
                return exit.rawValue
            }
            Output.error(message)
            return ExitStatus.usage.rawValue
        }
    }
}

/// A failure that is not the input's fault (a disk full, a database locked): exit status 3.
struct CommandFailure: Error {
    var message: String
}
