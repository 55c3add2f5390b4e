import Foundation

/// A computation running on its own thread while the caller does other work.
///
/// A dedicated thread rather than a task or a dispatch queue: the caller blocks in
/// `result()`, and blocking must never wait on the shared pool it may itself occupy.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before it signals; read by the caller after waiting.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            value = work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the computation and returns its value.
    public func result() -> Value {
        done.wait()
        done.signal()
        return value!
    }
}
