import Diagnostics
import NeedsCSV
import Testing
import TrainingModel

@Suite("Writing needs")
struct NeedsWriterTests {
    @Test("written needs start with a BOM and read back equal")
    func roundTrips() throws {
        let needs = try NeedsReader().read(file: Fixtures.path("good.csv")).value
        let written = NeedsWriter.write(needs)
        #expect(written.hasPrefix("\u{FEFF}id,country,service_kind,service,language,topic,text"))
        #expect(written.contains("\"Parquet de Luxembourg, section traite\""))
        let reread = try NeedsReader().read(bytes: Array(written.utf8), name: "written.csv").value
        #expect(reread == needs)
        #expect(NeedsWriter.write(reread) == written)
    }
}
