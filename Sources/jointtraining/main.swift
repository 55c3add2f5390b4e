import Foundation
import JointTrainingCommands

exit(await EntryPoint.run())
