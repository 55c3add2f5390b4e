import Diagnostics
import NeedsCSV
import Testing
import TrainingModel

@Suite("Consent columns of the needs CSV")
struct JointConsentColumnTests {
    @Test("joint_countries and joint_services are read in any case, default yes, and written back")
    func readsAndWritesConsent() throws {
        let csv = """
        id,country,service_kind,topic,joint_countries,joint_services
        A1,NL,labour-inspection,asset-recovery,no,Maybe
        A2,BE,police,asset-recovery,,
        A3,LU,prosecution,asset-recovery,yes,no
        """
        let needs = try NeedsReader().read(bytes: Array(csv.utf8), name: "consent.csv").value
        #expect(needs.map(\.jointCountries) == [.no, .yes, .yes])
        #expect(needs.map(\.jointServices) == [.maybe, .yes, .no])
        let written = NeedsWriter.write(needs)
        #expect(written.hasPrefix("\u{FEFF}id,") && written.contains(",period,joint_countries,joint_services\r\n"))
        let reread = try NeedsReader().read(bytes: Array(written.utf8), name: "again.csv").value
        #expect(reread == needs)
    }

    @Test("an unknown answer is reported at its file, line and column")
    func rejectsUnknownAnswers() {
        let csv = "id,country,service_kind,topic,joint_services,joint_countries\nA1,NL,police,asset-recovery,yes,nee\nA2,BE,police,asset-recovery,sometimes,no\n"
        let error = #expect(throws: InputProblems.self) {
            try NeedsReader().read(bytes: Array(csv.utf8), name: "consent.csv")
        }
        #expect(error?.diagnostics.map(\.description) == [
            "consent.csv:2:33: joint_countries: \"nee\" is not an answer; write yes, maybe or no (would train with services of other countries)",
            "consent.csv:3:29: joint_services: \"sometimes\" is not an answer; write yes, maybe or no (would train with other kinds of service)",
        ])
    }
}
