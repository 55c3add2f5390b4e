import Foundation
import ParallelWork
import SafeXML
import TrainingModel

/// Turns a schema-valid catalogue document into a `Catalogue`, with the checks that XSD
/// cannot express (docs/formats.md section 1).
struct CatalogueDecoder {
    let references: KnownReferences
    var problems = Problems()
    private let namespace = DocumentKind.catalogue.namespace

    init(references: KnownReferences) {
        self.references = references
    }

    mutating func decode(_ root: XMLElement) -> Catalogue {
        let children = Children(of: root, namespace: namespace)
        let moduleElements = children["module"]
        problems.requireUniqueIds(moduleElements, what: "module")
        let moduleIds = Set(moduleElements.compactMap { $0.attribute("id") })
        // Modules are independent once their ids are known: large catalogues are decoded
        // on every core (the tree is only read).
        let references = references
        let parts = ChunkedWork.map(count: moduleElements.count, chunks: ChunkedWork.chunks(for: moduleElements.count, minimumPerChunk: 1_000)) { range in
            var part = CatalogueDecoder(references: references)
            let modules = moduleElements[range].map { part.decodeModule($0, moduleIds: moduleIds) }
            return (modules: modules, problems: part.problems)
        }
        let modules = parts.flatMap(\.modules)
        for part in parts { problems.append(part.problems) }
        return Catalogue(
            id: root.attribute("id") ?? "",
            provider: root.attribute("provider") ?? "",
            year: Int(root.attribute("year") ?? "") ?? 0,
            generated: root.attribute("generated"),
            titles: problems.oneTextPerLanguage(children["title"], owner: "the catalogue"),
            modules: modules
        )
    }

    private mutating func decodeModule(_ element: XMLElement, moduleIds: Set<String>) -> TrainingModule {
        let id = element.attribute("id") ?? ""
        let owner = describe("module", id: id)
        let children = Children(of: element, namespace: namespace)

        for name in ["title", "audience", "mode", "language"] {
            problems.requirePresent(children[name], in: element, name: name, ownerDescription: owner)
        }
        problems.requirePresent(children["duration"], in: element, name: "duration", ownerDescription: owner)
        for name in ["duration", "level", "places", "category", "subcategory"] {
            problems.requireAtMostOne(children[name], ownerDescription: owner)
        }
        let summaries = problems.oneTextPerLanguage(children["summary"], owner: owner)
        let outcomes = problems.texts(children["outcome"])
        if summaries.isEmpty && outcomes.isEmpty {
            problems.warning(element, "\(owner) has neither <summary> nor <outcome>: planners and the matcher have only its title to go on")
        }

        problems.requireKnown(children["topic"], in: references.concepts, what: "topic", source: references.conceptSource)
        problems.requireKnown(children["legalTopic"], in: references.legalTopics, what: "legal topic", source: references.legalTopicSource)
        for prerequisite in children["prerequisite"] {
            if let ref = prerequisite.attribute("ref"), !moduleIds.contains(ref) {
                problems.error(prerequisite, attribute: "ref", "prerequisite \"\(ref)\" of \(owner) is not a module of this catalogue")
            }
        }

        return TrainingModule(
            id: id,
            code: element.attribute("code"),
            status: TrainingModule.Status(rawValue: element.attribute("status") ?? "active") ?? .active,
            titles: problems.oneTextPerLanguage(children["title"], owner: owner),
            summaries: summaries,
            category: children["category"].first?.normalizedText,
            subcategory: children["subcategory"].first?.normalizedText,
            audiences: children["audience"].compactMap { ServiceKind(rawValue: $0.normalizedText) },
            level: children["level"].first.map(decodeLevel),
            duration: children["duration"].first.map { decodeDuration($0, owner: owner) } ?? TrainingModule.Duration(1, .day),
            modes: children["mode"].compactMap { DeliveryMode(rawValue: $0.normalizedText) },
            languages: children["language"].compactMap { decodeLanguage($0) },
            places: children["places"].first.map { decodePlaces($0, owner: owner) },
            topics: children["topic"].compactMap { $0.attribute("ref") },
            legalTopics: children["legalTopic"].compactMap { $0.attribute("ref") },
            outcomes: outcomes,
            prerequisites: children["prerequisite"].compactMap { $0.attribute("ref") }
        )
    }

    private func decodeLevel(_ element: XMLElement) -> TrainingModule.Level {
        TrainingModule.Level(eqf: element.attribute("eqf").flatMap { Int($0) }, sqf: element.attribute("sqf"))
    }

    /// The longest module taken seriously: planning counts days in whole units, and a
    /// duration of 10^20 days (a typo or a hostile file) must not reach that arithmetic.
    static let longestDuration = (days: 365.0, hours: 365.0 * 8)
    /// The most places one session can have, for the same reason.
    static let mostPlaces = 10_000

    private mutating func decodeDuration(_ element: XMLElement, owner: String) -> TrainingModule.Duration {
        let unit = TrainingModule.Duration.Unit(rawValue: element.attribute("unit") ?? "day") ?? .day
        guard let value = Double(element.normalizedText), value.isFinite, value > 0 else {
            // Not a positive number: the schema has said so.
            return TrainingModule.Duration(1, unit)
        }
        let longest = unit == .hour ? Self.longestDuration.hours : Self.longestDuration.days
        if value > longest {
            problems.error(element, "duration of \(owner): \(element.normalizedText) \(unit.rawValue)s is longer than a module can be (at most \(Int(longest)) \(unit.rawValue)s)")
            return TrainingModule.Duration(longest, unit)
        }
        return TrainingModule.Duration(value, unit)
    }

    private mutating func decodeLanguage(_ element: XMLElement) -> LanguageCode? {
        let language = LanguageCode(element.normalizedText)
        guard language.isValid else {
            problems.error(element, "<language>\(element.normalizedText)</language> is not a valid language code (BCP 47, e.g. nl, fr, de, en)")
            return nil
        }
        return language
    }

    private mutating func decodePlaces(_ element: XMLElement, owner: String) -> TrainingModule.Places {
        let defaults = TrainingModule.Places()
        // A value the schema refused (not a positive integer) keeps its default; one beyond
        // `mostPlaces` is refused here and kept within it, so no later sum can overflow.
        func number(_ attribute: String, default value: Int) -> Int {
            guard let text = element.attribute(attribute) else { return value }
            let digits = text.trimmingCharacters(in: .whitespaces)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return value }
            let parsed = Int(digits) ?? Int.max
            guard parsed >= 1 else { return value }
            if parsed > Self.mostPlaces {
                problems.error(element, attribute: attribute, "places of \(owner): \(attribute)=\"\(digits)\" is more than a session can have (at most \(Self.mostPlaces))")
                return Self.mostPlaces
            }
            return parsed
        }
        let places = TrainingModule.Places(min: number("min", default: defaults.min), max: number("max", default: defaults.max))
        if places.min > places.max {
            problems.error(element, "places of \(owner): min \(places.min) is greater than max \(places.max)")
        }
        return places
    }
}
