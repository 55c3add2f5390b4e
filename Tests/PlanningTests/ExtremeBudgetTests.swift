import Planning
import Testing
import TrainingModel

/// The planner is a pure function that callers other than the command (the web app's form)
/// feed: whatever budget it is given, it plans or plans nothing, and never traps.
@Suite("Budgets beyond any real use")
struct ExtremeBudgetTests {
    @Test("a budget beyond Int's range, infinite or not a number gives a plan, not a trap",
          arguments: [9e18, 1e19, 1e300, Double.infinity, Double.nan])
    func extremeBudget(budget: Double) {
        let input = PlanningInput(needs: [need("N1"), need("N2", country: "NL")], modules: [module("M1", days: 2)], budgetDays: budget)
        let plan = Planner.plan(input)
        #expect(brokenRules(plan, input).isEmpty)
        let covered = plan.objective.coveredWeight
        #expect(budget.isFinite && budget >= 2 ? covered == plan.objective.totalWeight : covered == 0)
    }
}
