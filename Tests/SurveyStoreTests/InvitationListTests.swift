import Diagnostics
import SurveyDefinition
import Testing
import SurveyStore
import TrainingModel

@Suite("Invitation lists")
struct InvitationListTests {
    @Test("a good list gives one request per line, columns in any order")
    func goodList() throws {
        let csv = "service,email,country,kind\r\nParquet de Liège,parquet@example.be,BE,prosecution\r\n\"Politie, Rotterdam\",,NL,police\r\n"
        let requests = try InvitationList.read(bytes: Array(csv.utf8), name: "list.csv")
        #expect(requests.map(\.service.name) == ["Parquet de Liège", "Politie, Rotterdam"])
        #expect(requests.map(\.email) == ["parquet@example.be", nil])
        #expect(requests[1].service.country == "NL" && requests[1].service.kind == .police)
    }

    @Test("every bad line is reported with its line and column")
    func badLines() {
        let csv = """
        country,kind,service,email
        BE,prosecution,Parquet de Liège,parquet@example.be
        XX,police,Somewhere,
        NL,navy,Rotterdam,
        LU,police,,
        BE,police,PJF Liège,not-an-address
        BE,prosecution,Parquet de Liège,parquet@example.be

        """
        do {
            _ = try InvitationList.read(bytes: Array(csv.utf8), name: "list.csv")
            Issue.record("a list with bad lines must invite nobody")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "list.csv:3:1: country: \"XX\" is not an ISO 3166-1 country code (e.g. BE, NL, LU)",
                "list.csv:4:4: kind: \"navy\" is not a service kind; use one of police, prosecution, labour-inspection, judiciary, border-guard, customs, social-inspection, ngo, other",
                "list.csv:5:11: service: missing; give the name of the service or unit",
                "list.csv:6:21: email: \"not-an-address\" is not an e-mail address",
                "list.csv:7:16: service: the same service and e-mail address are already invited on line 2",
            ])
        }
    }

    @Test("a list without the needed columns is refused at its header")
    func missingHeader() {
        #expect {
            try InvitationList.read(bytes: Array("BE,police,Antwerpen\n".utf8), name: "l.csv")
        } throws: { error in
            (error as? InputProblems)?.diagnostics.first?.message.contains("lacks the column(s) country, kind, service") ?? false
        }
    }
}
