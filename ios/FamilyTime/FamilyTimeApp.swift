import SwiftUI
import FamilyTimeCore
import FamilyTimeUI

/// The app: one `FamilyTime` for the process, shared by the screens and the background
/// refresh, so the store is never opened twice; a plain cover whenever the app is not
/// in front, so the app switcher shows nothing of it.
@main
struct FamilyTimeApp: App {
    @State private var core = CoreOpening()
    @Environment(\.scenePhase) private var phase

    var body: some Scene {
        WindowGroup {
            ZStack {
                switch core.state {
                case .opening:
                    Color(.systemBackground).ignoresSafeArea()
                case .open(let app):
                    FamilyTimeRoot(app: app, host: PhoneHost(), biometrics: LocalBiometrics(secrets: KeychainKeyStore()), server: AppConfiguration.server)
                case .failed(let words):
                    Text(words).padding()
                }
                if phase != .active {
                    PrivacyCover()
                }
            }
            .task {
                await core.open()
                await Reminders.askOnce()
            }
        }
        .backgroundTask(.appRefresh(BackgroundRefreshSync.identifier)) {
            await core.syncInBackground()
        }
    }
}

/// Drawn over everything while the app is inactive or in the background: the snapshot
/// the app switcher keeps is of this, not of the child's screens.
private struct PrivacyCover: View {
    var body: some View {
        Color(.systemBackground)
            .ignoresSafeArea()
            .accessibilityHidden(true)
    }
}

/// The council's server and where quick exit goes: set per build in project.yml.
enum AppConfiguration {
    private static let serverKey = "FamilyTimeServer"
    private static let quickExitKey = "FamilyTimeQuickExit"

    static var server: String {
        Bundle.main.object(forInfoDictionaryKey: serverKey) as? String ?? String()
    }

    static var quickExit: URL? {
        (Bundle.main.object(forInfoDictionaryKey: quickExitKey) as? String).flatMap(URL.init(string:))
    }
}
