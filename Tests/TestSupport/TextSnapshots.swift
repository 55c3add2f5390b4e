import Foundation
import SnapshotTesting
import Testing

/// Text snapshots (a page, a report, `--help`) kept under `Tests/Fixtures/Snapshots/`, one
/// folder per test file, so that any change to what a user reads shows up as a diff in review.
///
/// The file is `KIND.VARIANT.EXTENSION` (`plan.fr.md`). A missing snapshot is recorded and the test fails once, saying so; `SNAPSHOT_TESTING_RECORD=all`
/// records every snapshot again after an intended change.
public func expectSnapshot(
    of text: String,
    as pathExtension: String = "txt",
    kind: String,
    variant: String,
    fileID: StaticString = #fileID,
    filePath: StaticString = #filePath,
    line: UInt = #line,
    column: UInt = #column
) {
    let testFile = URL(fileURLWithPath: "\(filePath)")
    let tests = testFile.deletingLastPathComponent().deletingLastPathComponent()
    let folder = tests.appendingPathComponent("Fixtures/Snapshots")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let format = Snapshotting<String, String>(pathExtension: pathExtension, diffing: .lines)
    let failure = verifySnapshot(
        of: text, as: format, named: variant, snapshotDirectory: folder.path,
        fileID: fileID, file: filePath, testName: kind, line: line, column: column
    )
    if let failure {
        Issue.record(Comment(rawValue: failure),
                     sourceLocation: SourceLocation(fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column)))
    }
}
