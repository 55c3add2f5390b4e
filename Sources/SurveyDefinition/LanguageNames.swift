import TrainingModel

extension LanguageCode {
    /// The language named for a coordinator reading an English message: "German (de)".
    var named: String {
        let names: [String: String] = ["nl": "Dutch", "fr": "French", "de": "German", "en": "English", "lb": "Luxembourgish"]
        return names[primary.tag].map { "\($0) (\(tag))" } ?? "\"\(tag)\""
    }
}
