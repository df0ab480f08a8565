import SwiftUI
import FamilyTimeCore

enum LockEvent {
    case type(String)
    case unlock
    case biometrics
    case forgot
    case feelUnsafe
    case quickExit
}

/// The PIN, asked for before anything of the child's shows. After wrong guesses the core
/// says how long to wait, and "Open" waits with it; "I feel unsafe" and quick exit never
/// need the PIN.
struct LockScreen: View {
    let view: LockView
    let pin: String
    /// True until the core's wait after wrong guesses has run.
    let waiting: Bool
    let onEvent: (LockEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            LockedEscapes(feelUnsafe: view.feelUnsafe, quickExit: view.quickExit,
                          onUnsafe: { onEvent(.feelUnsafe) }, onQuickExit: { onEvent(.quickExit) })
            Heading(words.title, big: true)
            PinField(label: words.field, pin: Binding(get: { pin }, set: { onEvent(.type($0)) }))
                .onSubmit { onEvent(.unlock) }
            if let problem = words.problem { BodyText(problem) }
            BigButton(button: view.unlock, wide: true) { onEvent(.unlock) }
                .disabled(waiting || pin.isEmpty)
            if let biometrics = view.biometrics {
                BigButton(button: biometrics, wide: true) { onEvent(.biometrics) }
            }
            BigButton(button: view.forgot, wide: true) { onEvent(.forgot) }
        }
    }
}

/// "I feel unsafe" and quick exit at the top of the screens shown while locked, where the
/// menu and everything of the child's are not.
struct LockedEscapes: View {
    let feelUnsafe: FamilyTimeCore.Button
    let quickExit: FamilyTimeCore.Button
    let onUnsafe: () -> Void
    let onQuickExit: () -> Void

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { buttons }
            VStack(spacing: 8) { buttons }
        }
    }

    @ViewBuilder private var buttons: some View {
        BigButton(button: feelUnsafe, urgent: true, wide: true, action: onUnsafe)
        BigButton(button: quickExit, wide: true, action: onQuickExit)
    }
}

/// A PIN: digits, hidden as typed.
struct PinField: View {
    let label: String
    @Binding var pin: String
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        SecureField(label, text: $pin)
            .keyboardType(.numberPad)
            .font(look.title)
            .padding(12)
            .frame(minHeight: minTouch)
            .overlay(RoundedRectangle(cornerRadius: look.corner / 2).strokeBorder(palette.outline))
            .accessibilityLabel(label)
    }
}
