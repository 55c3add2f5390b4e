import TrainingModel

/// The practical conditions under which a need's staff can attend a module.
enum Fit {
    /// The EQF level that answers a need's required level (0 none … 4 expert).
    static func expectedEQF(forLevel level: Int) -> Int {
        [3, 4, 5, 6, 7][min(max(level, 0), 4)]
    }

    static func audience(_ need: Need, _ module: TrainingModule) -> Bool {
        module.audiences.contains(need.serviceKind)
    }

    /// The first of `languages` the module is given in, comparing primary subtags.
    static func language(_ languages: [LanguageCode], _ module: TrainingModule) -> LanguageCode? {
        languages.first { asked in module.languages.contains { $0.primary == asked.primary } }
    }

    /// 1 at the level asked, `levelStep` less per EQF step away, never below `lowestLevelFit`;
    /// 1 when either side says nothing (no level asked, or `eqf` 0: not given).
    static func level(required: Int?, eqf: Int) -> Double {
        guard let required, required > 0, eqf > 0 else { return 1 }
        let steps = abs(eqf - expectedEQF(forLevel: required))
        return max(MatchWeights.lowestLevelFit, 1 - MatchWeights.levelStep * Double(steps))
    }
}
