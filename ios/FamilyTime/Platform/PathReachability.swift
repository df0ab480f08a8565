import Network
import os
import FamilyTimeCore

/// Whether the phone has a usable network path, as Network.framework last saw it.
// NWPathMonitor is thread-safe but not marked Sendable; the one mutable value is behind a lock.
final class PathReachability: Reachability, @unchecked Sendable {
    private let monitor = NWPathMonitor()
    private let online = OSAllocatedUnfairLock(initialState: false)

    init() {
        let online = self.online
        monitor.pathUpdateHandler = { path in
            online.withLock { $0 = path.status == .satisfied }
        }
        monitor.start(queue: DispatchQueue(label: Self.queue, qos: .utility))
    }

    deinit {
        monitor.cancel()
    }

    private static let queue = "app.familytime.reachability"

    func isOnline() -> Bool {
        online.withLock { $0 }
    }
}
