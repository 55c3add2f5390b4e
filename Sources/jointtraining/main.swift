import Foundation
import JointTrainingCommands
#if canImport(Glibc)
import Glibc

// A catalogue's tree is hundreds of thousands of small blocks freed at once; glibc's fast
// bins then make the next larger allocation consolidate them all, which costs more than
// validating the catalogue. Without fast bins (M_MXFAST = 1, size 0), frees coalesce as
// they go. mallopt is looked up because Swift's Glibc module does not import <malloc.h>.
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
    typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
    _ = unsafeBitCast(symbol, to: MallocOption.self)(1, 0)
}
#endif

exit(await EntryPoint.run())
