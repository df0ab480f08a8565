import FamilyTimeCore

/// What only the phone can do, asked for by the UI. The app target implements it with
/// UIKit; previews and tests implement it too.
@MainActor
public protocol Host: AnyObject {
    /// Opens the phone's call screen with `number` ready; the child presses call themselves.
    func dial(_ number: String)

    /// Leaves the app at once for something ordinary, so nothing of it stays on screen.
    func quickExit()

    /// Shows the app on the home screen under the disguise the child chose (an alternate icon).
    func showDisguise(_ disguise: Disguise)
}
