import NIOCore
import Testing
@testable import WebApp

@Suite("form bodies")
struct FormBodyTests {
    @Test("URL-encoded forms: repeated names, plus signs, percent escapes, empty values")
    func urlEncoded() throws {
        let form = try FormBody.parse(ByteBuffer(string: "q%3Aunit=Parquet+de+Li%C3%A8ge&q:langs=nl&q:langs=fr&empty=&flag"),
                                      contentType: "application/x-www-form-urlencoded; charset=UTF-8")
        #expect(form["q:unit"] == "Parquet de Liège")
        #expect(form.values("q:langs") == ["nl", "fr"])
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
    }

    @Test("multipart forms: fields and a file")
    func multipart() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list; 1.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2\r\n--XyZ--\r\n"
        let form = try FormBody.parse(ByteBuffer(string: body), contentType: "multipart/form-data; boundary=XyZ")
        #expect(form["_csrf"] == "abc")
        #expect(form.files["file"]?.filename == "list; 1.csv")
        #expect(form.files["file"].map { String(decoding: $0.bytes, as: UTF8.self) } == "a,b\r\n1,2")
    }

    @Test("malformed bodies are refused")
    func malformed() {
        #expect(throws: FormBody.Malformed.self) { try FormBody.parse(ByteBuffer(string: "a=%ZZ"), contentType: "application/x-www-form-urlencoded") }
        #expect(throws: FormBody.Malformed.self) { try FormBody.parse(ByteBuffer(string: "{}"), contentType: "application/json") }
        #expect(throws: FormBody.Malformed.self) { try FormBody.parse(ByteBuffer(string: "x"), contentType: "multipart/form-data") }
    }
}
