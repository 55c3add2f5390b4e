import Foundation

/// The page-view load through wrk (Debian's `wrk`), when it is installed: a load generator in C
/// takes far less of the machine than the measured server, so its figures say more about the
/// server than a client of our own sharing the same two cores.
enum Wrk {
    struct Figures {
        var requests: Int
        var seconds: Double
        var rate: Double
        var p50: Double
        var p90: Double
        var p99: Double
        var failed: Int
        var output: String
    }

    static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/wrk" }
        return paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs wrk with `connections` connections for `seconds`, each request for the next of `paths`.
    static func run(_ wrk: String, port: UInt16, paths: [String], connections: Int, seconds: Int, folder: URL) throws -> Figures {
        let script = folder.appendingPathComponent("pages.lua")
        let list = paths.map { "\"\($0)\"" }.joined(separator: ",\n  ")
        try """
        local paths = {
          \(list)
        }
        local i = 0
        request = function()
          i = i + 1
          return wrk.format("GET", paths[(i % #paths) + 1])
        end
        """.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script.path, "http://127.0.0.1:\(port)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        func percentile(_ label: String) -> Double {
            guard let line = output.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }),
                  let value = line.split(separator: " ", omittingEmptySubsequences: true).last else { return .nan }
            return milliseconds(String(value))
        }
        let totals = output.split(separator: "\n").first { $0.contains("requests in") }?.split(separator: " ") ?? []
        let requests = totals.first.flatMap { Int($0) } ?? 0
        let elapsed = totals.count > 3 ? Self.seconds(String(totals[3].dropLast(totals[3].hasSuffix(",") ? 1 : 0))) : Double(seconds)
        let failed = output.split(separator: "\n").first { $0.contains("Non-2xx") }?.split(separator: " ").last.flatMap { Int($0) } ?? 0
        let errors = output.split(separator: "\n").first { $0.contains("Socket errors") }.map { _ in 1 } ?? 0
        return Figures(requests: requests, seconds: elapsed, rate: Double(requests) / elapsed, p50: percentile("50%"),
                       p90: percentile("90%"), p99: percentile("99%"), failed: failed + errors, output: output)
    }

    /// "812.00us", "1.23ms", "2.00s" in milliseconds.
    static func milliseconds(_ text: String) -> Double {
        if text.hasSuffix("us") { return (Double(text.dropLast(2)) ?? .nan) / 1000 }
        if text.hasSuffix("ms") { return Double(text.dropLast(2)) ?? .nan }
        if text.hasSuffix("s") { return (Double(text.dropLast()) ?? .nan) * 1000 }
        return .nan
    }

    static func seconds(_ text: String) -> Double {
        milliseconds(text) / 1000
    }
}
