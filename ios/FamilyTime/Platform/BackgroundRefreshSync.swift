import BackgroundTasks
import FamilyTimeCore

/// The core's next sync as one app-refresh request: iOS runs it at or after the core's
/// time, when the phone sees fit; the app's `.backgroundTask` then calls `sync()`. A new
/// request replaces the pending one and never the one running.
final class BackgroundRefreshSync: BackgroundSync {
    /// Also listed under BGTaskSchedulerPermittedIdentifiers in project.yml.
    static let identifier = "app.familytime.sync"

    func schedule(earliest: Timestamp) throws {
        try platformCall(.scheduleSync) {
            let request = BGAppRefreshTaskRequest(identifier: Self.identifier)
            request.earliestBeginDate = earliest
            try BGTaskScheduler.shared.submit(request)
        }
    }
}
