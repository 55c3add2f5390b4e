import Foundation
import HTTPTypes
import SurveyStore
import Testing
@testable import WebApp

@Suite("security")
struct SecurityTests {
    @Test("a state-changing request without the right anti-forgery token is refused with 403 and changes nothing")
    func csrf() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        let other = world.tokens["Politie Rotterdam"]!
        try await world.run { browser in
            let otherForm = try await browser.get("/s/\(other)")
            #expect(try await browser.post("/s/\(token)/save", [("q:unit", "forged")]).status == .forbidden)
            #expect(try await browser.post("/s/\(token)/save", [("_csrf", "forged"), ("q:unit", "forged")]).status == .forbidden)
            // A token of another invitation does not fit either.
            #expect(try await browser.post("/s/\(token)", [("_csrf", otherForm.csrf!), ("q:unit", "forged")]).status == .forbidden)
            let refused = try await browser.post("/s/\(token)/save", [("q:unit", "forged")], headers: [.acceptLanguage: "fr"])
            #expect(refused.body.contains("Cette page a expiré"))
            // Coordinator forms too: sign-in, sign-out, invitations.
            #expect(try await browser.post("/login", [("name", TestWorld.coordinatorName), ("password", TestWorld.coordinatorPassword)]).status == .forbidden)
            _ = try await browser.signIn()
            #expect(try await browser.post("/admin/invitations", [("country", "BE"), ("kind", "police"), ("service", "Forged")]).status == .forbidden)
            #expect(try await browser.post("/logout", []).status == .forbidden)
            #expect(try await browser.get("/admin").status == .ok, "still signed in")
        }
        #expect(try await world.surveys.revisions(ofInvitation: world.invitationIDs["Politiezone Antwerpen"]!).isEmpty)
        #expect(try await world.surveys.status(of: "thb-needs-2027").reduce(0) { $0 + $1.invited } == 4)
    }

    @Test("every response carries the security headers; pages have no inline script or style")
    func headers() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            var pages = [try await browser.get("/s/\(token)"), try await browser.get("/s/unknown-token"), try await browser.get("/login"),
                         try await browser.get("/assets/app.css"), try await browser.get("/no/such/page")]
            _ = try await browser.signIn()
            pages += [try await browser.get("/admin"), try await browser.get("/admin/invitations"), try await browser.get("/admin/inventory")]
            for page in pages {
                let policy = page.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(policy.contains("default-src 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(!page.body.contains("<script>"))
                #expect(Page.all(#"<script(?![^>]*\ssrc=)"#, in: page.body).isEmpty)
                #expect(Page.all(#"\son[a-z]+\s*="#, in: page.body).isEmpty)
                #expect(Page.all(#"\sstyle\s*="#, in: page.body).isEmpty)
            }
        }
    }

    @Test("cookies are HttpOnly and SameSite, and Secure behind TLS")
    func cookies() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            let plain = try await browser.get("/login")
            let visitor = try #require(plain.headers[values: .setCookie].first)
            #expect(visitor.contains("HttpOnly"))
            #expect(visitor.contains("SameSite=Strict"))
            #expect(!visitor.contains("Secure"))
            let signedIn = try await browser.signIn()
            let session = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("jt_session=") })
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Strict") && !session.contains("Secure"))

            var proxied = Browser(client: browser.client)
            proxied.headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let login = try await proxied.get("/login")
            #expect(login.headers[values: .setCookie].first?.contains("; Secure") == true)
            #expect(login.headers[.strictTransportSecurity] != nil)
            let session2 = try await proxied.signIn()
            #expect(session2.headers[values: .setCookie].first { $0.hasPrefix("jt_session=") }?.contains("Secure") == true)
        }
        var secure = world
        secure.settings.secureCookies = true
        try await secure.run { browser in
            let login = try await browser.get("/login")
            #expect(login.headers[values: .setCookie].first?.contains("Secure") == true)
        }
    }

    @Test("unknown, withdrawn and expired links get the same 404; repeated guesses get 429 until the window passes")
    func unknownTokens() async throws {
        let world = try await TestWorld()
        let revoked = world.tokens["Parquet de Liège"]!
        try await world.surveys.revokeInvitation(world.invitationIDs["Parquet de Liège"]!, by: "test")
        let valid = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let unknown = try await browser.get("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            let withdrawn = try await browser.get("/s/\(revoked)")
            #expect(unknown.status == .notFound)
            #expect(withdrawn.status == .notFound)
            #expect(unknown.body == withdrawn.body, "no hint why a link does not work")
            #expect(unknown.body.contains("This link is not valid"), "a visitor who states no language reads English")
            let french = try await browser.get("/no-such-page", headers: [.acceptLanguage: "fr-BE"])
            #expect(french.htmlLang == "fr" && french.body.contains(">Aller au contenu</a>"), "the error page speaks the visitor's language")
            for attempt in 3...10 {
                #expect(try await browser.get("/s/guess\(attempt)").status == .notFound)
            }
            let refused = try await browser.get("/s/guess11")
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 > 0)
            // Refused even for a valid link, until the window has passed.
            #expect(try await browser.get("/s/\(valid)").status == .tooManyRequests)
            world.clock.advance(by: 16 * 60)
            #expect(try await browser.get("/s/\(valid)").status == .ok)
            #expect(try await browser.get("/s/guess12").status == .notFound)
        }
    }

    @Test("a link withdrawn outside the app stops saving and opening at once")
    func withdrawnElsewhere() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            // As `jointtraining survey` would, straight in the store.
            try await world.surveys.revokeInvitation(world.invitationIDs["Politiezone Antwerpen"]!, by: "command line")
            #expect(try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("q:unit", "late")]).status == .notFound)
            #expect(try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("q:unit", "late")]).status == .notFound)
            #expect(try await browser.get("/s/\(token)").status == .notFound)
        }
        #expect(try await world.surveys.revisions(ofInvitation: world.invitationIDs["Politiezone Antwerpen"]!).isEmpty)
    }

    @Test("an expired invitation is not found and cannot save")
    func expired() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            world.clock.advance(by: 91 * 86_400)
            #expect(try await browser.get("/s/\(token)").status == .notFound)
            #expect(try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("q:unit", "late")]).status == .notFound)
        }
    }

    @Test("sign-in attempts are limited per client and per name")
    func loginLimit() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            for _ in 1...5 {
                let wrong = try await browser.signIn(password: "not the password")
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.contains("The name or the password is not right."))
            }
            let blocked = try await browser.signIn()
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] != nil)
            world.clock.advance(by: 16 * 60)
            let allowed = try await browser.signIn()
            #expect(allowed.status == .seeOther)
            #expect(allowed.location == "/admin")
        }
    }

    @Test("request bodies are capped: 413 past the limit")
    func bodyLimit() async throws {
        var world = try await TestWorld()
        world.settings.formBodyLimit = 16 * 1024
        world.settings.uploadBodyLimit = 32 * 1024
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let big = String(repeating: "x", count: 20 * 1024)
            let refused = try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("q:other-needs", big)])
            #expect(refused.status == .contentTooLarge)
            _ = try await browser.signIn()
            let admin = try await browser.get("/admin/invitations")
            let upload = try await browser.upload("/admin/invitations/upload", fields: [("_csrf", admin.csrf!)],
                                                  file: ("file", "big.csv", "country,kind,service\n" + String(repeating: "BE,police,x\n", count: 4_000)))
            #expect(upload.status == .contentTooLarge)
        }
    }
}
