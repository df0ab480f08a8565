import UserNotifications
import FamilyTimeCore

/// The core's reminders as local notifications at their times. With previews hidden (the
/// phone's default while locked) the lock screen shows the core's title, which names no
/// one; the body (details only if the child turned them on) waits for the unlock.
final class NotificationReminders: ReminderScheduler {
    private static let category = "app.familytime.reminder"

    func replaceAll(reminders: [Reminder]) throws {
        try platformCall(.scheduleReminders) {
            let centre = UNUserNotificationCenter.current()
            centre.removeAllPendingNotificationRequests()
            guard let first = reminders.first else { return }
            centre.setNotificationCategories([
                UNNotificationCategory(
                    identifier: Self.category, actions: [], intentIdentifiers: [],
                    hiddenPreviewsBodyPlaceholder: first.title, options: [.hiddenPreviewsShowTitle]
                ),
            ])
            for reminder in reminders {
                let content = UNMutableNotificationContent()
                content.title = reminder.title
                content.body = reminder.body
                content.categoryIdentifier = Self.category
                content.sound = .default
                let seconds = max(1, reminder.at.timeIntervalSinceNow)
                let trigger = UNTimeIntervalNotificationTrigger(timeInterval: seconds, repeats: false)
                centre.add(UNNotificationRequest(identifier: reminder.id, content: content, trigger: trigger))
            }
        }
    }
}

/// Asking for permission to remind: once, after the app first opens; a "no" is kept and
/// reminders stay silent.
enum Reminders {
    static func askOnce() async {
        _ = try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound])
    }
}
