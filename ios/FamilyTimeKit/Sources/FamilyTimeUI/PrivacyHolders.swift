import SwiftUI
import FamilyTimeCore

/// The privacy settings: each change is kept at once; the disguise is also shown on the
/// home screen by the phone.
struct PrivacyHolder: View {
    let model: AppModel

    var body: some View {
        let app: FamilyTime = model.app
        let biometrics: Biometrics = model.biometrics
        Holder(route: .privacy, changed: model.changed, read: { try app.privacyScreen(biometrics: biometrics) }) {
            (view: PrivacyView) in
            PrivacyScreen(view: view) { event in
                switch event {
                case .lock(true), .changePin: model.stack.push(.pinSetup)
                case .lock(false): Task { await model.change { app in try app.turnLockOff() } }
                case .biometrics(let on): Task { await model.change { app in try app.setBiometricUnlock(on: on, biometrics: biometrics) } }
                case .disguise(let disguise):
                    Task {
                        await model.change { app in try app.setDisguise(disguise: disguise) }
                        model.host.showDisguise(disguise)
                    }
                case .afterReminders(let on): Task { await model.change { app in try app.setAfterReminders(on: on) } }
                }
            }
        }
    }
}

/// Choosing a PIN: typed twice, kept here until saved; the core's words if it will not do.
struct PinSetupHolder: View {
    let model: AppModel
    @State private var pin = String()
    @State private var again = String()
    /// The screen as the last try left it.
    @State private var answered: PinSetupView?

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .pinSetup, changed: model.changed, read: { try app.pinSetupScreen() }) { (read: PinSetupView) in
            PinSetupScreen(view: answered ?? read, pin: pin, again: again) { event in
                switch event {
                case .type(let typed): pin = typed
                case .typeAgain(let typed): again = typed
                case .save: save()
                case .cancel: model.stack.pop()
                }
            }
        }
    }

    private func save() {
        let app: FamilyTime = model.app
        let typed = pin
        let typedAgain = again
        pin = String()
        again = String()
        Task {
            guard case .ready(let outcome) = await fromCore({ try app.setPin(pin: typed, again: typedAgain) }) else { return }
            let answer: PinOutcome = outcome
            switch answer {
            case .saved:
                answered = nil
                model.stack.pop()
                model.didChange()
            case .problem(let view):
                answered = view
            }
        }
    }
}
