import Synchronization

/// Rendered pieces of the survey form (a question, a topic row) by what they depend on: the
/// survey version, the language, the position, the answer and its problems. Most of a form is
/// the same for every respondent (unanswered rows) and for every view of one respondent's page,
/// so most pieces are rendered once; the template engine is the costliest part of a page.
final class FragmentCache: Sendable {
    private struct State {
        var fragments: [String: String] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    private let budget: Int

    /// `budget`: the most bytes of HTML kept; past it the cache starts again empty.
    init(budget: Int = 32 * 1024 * 1024) {
        self.budget = budget
    }

    /// The fragment for `key`, rendered by `render` when it is not kept yet.
    func fragment(_ key: String, render: () -> String) -> String {
        if let kept = state.withLock({ $0.fragments[key] }) { return kept }
        let html = render()
        state.withLock { state in
            if state.bytes + html.utf8.count > budget {
                state.fragments.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            if state.fragments.updateValue(html, forKey: key) == nil { state.bytes += html.utf8.count }
        }
        return html
    }
}
