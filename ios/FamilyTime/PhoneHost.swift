import UIKit
import FamilyTimeCore
import FamilyTimeUI

/// What the UI asks of the phone, done with UIKit.
@MainActor
final class PhoneHost: Host {
    private static let telephone = "tel"

    /// Opens the call screen with the number in it, for the child to press call; nothing
    /// is dialled for them. An iPad or iPod has no phone: the number stays on the screen,
    /// large enough to read out.
    func dial(_ number: String) {
        var link = URLComponents()
        link.scheme = Self.telephone
        link.path = number
        guard let url = link.url, UIApplication.shared.canOpenURL(url) else { return }
        UIApplication.shared.open(url)
    }

    /// Quick exit: the UI has already blanked itself; the phone now shows an ordinary page
    /// in Safari (iOS lets no app close itself), and the app is home again when reopened.
    func quickExit() {
        guard let page = AppConfiguration.quickExit else { return }
        UIApplication.shared.open(page)
    }

    /// The icon the child chose, from the asset catalog's alternate app icons (project.yml);
    /// nil is the app's own. iOS keeps the name under the icon as it is (see ios/README.md).
    func showDisguise(_ disguise: Disguise) {
        let icon = AppIcon.name(of: disguise)
        let application = UIApplication.shared
        guard application.supportsAlternateIcons, application.alternateIconName != icon else { return }
        Task { try? await application.setAlternateIconName(icon) }
    }
}

/// The alternate app icons, named as in project.yml's ASSETCATALOG_COMPILER_ALTERNATE_APPICON_NAMES
/// and the icon sets in Assets.xcassets (ios/checks compares them).
enum AppIcon {
    static let notes = "AppIconNotes"
    static let planner = "AppIconPlanner"

    static func name(of disguise: Disguise) -> String? {
        switch disguise {
        case .familyTime: nil
        case .notes: notes
        case .planner: planner
        }
    }
}
