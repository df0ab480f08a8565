import SwiftUI
import FamilyTimeCore

enum ForgotPinEvent {
    case type(String)
    case submit
    case back
    case feelUnsafe
    case quickExit
}

/// A forgotten PIN: who to ask for a code, the code, and what the council's server said.
/// Shown while locked, so "I feel unsafe" and quick exit are here too.
struct ForgotPinScreen: View {
    let view: ForgotPinView
    let code: String
    /// While the council's server checks the code.
    let checking: Bool
    /// The core's words when the code could not be checked at all.
    let failure: String?
    let onEvent: (ForgotPinEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            LockedEscapes(feelUnsafe: view.feelUnsafe, quickExit: view.quickExit,
                          onUnsafe: { onEvent(.feelUnsafe) }, onQuickExit: { onEvent(.quickExit) })
            Heading(words.title, big: true)
            if let done = words.done {
                BodyText(done)
            } else {
                BodyText(words.explain)
                // Codes are copied from paper: capitals, and no corrections.
                WritingField(label: words.field, text: Binding(get: { code }, set: { onEvent(.type($0)) }))
                    .textInputAutocapitalization(.characters)
                    .autocorrectionDisabled()
                if let problem = view.problem {
                    BodyText(problem.text)
                    BodyText(problem.whatToDo, muted: true)
                }
                if let failure { BodyText(failure) }
                BigButton(button: view.submit, wide: true) { onEvent(.submit) }
                    .disabled(checking || code.isEmpty)
            }
            BigButton(button: view.back, wide: true) { onEvent(.back) }
        }
    }
}
