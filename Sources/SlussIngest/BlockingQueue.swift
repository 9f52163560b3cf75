import Foundation

/// A first-in first-out queue between threads. `push` waits while a bounded queue is full, `pop`
/// waits while it is empty; after `close()` pops drain what is left and then return nil.
final class BlockingQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Popped slots are set to nil at once: an element (a page image) must not outlive its turn.
    private var items: [Element?] = []
    private var head = 0
    private var closed = false
    private let capacity: Int?

    init(capacity: Int? = nil) {
        self.capacity = capacity
    }

    func push(_ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while let capacity, items.count - head >= capacity, !closed { condition.wait() }
        items.append(element)
        condition.broadcast()
    }

    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let element = items[head]
        items[head] = nil
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `body` on a dedicated thread (OCR blocks for seconds; it must not sit on Swift's
/// cooperative pool) and lets the caller wait for it to end.
final class WorkerThread: Sendable {
    private let finished = DispatchSemaphore(value: 0)

    init(name: String, body: @escaping @Sendable () -> Void) {
        let finished = self.finished
        let thread = Thread {
            body()
            finished.signal()
        }
        thread.name = name
        // Tesseract recurses deeply on complex pages; give it room.
        thread.stackSize = 16 << 20
        thread.start()
    }

    func join() {
        finished.wait()
    }
}
