import SafeXML
import TrainingModel

/// Writes a catalogue in the format of docs/formats.md section 1, so that reading it back gives
/// the same values. The planner's curriculum export builds on the same element layout.
public enum CatalogueWriter {
    /// The catalogue as an XML document.
    public static func write(_ catalogue: Catalogue) -> String {
        let writer = XMLWriter()
        writer.element("catalogue", [
            ("xmlns", DocumentKind.catalogue.namespace),
            ("id", catalogue.id),
            ("provider", catalogue.provider),
            ("year", String(catalogue.year)),
            ("generated", catalogue.generated),
        ]) {
            writeTexts(catalogue.titles.versions, as: "title", to: writer)
            for module in catalogue.modules {
                writeModule(module, to: writer)
            }
        }
        return writer.finish()
    }

    /// Writes one module element; public so that exports can reuse the catalogue layout.
    public static func writeModule(_ module: TrainingModule, to writer: XMLWriter, extra: () -> Void = {}) {
        writer.element("module", [("id", module.id), ("code", module.code), ("status", module.status.rawValue)]) {
            writeTexts(module.titles.versions, as: "title", to: writer)
            writeTexts(module.summaries.versions, as: "summary", to: writer)
            if let category = module.category { writer.element("category", text: category) }
            if let subcategory = module.subcategory { writer.element("subcategory", text: subcategory) }
            for audience in module.audiences { writer.element("audience", text: audience.rawValue) }
            if let level = module.level {
                writer.element("level", [("eqf", level.eqf.map(String.init)), ("sqf", level.sqf)])
            }
            writer.element("duration", [("unit", module.duration.unit.rawValue)], text: number(module.duration.value))
            for mode in module.modes { writer.element("mode", text: mode.rawValue) }
            for language in module.languages { writer.element("language", text: language.tag) }
            if let places = module.places {
                writer.element("places", [("min", String(places.min)), ("max", String(places.max))])
            }
            for topic in module.topics { writer.element("topic", [("ref", topic)]) }
            for topic in module.legalTopics { writer.element("legalTopic", [("ref", topic)]) }
            writeTexts(module.outcomes, as: "outcome", to: writer)
            for prerequisite in module.prerequisites { writer.element("prerequisite", [("ref", prerequisite)]) }
            extra()
        }
    }

    private static func writeTexts(_ texts: [LocalizedString], as name: String, to writer: XMLWriter) {
        for text in texts {
            writer.element(name, [("xml:lang", text.language.tag)], text: text.text)
        }
    }

    /// Whole numbers without a decimal point, as people write durations.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
