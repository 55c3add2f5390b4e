/// How much the plan brings countries and services together.
///
/// Measured per participant: the share of placed staff who sit in a session with staff
/// of another country, and the share who sit with staff of another kind of service.
/// `score` is the mean of the two, from 0 (everyone trains among their own) to 1.
public struct Jointness: Sendable, Hashable {
    public var score: Double
    public var crossCountryShare: Double
    public var crossServiceShare: Double
    /// Sessions with staff from at least two countries.
    public var multiCountrySessions: Int
    /// Sessions with staff from at least two kinds of service.
    public var multiServiceSessions: Int

    public init(score: Double, crossCountryShare: Double, crossServiceShare: Double,
                multiCountrySessions: Int, multiServiceSessions: Int) {
        self.score = score
        self.crossCountryShare = crossCountryShare
        self.crossServiceShare = crossServiceShare
        self.multiCountrySessions = multiCountrySessions
        self.multiServiceSessions = multiServiceSessions
    }

    /// The figures of a list of sessions.
    public init(sessions: [PlannedSession]) {
        var total = 0, crossCountry = 0, crossService = 0, countrySessions = 0, serviceSessions = 0
        for session in sessions {
            let participants = session.participants
            total += participants
            if session.countries.count > 1 {
                crossCountry += participants
                countrySessions += 1
            }
            if session.serviceKinds.count > 1 {
                crossService += participants
                serviceSessions += 1
            }
        }
        let countryShare = total == 0 ? 0 : Double(crossCountry) / Double(total)
        let serviceShare = total == 0 ? 0 : Double(crossService) / Double(total)
        self.init(score: (countryShare + serviceShare) / 2, crossCountryShare: countryShare,
                  crossServiceShare: serviceShare, multiCountrySessions: countrySessions,
                  multiServiceSessions: serviceSessions)
    }
}
