import Foundation
import HTTPTypes
import Testing
import TestSupport
@testable import WebApp

/// The main pages as a browser receives them, kept as snapshots under Tests/Fixtures/Snapshots:
/// a change to what a coordinator or a head of service sees is a reviewed diff. Secrets that change
/// on every run (links, form tokens) are replaced by a placeholder; the clock stands still.
@Suite("Page snapshots")
struct PageSnapshotTests {
    /// Invitation links and CSRF tokens are random: base64url runs of 32 characters or more.
    static func stable(_ body: String) -> String {
        body.replacingOccurrences(of: "[A-Za-z0-9_-]{32,}", with: "⟨secret⟩", options: .regularExpression)
    }

    @Test("coordinator pages: sign-in, responses, invitations, inventory, plan form, a page not found")
    func coordinatorPages() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            expectSnapshot(of: Self.stable(try await browser.get("/login", headers: [.acceptLanguage: "en"]).body),
                           as: "html", kind: "login", variant: "en")
            _ = try await browser.signIn()
            for (path, kind, language) in [("/admin", "responses", "fr"), ("/admin/invitations", "invitations", "nl"),
                                           ("/admin/inventory", "inventory", "de"), ("/admin/plan", "plan-form", "en"),
                                           ("/admin/no-such-page", "not-found", "fr")] {
                let page = try await browser.get(path + "?lang=" + language)
                expectSnapshot(of: Self.stable(page.body), as: "html", kind: kind, variant: language)
            }
        }
    }

    @Test("the survey as a head of service opens it, in French and in Dutch")
    func surveyPages() async throws {
        let world = try await TestWorld()
        let token = try #require(world.tokens["Parquet de Liège"])
        try await world.run { browser in
            for language in ["fr", "nl"] {
                let page = try await browser.get("/s/\(token)?lang=\(language)")
                expectSnapshot(of: Self.stable(page.body), as: "html", kind: "survey", variant: language)
            }
        }
    }
}
