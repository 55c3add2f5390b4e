import SurveyDefinition
import TrainingModel

/// How an imported needs file maps onto services: one group per distinct country,
/// service kind and service, in order of first appearance, with the languages its rows
/// name. Worked out before the transaction, in one pass, so that any store uses it alike.
package struct ImportPlan {
    package struct Group {
        package var service: ServiceIdentity
        /// Every training language the group's rows name, in order of appearance.
        package var languages: [LanguageCode]
        /// The language of the group's first row, recorded with its response.
        package var language: LanguageCode
    }

    package var groups: [Group] = []
    /// For each need, the index of its group.
    package var groupOfNeed: [Int] = []

    package init(_ needs: [Need]) {
        var index: [ServiceIdentity: Int] = [:]
        groupOfNeed.reserveCapacity(needs.count)
        for need in needs {
            let key = ServiceIdentity(country: need.country, kind: need.serviceKind, name: need.service ?? "")
            let group: Int
            if let known = index[key] {
                group = known
            } else {
                group = groups.count
                index[key] = group
                groups.append(Group(service: key, languages: [], language: need.language ?? need.trainingLanguages.first ?? .english))
            }
            for language in need.trainingLanguages where !groups[group].languages.contains(language) {
                groups[group].languages.append(language)
            }
            groupOfNeed.append(group)
        }
    }
}
