import Foundation
import SurveyDefinition
import TrainingModel

/// How a command names a service whose personal data are exported or erased: by one of its
/// invitations (`17`, the number `survey invitations` lists) or by the service's own number
/// (`S4`), which is how a service known only from an imported needs CSV, with no invitation,
/// is named (`survey invitations` lists those too).
public enum ServiceReference: Hashable, Sendable, CustomStringConvertible {
    case invitation(Int64)
    case service(Int64)

    /// `17` or `S4` (`s4` too); nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), id > 0 {
            self = .invitation(id)
        } else if let first = trimmed.first, first == "S" || first == "s", let id = Int64(trimmed.dropFirst()), id > 0 {
            self = .service(id)
        } else {
            return nil
        }
    }

    /// "invitation 17", "service S4".
    public var description: String {
        switch self {
        case .invitation(let id): "invitation \(id)"
        case .service(let id): "service S\(id)"
        }
    }
}

/// A service that answered only through an imported needs CSV: no invitation, so it is named
/// by its own number (`S4`).
public struct ImportedService: Hashable, Sendable {
    /// The service's number; commands write it `S4`.
    public var id: Int64
    public var service: ServiceIdentity
    /// Its needs in the survey.
    public var needs: Int

    public init(id: Int64, service: ServiceIdentity, needs: Int) {
        self.id = id
        self.service = service
        self.needs = needs
    }

    /// `S4`: how commands and pages write its number.
    public var reference: String { "S\(id)" }
}
