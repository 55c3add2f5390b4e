import CLibXML2

/// One-time set-up of libxml2 for the whole process.
///
/// libxml2 keeps global state: it must be initialised before threads use it, and the
/// external entity loader is process-wide. Installing a loader that refuses everything
/// means no document or schema can ever make the process open a URL or another file,
/// whatever options a caller passes.
enum XMLLibrary {
    /// Refuses every external resource: network URLs and local files alike.
    private static let refuseEveryExternalResource: xmlExternalEntityLoader = { _, _, _ in
        nil
    }

    private static let prepared: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refuseEveryExternalResource)
    }()

    /// Call before any libxml2 work; cheap after the first call.
    static func prepare() {
        _ = prepared
    }
}
