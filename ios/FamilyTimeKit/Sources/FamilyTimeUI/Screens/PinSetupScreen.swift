import SwiftUI
import FamilyTimeCore

enum PinSetupEvent {
    case type(String)
    case typeAgain(String)
    case save
    case cancel
}

/// Choosing a PIN: the rule, the PIN twice, and the core's words if it will not do.
struct PinSetupScreen: View {
    let view: PinSetupView
    let pin: String
    let again: String
    let onEvent: (PinSetupEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            Heading(words.title, big: true)
            BodyText(words.rule)
            PinField(label: words.field, pin: Binding(get: { pin }, set: { onEvent(.type($0)) }))
            PinField(label: words.confirmField, pin: Binding(get: { again }, set: { onEvent(.typeAgain($0)) }))
                .onSubmit { onEvent(.save) }
            if let problem = words.problem { BodyText(problem) }
            BigButton(button: view.save, wide: true) { onEvent(.save) }
                .disabled(pin.isEmpty || again.isEmpty)
            BigButton(button: view.cancel, wide: true) { onEvent(.cancel) }
        }
    }
}
