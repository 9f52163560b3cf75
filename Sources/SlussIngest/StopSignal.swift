import Dispatch
import Foundation

/// A request to stop, from SIGTERM/SIGINT or from code: a running batch finishes the pages in
/// hand and leaves the rest of its files untouched, and a watching loop ends.
public final class StopSignal: @unchecked Sendable {
    private let condition = NSCondition()
    private var requested = false
    private var handlers: [@Sendable () -> Void] = []
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    public var isRequested: Bool {
        condition.lock()
        defer { condition.unlock() }
        return requested
    }

    /// Turns SIGTERM and SIGINT into a stop request instead of ending the process at once.
    public func listenToTerminationSignals() {
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    public func request() {
        condition.lock()
        let alreadyRequested = requested
        requested = true
        let toCall = alreadyRequested ? [] : handlers
        condition.broadcast()
        condition.unlock()
        toCall.forEach { $0() }
    }

    /// Runs `handler` once when a stop is requested (at once if it already was).
    func onRequest(_ handler: @escaping @Sendable () -> Void) {
        condition.lock()
        if requested {
            condition.unlock()
            handler()
            return
        }
        handlers.append(handler)
        condition.unlock()
    }

    /// Sleeps until `seconds` have passed or a stop is requested.
    public func wait(seconds: Double) {
        condition.lock()
        let deadline = Date().addingTimeInterval(seconds)
        while !requested && condition.wait(until: deadline) {}
        condition.unlock()
    }
}
