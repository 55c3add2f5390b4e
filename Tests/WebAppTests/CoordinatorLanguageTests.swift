import Foundation
import HTTPTypes
import Testing
@testable import WebApp

@Suite("coordinator's language")
struct CoordinatorLanguageTests {
    /// The language cookie a response sets, if any.
    static func languageCookie(_ page: Page) -> String? {
        page.headers[values: .setCookie].first { $0.hasPrefix("jt_lang=") }
    }

    @Test("?lang= switches the pages and a cookie remembers it, over redirects and error pages; HttpOnly, SameSite=Lax, Secure behind TLS")
    func remembered() async throws {
        let world = try await TestWorld()
        let liege = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            _ = try await browser.signIn()
            let french = try await browser.get("/admin?lang=fr")
            #expect(french.htmlLang == "fr")
            let cookie = try #require(Self.languageCookie(french))
            #expect(cookie.hasPrefix("jt_lang=fr;"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            #expect(browser.cookies["jt_lang"] == "fr")

            // The browser's preference does not override the choice.
            let list = try await browser.get("/admin/invitations", headers: [.acceptLanguage: "de"])
            #expect(list.htmlLang == "fr")
            #expect(list.body.contains("<h1>Invitations</h1>") && list.body.contains("Toutes les invitations"))
            #expect(Self.languageCookie(list) == nil, "set once, not on every page")
            let withdrawn = try await browser.post("/admin/invitations/\(liege)/revoke", [("_csrf", list.csrf!)])
            let notice = try await browser.get(try #require(withdrawn.location))
            #expect(notice.body.contains(#"role="status">L&#39;invitation a été retirée.</p>"#))
            let missing = try await browser.get("/admin/plan/999")
            #expect(missing.status == .notFound && missing.htmlLang == "fr" && missing.body.contains("<h1>Page introuvable</h1>"))

            let dutch = try await browser.get("/admin/inventory?lang=nl")
            #expect(dutch.htmlLang == "nl")
            #expect(Self.languageCookie(dutch)?.hasPrefix("jt_lang=nl;") == true)
            #expect(try await browser.get("/admin/plan").htmlLang == "nl")
            // Signed out, the sign-in page keeps the language.
            let out = try await browser.post("/logout", [("_csrf", dutch.csrf!)])
            let login = try await browser.get(try #require(out.location))
            #expect(login.htmlLang == "nl" && login.body.contains("Aanmelden als coördinator"))

            var proxied = Browser(client: browser.client)
            proxied.headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let overTLS = try await proxied.get("/login?lang=de")
            #expect(Self.languageCookie(overTLS)?.contains("; Secure") == true)
        }
        var secure = world
        secure.settings.secureCookies = true
        try await secure.run { browser in
            let login = try await browser.get("/login?lang=de")
            #expect(Self.languageCookie(login)?.contains("Secure") == true)
        }
    }

    @Test("without a choice, the browser's Accept-Language picks the language among nl, fr, de and en; else English")
    func acceptLanguage() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            let german = try await browser.get("/login", headers: [.acceptLanguage: "de-LU,de;q=0.9,fr;q=0.5"])
            #expect(german.htmlLang == "de" && german.body.contains("Anmeldung für die Koordination"))
            #expect(Self.languageCookie(german) == nil, "only a choice is remembered")
            #expect(try await browser.get("/login", headers: [.acceptLanguage: "es, it;q=0.8, nl;q=0.5"]).htmlLang == "nl")
            #expect(try await browser.get("/login", headers: [.acceptLanguage: "es, it"]).htmlLang == "en")
            #expect(try await browser.get("/login").htmlLang == "en")
            _ = try await browser.signIn()
            let french = try await browser.get("/admin", headers: [.acceptLanguage: "fr-BE,fr;q=0.9,en;q=0.5"])
            #expect(french.htmlLang == "fr" && french.body.contains("Taux de réponse"))
        }
    }

    @Test("an unknown ?lang= falls back to the remembered choice, the browser's, or English, and is not remembered")
    func unknownLanguage() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            let unknown = try await browser.get("/login?lang=zz")
            #expect(unknown.status == .ok && unknown.htmlLang == "en")
            #expect(Self.languageCookie(unknown) == nil)
            #expect(try await browser.get("/login?lang=zz", headers: [.acceptLanguage: "fr"]).htmlLang == "fr")
            _ = try await browser.signIn()
            _ = try await browser.get("/admin?lang=de")
            let stillGerman = try await browser.get("/admin/invitations?lang=zz", headers: [.acceptLanguage: "nl"])
            #expect(stillGerman.htmlLang == "de")
            #expect(Self.languageCookie(stillGerman) == nil)
            #expect(browser.cookies["jt_lang"] == "de")
        }
    }

    @Test("the switch is on every coordinator page: a link per language, the current one marked, back to a page that answers GET")
    func switchOnEveryPage() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            var visitor = Browser(client: browser.client)
            let login = try await visitor.get("/login?lang=de")
            #expect(Self.links(login) == ["/login?lang=nl", "/login?lang=fr", "/login?lang=de", "/login?lang=en"])
            #expect(login.body.contains(#"<nav class="languages" aria-label="Sprache">"#))
            #expect(login.body.contains(#"<a href="/login?lang=de" lang="de" hreflang="de" aria-current="true">Deutsch</a>"#))
            let failed = try await visitor.post("/login", [("_csrf", login.csrf!), ("name", "anna"), ("password", "wrong password")])
            #expect(failed.status == .unauthorized && failed.body.contains("Der Name oder das Passwort ist nicht richtig."))
            #expect(Self.links(failed).first == "/login?lang=nl")

            _ = try await browser.signIn()
            for path in ["/admin", "/admin/invitations", "/admin/inventory", "/admin/plan"] {
                let page = try await browser.get(path)
                #expect(Self.links(page) == ["nl", "fr", "de", "en"].map { "\(path)?lang=\($0)" }, "\(path)")
                #expect(page.body.contains(#"lang="en" hreflang="en" aria-current="true">English</a>"#), "\(path)")
            }
            // A survey chosen in the address stays chosen; a form's answer switches back to its page.
            #expect(Self.links(try await browser.get("/admin/inventory?survey=thb-needs-2027")).first
                == "/admin/inventory?survey=thb-needs-2027&lang=nl")
            let page = try await browser.get("/admin/invitations")
            let refused = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("service", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(Self.links(refused).first == "/admin/invitations?lang=nl")
        }
    }

    @Test("a respondent's ?lang= does not change the coordinator's language")
    func respondentNotRemembered() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politie Rotterdam"]!
        try await world.run { browser in
            let survey = try await browser.get("/s/\(token)?lang=de")
            #expect(survey.htmlLang == "de")
            #expect(Self.languageCookie(survey) == nil)
            #expect(try await browser.get("/login").htmlLang == "en")
        }
    }

    /// The addresses of the language switch's links, in order.
    static func links(_ page: Page) -> [String] {
        let switchHTML = Page.first(#"(<nav class="languages".*?</nav>)"#, in: page.body.replacingOccurrences(of: "\n", with: " ")) ?? ""
        return Page.all(#"<a href="([^"]+)""#, in: switchHTML).map { $0.replacingOccurrences(of: "&amp;", with: "&") }
    }
}
