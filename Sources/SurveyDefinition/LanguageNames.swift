import TrainingModel
import Wording

extension LanguageCode {
    /// The language named for a coordinator reading an English message: "German (de)".
    var named: String {
        let name = name(in: .english)
        return name == tag ? "\"\(tag)\"" : "\(name) (\(tag))"
    }
}
