import HTTPTypes
import Testing
@testable import WebApp

@Suite("assets")
struct AssetsTests {
    @Test("the stylesheet and the script come from the app, cacheable, with a validator")
    func served() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            let css = try await browser.get("/assets/app.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.body.contains(":focus-visible"))
            let js = try await browser.get("/assets/app.js")
            #expect(js.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(js.body.contains("X-CSRF-Token"))
            let etag = try #require(js.headers[.eTag])
            #expect(try await browser.get("/assets/app.js", headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(try await browser.get("/assets/other.js").status == .notFound)
        }
    }

    @Test("pages name no other origin: no CDN, no external font or script")
    func noOtherOrigin() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let page = try await browser.get("/s/\(token)")
            #expect(Page.all(#"(?:src|href)="(https?:)?//"#, in: page.body).isEmpty)
            #expect(page.body.contains(#"<script src="/assets/app.js" defer></script>"#))
            #expect(page.body.contains(#"<link rel="stylesheet" href="/assets/app.css">"#))
        }
    }
}
