import Foundation
import Testing
@testable import SlussIngest

@Suite struct BlockingQueueTests {
    final class PageImage: @unchecked Sendable {}

    @Test func aPoppedElementIsNotKeptAlive() {
        // Page images pass through the queue; one kept alive after its turn is 9 MB leaked a page.
        let queue = BlockingQueue<PageImage>(capacity: 2)
        weak var released: PageImage?
        do {
            let image = PageImage()
            released = image
            queue.push(image)
            _ = queue.pop()
        }
        #expect(released == nil)
    }

    @Test func pushWaitsWhileTheQueueIsFull() throws {
        let queue = BlockingQueue<Int>(capacity: 1)
        queue.push(1)
        let pushed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            queue.push(2)
            pushed.signal()
        }
        #expect(pushed.wait(timeout: .now() + 0.3) == .timedOut, "a full queue must hold the producer back")
        #expect(queue.pop() == 1)
        #expect(pushed.wait(timeout: .now() + 5) == .success)
        #expect(queue.pop() == 2)
    }

    @Test func closingDrainsThenEnds() {
        let queue = BlockingQueue<Int>()
        (1...100).forEach(queue.push)
        queue.close()
        var drained: [Int] = []
        while let value = queue.pop() { drained.append(value) }
        #expect(drained == Array(1...100))
    }
}
