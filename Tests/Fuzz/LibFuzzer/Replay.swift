import Foundation

// SwiftPM links an executable through its @main entry point; with libFuzzer that entry
// point hands over to libFuzzer's driver, without it the target replays the inputs named on
// its command line (e.g. a crash file libFuzzer wrote: `swift run JointTrainingFuzz crash-…`).
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

@main
struct Replay {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                exit(2)
            }
            [UInt8](data).withUnsafeBufferPointer { FuzzTarget.run($0) }
            print("\(path): no crash")
        }
        #endif
    }
}
