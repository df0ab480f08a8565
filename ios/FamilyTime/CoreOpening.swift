import Foundation
import Observation
import FamilyTimeCore
import FamilyTimeUI

/// Opens the child's store once, off the main actor, with what only the phone can do.
@Observable
@MainActor
final class CoreOpening {
    enum State {
        case opening
        case open(FamilyTime)
        /// The core's words for why the store could not be opened.
        case failed(String)
    }

    private(set) var state = State.opening
    private static let folderName = "FamilyTime"

    func open() async {
        if case .open = state { return }
        state = await Task.detached(priority: .userInitiated) { Self.openStore() }.value
    }

    /// What the system's app refresh runs: sends the outbox, fetches answers and plans.
    func syncInBackground() async {
        await open()
        guard case .open(let app) = state else { return }
        // Whatever went wrong, the core has already asked for the next try.
        _ = try? await app.sync()
    }

    nonisolated private static func openStore() -> State {
        do {
            let folder = try storeFolder()
            let app = try FamilyTime.open(
                folder: folder.path,
                phoneLanguage: Locale.preferredLanguages.first ?? Locale.current.identifier,
                keys: KeychainKeyStore(),
                reminders: NotificationReminders(),
                background: BackgroundRefreshSync(),
                network: PathReachability()
            )
            return .open(app)
        } catch let error as FamilyTimeError {
            return .failed(error.words)
        } catch {
            return .failed(error.localizedDescription)
        }
    }

    /// Application Support/FamilyTime, made once and excluded from iCloud and computer
    /// backups: the store is useless without the key, which never leaves this phone.
    nonisolated private static func storeFolder() throws -> URL {
        let support = try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
        )
        var folder = support.appendingPathComponent(folderName, isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
        )
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try folder.setResourceValues(values)
        return folder
    }
}
