import SwiftUI
import FamilyTimeCore

enum ShareEvent {
    case to(String)
    case send
    case keepPrivate
}

/// Exactly what will be sent, and to whom, before the child chooses to send it or keep
/// it private. The message shown is the very one the core sends.
struct ShareScreen: View {
    let view: ShareView
    let onEvent: (ShareEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            Heading(words.title, big: true)
            BodyText(words.intro)
            InfoCard {
                BodyText(view.preview.text)
            }
            Heading(words.toHeading)
            ForEach(view.helpers, id: \.helper) { (helper: ShareHelper) in
                Choice(helper.name, selected: helper.selected) { onEvent(.to(helper.helper)) }
                    .accessibilityLabel(helper.label)
            }
            BigButton(button: view.send, wide: true) { onEvent(.send) }
            BigButton(button: view.keepPrivate, wide: true) { onEvent(.keepPrivate) }
        }
    }
}
