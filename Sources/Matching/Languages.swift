import TextAnalysis
import TrainingModel

extension LanguageCode {
    /// The analyser's rules for this language, if it has any.
    var analysisLanguage: AnalysisLanguage? { AnalysisLanguage(tag: tag) }
}

extension AnalysisLanguage {
    var code: LanguageCode { LanguageCode(rawValue) }
}
