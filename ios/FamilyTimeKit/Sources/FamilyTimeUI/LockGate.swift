import SwiftUI
import FamilyTimeCore

/// What shows while the app is locked: the lock screen, a forgotten PIN, or "I feel
/// unsafe"; nothing of the child's, and no menu.
struct LockGate: View {
    let chrome: ChromeView
    let model: AppModel

    var body: some View {
        switch model.lockStack.top {
        case .forgotPin:
            ForgotPinHolder(model: model)
        case .unsafe:
            AppScaffold(chrome: chrome, canGoBack: true, onBack: { model.lockStack.pop() }, onPlace: nil,
                        onUnsafe: { model.feelUnsafe() }, onQuickExit: { model.quickExit() }) {
                UnsafeHolder(model: model)
            }
        default:
            LockHolder(model: model)
        }
    }
}

/// The PIN or the phone's face or finger check; each answer is the next lock screen, or open.
private struct LockHolder: View {
    let model: AppModel
    @State private var pin = String()
    /// The lock screen as the last try left it (a wrong PIN, a wait).
    @State private var answered: LockView?
    @State private var askedBiometrics = false

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .lock, changed: model.changed, read: { try app.lockScreen() }) { (read: LockView) in
            let view: LockView = answered ?? read
            LockScreen(view: view, pin: pin, waiting: Self.waiting(view)) { event in
                switch event {
                case .type(let typed): pin = typed
                case .unlock:
                    let typed = pin
                    tryToOpen { try app.enterPin(pin: typed) }
                case .biometrics: openWithBiometrics()
                case .forgot: model.lockStack.push(.forgotPin)
                case .feelUnsafe: model.feelUnsafe()
                case .quickExit: model.quickExit()
                }
            }
            .task(id: view.waitUntil) { await waitOut(view.waitUntil) }
            .task {
                // The phone's own check is offered at once when the child turned it on.
                guard view.biometrics != nil, !askedBiometrics else { return }
                askedBiometrics = true
                openWithBiometrics()
            }
        }
    }

    private static func waiting(_ view: LockView) -> Bool {
        guard let until = view.waitUntil else { return false }
        return until > Date.now
    }

    private func openWithBiometrics() {
        let app: FamilyTime = model.app
        let biometrics: Biometrics = model.biometrics
        tryToOpen { try app.unlockWithBiometrics(biometrics: biometrics) }
    }

    /// The PIN is forgotten as soon as it has been tried, whatever the answer.
    private func tryToOpen(_ attempt: @escaping @Sendable () throws -> UnlockOutcome) {
        pin = String()
        Task {
            guard case .ready(let outcome) = await fromCore(attempt) else { return }
            let answer: UnlockOutcome = outcome
            switch answer {
            case .unlocked:
                answered = nil
                model.didChange()
            case .locked(let view):
                answered = view
            }
        }
    }

    /// When the wait after wrong guesses has run, the core's lock screen without it.
    private func waitOut(_ until: Date?) async {
        guard let until, until > Date.now else { return }
        try? await Task.sleep(for: .seconds(until.timeIntervalSinceNow))
        guard !Task.isCancelled else { return }
        let app: FamilyTime = model.app
        if case .ready(let fresh) = await fromCore({ try app.lockScreen() }) {
            answered = fresh
        }
    }
}

/// A forgotten PIN: the social worker's code, checked by the council's server. Once it
/// worked, the lock is off and the child goes on to choose a new PIN.
private struct ForgotPinHolder: View {
    let model: AppModel
    @State private var code = String()
    @State private var checking = false
    @State private var answered: ForgotPinView?
    /// The core's words when the code could not be checked at all.
    @State private var failure: String?

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .forgotPin, changed: model.changed, read: { try app.forgotPinScreen() }) { (read: ForgotPinView) in
            let view: ForgotPinView = answered ?? read
            ForgotPinScreen(view: view, code: code, checking: checking, failure: failure) { event in
                switch event {
                case .type(let typed): code = typed
                case .submit: submit()
                case .back:
                    if view.words.done == nil { model.lockStack.pop() } else { model.chooseNewPin() }
                case .feelUnsafe: model.feelUnsafe()
                case .quickExit: model.quickExit()
                }
            }
        }
    }

    private func submit() {
        let app: FamilyTime = model.app
        let typed = code
        checking = true
        Task {
            do {
                answered = try await app.resetForgottenPin(code: typed)
                failure = nil
            } catch let error as FamilyTimeError {
                failure = error.words
            } catch {
                failure = String(describing: error)
            }
            checking = false
        }
    }
}

/// Who can help right now; the urgent message is queued as the screen opens, locked or not.
struct UnsafeHolder: View {
    let model: AppModel

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .unsafe, changed: model.changed, read: { try app.unsafeNow() }) { (view: UnsafeView) in
            UnsafeScreen(view: view) { number in model.host.dial(number) }
        }
        .task { await model.raiseUnsafe() }
    }
}
