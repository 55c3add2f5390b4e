import Mustache

/// View models that hand the template engine their fields through a table of accessors
/// rather than reflection: a survey form needs thousands of lookups, and `Mirror` made each one
/// copy every field of the model (see Benchmarks/Web). An accessor returning an optional field
/// gives nil for an absent value, as reflection does.
protocol MustacheFields: MustacheParent {
    static var fields: [String: @Sendable (Self) -> Any?] { get }
}

extension MustacheFields {
    func child(named name: String) -> Any? {
        Self.fields[name]?(self) ?? nil
    }
}
