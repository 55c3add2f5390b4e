import SafeXML
import Testing
@testable import WebApp

@Suite("views")
struct ViewTests {
    @Test("every template escapes with the app's HTML escaping, and it escapes like the template engine")
    func escaping() throws {
        for (name, bytes) in PageRenderer.templates {
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{{% CONTENT_TYPE: WEBAPP_HTML}}\n"), "template \(name)")
        }
        #expect(MarkupText.escape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(MarkupText.escape("Liège – ça va") == "Liège – ça va")
        #expect(MarkupText.escape("") == "")
    }

    @Test("a fragment is rendered once per key, and the cache starts again past its budget")
    func fragments() {
        let cache = FragmentCache(budget: 10)
        var renders = 0
        #expect(cache.fragment("a") { renders += 1; return "12345" } == "12345")
        #expect(cache.fragment("a") { renders += 1; return "other" } == "12345")
        #expect(renders == 1)
        _ = cache.fragment("b") { "1234567" }
        #expect(cache.fragment("a") { renders += 1; return "again" } == "again")
        #expect(renders == 2)
    }
}
