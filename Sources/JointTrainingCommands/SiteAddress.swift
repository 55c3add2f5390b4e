import ArgumentParser
import Foundation

/// The address respondents open their links at: one setting for `serve`, `survey invite` and
/// `survey remind`, so that the links a command prints and those the dashboard shows agree.
struct SiteAddress: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address of the survey web site, for the links (default JOINTTRAINING_BASE_URL, else http://localhost:8080; for serve, http://HOST:PORT).", valueName: "url"))
    var option: String?

    /// The address given, else the environment's, else `fallback`.
    func resolved(fallback: String = "http://localhost:8080") -> String {
        option ?? ProcessInfo.processInfo.environment["JOINTTRAINING_BASE_URL"] ?? fallback
    }

    /// Refuses an address that is not http(s) with a host.
    func validate() throws {
        guard let given = option ?? ProcessInfo.processInfo.environment["JOINTTRAINING_BASE_URL"] else { return }
        guard let url = URL(string: given), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw ValidationError("--base-url (or JOINTTRAINING_BASE_URL) must be an http:// or https:// address, e.g. https://survey.example.org")
        }
    }
}
