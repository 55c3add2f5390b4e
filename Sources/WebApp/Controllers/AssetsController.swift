import Hummingbird

/// Serves the stylesheet and the script from the binary: no CDN, nothing from another origin.
struct AssetsController: Sendable {
    struct Asset: Sendable {
        var bytes: [UInt8]
        var contentType: String
        var etag: String
    }

    static let assets: [String: Asset] = [
        "app.css": asset(PackageResources.app_css, "text/css; charset=utf-8"),
        "app.js": asset(PackageResources.app_js, "text/javascript; charset=utf-8"),
    ]

    func add(to router: Router<AppRequestContext>) {
        router.get("/assets/:name") { request, context -> Response in
            guard let name = context.parameters.get("name"), let asset = Self.assets[name] else { throw HTTPError(.notFound) }
            if request.headers[.ifNoneMatch] == asset.etag {
                return Response(status: .notModified, headers: [.eTag: asset.etag, .cacheControl: "public, max-age=3600"])
            }
            return Response(status: .ok, headers: [.contentType: asset.contentType, .eTag: asset.etag, .cacheControl: "public, max-age=3600"],
                            body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
    }

    private static func asset(_ bytes: [UInt8], _ contentType: String) -> Asset {
        // FNV-1a: a stable fingerprint of the content, enough to tell versions apart.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Asset(bytes: bytes, contentType: contentType, etag: "\"" + String(hash, radix: 16) + "\"")
    }
}
