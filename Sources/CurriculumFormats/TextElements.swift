import SafeXML
import TrainingModel

/// Reading of the elements every format shares: texts with `xml:lang`, codes and ids.
extension Problems {
    /// The `xml:lang` of a text element, which must be present and a valid BCP 47 tag.
    mutating func language(of element: XMLElement) -> LanguageCode? {
        guard let tag = element.language else {
            error(element, "<\(element.name)> needs an xml:lang attribute saying its language (e.g. xml:lang=\"en\")")
            return nil
        }
        let language = LanguageCode(tag)
        guard language.isValid else {
            error(element, attribute: "xml:lang", "xml:lang=\"\(tag)\" on <\(element.name)> is not a valid language code (BCP 47, e.g. nl, fr, de, en, lb)")
            return nil
        }
        return language
    }

    /// Texts of which each language may appear once, e.g. titles of one module.
    mutating func oneTextPerLanguage(_ elements: [XMLElement], owner: String) -> LocalizedText {
        var text = LocalizedText()
        for element in elements {
            guard let language = language(of: element) else { continue }
            if text[language] != nil {
                error(element, "\(owner) has two <\(element.name)> elements in language \"\(language)\"; keep one per language")
                continue
            }
            text[language] = element.normalizedText
        }
        return text
    }

    /// Texts of which each language may appear several times, e.g. learning outcomes.
    mutating func texts(_ elements: [XMLElement]) -> [LocalizedString] {
        elements.compactMap { element in
            language(of: element).map { LocalizedString($0, element.normalizedText) }
        }
    }

    /// Reports every id that an earlier element of the same list already used.
    mutating func requireUniqueIds(_ elements: [XMLElement], what: String) {
        var seen: [String: Int] = [:]
        for element in elements {
            guard let id = element.attribute("id") else { continue }
            if let first = seen[id] {
                error(element, attribute: "id", "duplicate \(what) id \"\(id)\" (first used on line \(first))")
            } else {
                seen[id] = element.line
            }
        }
    }

    /// Reports a missing required child element.
    mutating func requirePresent(_ elements: [XMLElement], in owner: XMLElement, name: String, ownerDescription: String) {
        if elements.isEmpty {
            error(owner, "\(ownerDescription) needs at least one <\(name)>")
        }
    }

    /// Reports a repeated child element that may appear at most once.
    mutating func requireAtMostOne(_ elements: [XMLElement], ownerDescription: String) {
        for extra in elements.dropFirst() {
            error(extra, "\(ownerDescription) has more than one <\(extra.name)>; keep one")
        }
    }

    /// Reports each `ref` not among `known`, naming the file that should define it.
    mutating func requireKnown(_ references: [XMLElement], in known: Set<String>?, what: String, source: String) {
        guard let known else { return }
        for reference in references {
            guard let ref = reference.attribute("ref"), !known.contains(ref) else { continue }
            error(reference, attribute: "ref", "\(what) \"\(ref)\" is not defined in \(source)")
        }
    }
}

/// The child elements of one element, grouped by local name in the format's namespace.
///
/// A handful of names per element: a linear search over parallel arrays beats hashing,
/// and avoids the allocation churn a dictionary per element causes on large catalogues.
struct Children {
    private var names: [String] = []
    private var groups: [[XMLElement]] = []

    init(of element: XMLElement, namespace: String) {
        for child in element.children(inNamespace: namespace) {
            let name = child.name
            if let index = names.firstIndex(of: name) {
                groups[index].append(child)
            } else {
                names.append(name)
                groups.append([child])
            }
        }
    }

    subscript(name: String) -> [XMLElement] {
        names.firstIndex(of: name).map { groups[$0] } ?? []
    }
}
