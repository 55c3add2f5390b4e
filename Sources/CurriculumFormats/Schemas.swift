import SafeXML

/// The schemas of the three curriculum formats, compiled into the binary.
///
/// They are embedded rather than read from `Curricula/schema/` at run time, so that
/// validation works from any working directory and without the checkout.
enum FormatSchemas {
    static let catalogue = compile(PackageResources.catalogue_xsd, name: "catalogue.xsd")
    static let thesaurus = compile(PackageResources.thesaurus_xsd, name: "thesaurus.xsd")
    static let legalBase = compile(PackageResources.legal_xsd, name: "legal.xsd")

    private static func compile(_ bytes: [UInt8], name: String) -> XMLSchema {
        do {
            return try XMLSchema(bytes: bytes, name: name)
        } catch {
            // The schemas ship with the binary and are compiled by its tests.
            fatalError("built-in schema \(name) does not compile:\n\(error)")
        }
    }
}
