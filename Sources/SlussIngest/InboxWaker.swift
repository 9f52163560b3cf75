import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits between sweeps: until files arrive in a watched inbox (inotify on Linux: a file closed
/// after writing, or moved or linked in), until `interval` has passed, or until a stop is
/// requested. Sweeping every interval as well covers what inotify does not see: files written
/// on another machine into a network share, and new sub-folders.
public final class InboxWaker {
    private let descriptor: Int32
    /// How long to let a file that just arrived settle before sweeping.
    private let settleSeconds: Double

    /// Watches `folders`; falls back to plain polling when inotify is unavailable.
    public init(folders: [String], settleSeconds: Double) {
        self.settleSeconds = settleSeconds
        let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        self.descriptor = descriptor
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
        for folder in folders {
            _ = inotify_add_watch(descriptor, folder, mask)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether inotify is watching (else every wait lasts the whole interval).
    public var isNotified: Bool { descriptor >= 0 }

    /// Returns when there may be work, `interval` has passed, or `stop` is requested.
    public func wait(seconds interval: Double, stop: StopSignal) {
        let deadline = Date().addingTimeInterval(interval)
        while !stop.isRequested {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            // Short slices, so a stop request is noticed within a quarter second.
            let slice = min(left, 0.25)
            guard descriptor >= 0 else {
                stop.wait(seconds: slice)
                continue
            }
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&pollDescriptor, 1, Int32(slice * 1000)) > 0 {
                drain()
                // A scanner that closed its file is done with it; let it settle, then sweep.
                stop.wait(seconds: min(max(settleSeconds, 0) + 0.1, max(0, deadline.timeIntervalSinceNow)))
                return
            }
        }
    }

    private func drain() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while read(descriptor, buffer, size) > 0 {}
    }
}
