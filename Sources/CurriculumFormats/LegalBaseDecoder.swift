import SafeXML
import TrainingModel

/// Turns a schema-valid legal-base document into a `LegalBase` (docs/formats.md section 3).
struct LegalBaseDecoder {
    var problems = Problems()
    private let namespace = DocumentKind.legalBase.namespace

    mutating func decode(_ root: XMLElement) -> LegalBase {
        let children = Children(of: root, namespace: namespace)
        problems.requireUniqueIds(children["topic"], what: "legal topic")
        return LegalBase(
            id: root.attribute("id") ?? "",
            asOf: root.attribute("asOf"),
            titles: problems.oneTextPerLanguage(children["title"], owner: "the legal base"),
            topics: children["topic"].map { decodeTopic($0) }
        )
    }

    private mutating func decodeTopic(_ element: XMLElement) -> LegalTopic {
        let id = element.attribute("id") ?? ""
        let owner = describe("legal topic", id: id)
        let children = Children(of: element, namespace: namespace)
        problems.requirePresent(children["label"], in: element, name: "label", ownerDescription: owner)
        var seen: [CountryCode: Int] = [:]
        let provisions = children["provision"].map { provision in
            let decoded = decodeProvision(provision, owner: owner)
            if let first = seen[decoded.country] {
                problems.error(provision, "\(owner) has a second provision for \(decoded.country) (first on line \(first)); keep one per country")
            }
            seen[decoded.country] = provision.line
            return decoded
        }
        return LegalTopic(
            id: id,
            labels: problems.oneTextPerLanguage(children["label"], owner: owner),
            summaries: problems.oneTextPerLanguage(children["summary"], owner: owner),
            provisions: provisions
        )
    }

    private mutating func decodeProvision(_ element: XMLElement, owner: String) -> Provision {
        let country = CountryCode(element.attribute("country") ?? "")
        if !country.isValid {
            problems.error(element, attribute: "country", "country \"\(country)\" in \(owner) is not an ISO 3166-1 alpha-2 code (e.g. BE, NL, LU)")
        }
        let children = Children(of: element, namespace: namespace)
        return Provision(
            country: country,
            cite: element.attribute("cite") ?? "",
            value: element.attribute("value"),
            unit: element.attribute("unit"),
            verified: element.attribute("verified").map { $0 == "true" || $0 == "1" } ?? true,
            summaries: problems.oneTextPerLanguage(children["summary"], owner: "a provision of \(owner)"),
            sources: children["source"].compactMap { $0.attribute("href") },
            reforms: Self.reforms(children["reform"]),
            valueLabels: problems.oneTextPerLanguage(children["valueLabel"], owner: "a provision of \(owner)")
        )
    }

    /// The reforms of a provision. A `reform` with the same dates and status as an earlier
    /// one but in another language is that reform's translation, not a reform of its own.
    static func reforms(_ elements: [XMLElement]) -> [Provision.Reform] {
        var reforms: [Provision.Reform] = []
        for element in elements {
            let asOf = element.attribute("asOf") ?? "", status = element.attribute("status") ?? "pending"
            let effective = element.attribute("effective")
            let language = element.language.map { LanguageCode($0) }
            let text = element.normalizedText
            if let index = reforms.lastIndex(where: {
                $0.asOf == asOf && $0.status == status && $0.effective == effective && $0.texts[language ?? .english] == nil
            }) {
                reforms[index].texts[language ?? .english] = text
                if language == .english { reforms[index].text = text; reforms[index].language = language }
                continue
            }
            reforms.append(Provision.Reform(asOf: asOf, status: status, language: language, text: text, effective: effective))
        }
        return reforms
    }
}
