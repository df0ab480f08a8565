import SwiftUI
import FamilyTimeCore

/// Who can help right now: 999 and Childline open the call screen; the urgent message is queued.
struct UnsafeScreen: View {
    let view: UnsafeView
    let onDial: (String) -> Void

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            ForEach(view.calls, id: \.number) { (call: CallButton) in
                // The first is the emergency number, drawn as the urgent one.
                BigButton(button: call.button, urgent: call == view.calls.first, wide: true) { onDial(call.number) }
            }
            BodyText(view.trustedAdult)
            BodyText(view.told, muted: true)
        }
    }
}
