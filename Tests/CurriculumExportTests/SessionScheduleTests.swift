import CurriculumExport
import Testing

@Suite("Dates")
struct SessionScheduleTests {
    @Test("dates are read only in YYYY-MM-DD form and must exist")
    func parsing() {
        #expect(CivilDate("2027-01-11")?.description == "2027-01-11")
        #expect(CivilDate("2027-02-29") == nil)
        #expect(CivilDate("11/01/2027") == nil)
        #expect(CivilDate("2027-1-11") == nil)
        #expect(CivilDate("2028-02-29")?.adding(days: 1).description == "2028-03-01")
    }

    @Test("a first day in a weekend moves to Monday; sessions stay within working days")
    func schedule() {
        let schedule = SessionSchedule(sessions: Sample.plan.sessions, start: CivilDate("2027-01-09")!)
        for session in Sample.plan.sessions {
            let dates = schedule[session: session.id]!
            #expect(dates.first.isWorkingDay && dates.last.isWorkingDay)
            #expect(dates.first <= dates.last)
        }
        #expect(schedule[session: "C1"]?.first.description == "2027-01-11")
    }
}
