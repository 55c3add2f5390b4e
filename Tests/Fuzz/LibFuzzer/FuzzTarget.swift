import CurriculumFormats
import Diagnostics
import NeedsCSV

/// One input for the in-process fuzz target: the first byte picks the reader (even: the
/// needs CSV reader, odd: the catalogue, thesaurus and legal-base reader), the rest is the
/// file. A reader may refuse the input with `InputProblems`; anything else (a trap, a
/// crash, a hang) is what libFuzzer reports.
enum FuzzTarget {
    static func run(_ input: UnsafeBufferPointer<UInt8>) {
        guard let selector = input.first else { return }
        let bytes = Array(input.dropFirst())
        if selector % 2 == 0 {
            _ = try? NeedsReader(knownTopics: ["financial-investigation", "victim-identification"]).read(bytes: bytes, name: "needs.csv")
        } else {
            _ = try? CurriculumReader.read(bytes: bytes, name: "catalogue.xml")
        }
    }
}

#if FUZZING
/// The entry point libFuzzer calls for each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#endif
