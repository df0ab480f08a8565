import SwiftUI
import FamilyTimeCore

enum PrivacyEvent {
    case lock(Bool)
    case changePin
    case biometrics(Bool)
    case disguise(Disguise)
    case afterReminders(Bool)
}

/// Keeping it private: the PIN lock, the phone's fingerprint or face, how the app looks on
/// the home screen, and the "How was it?" reminder. Each change is kept at once.
struct PrivacyScreen: View {
    let view: PrivacyView
    let onEvent: (PrivacyEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            Heading(words.title, big: true)
            Heading(words.lockHeading)
            Switch(toggle: view.lock) { onEvent(.lock($0)) }
            if let changePin = view.changePin {
                BigButton(button: changePin, wide: true) { onEvent(.changePin) }
            }
            if let biometrics = view.biometrics {
                Switch(toggle: biometrics) { onEvent(.biometrics($0)) }
            }
            Heading(words.disguiseHeading)
            BodyText(words.disguiseExplain)
            // iOS changes an app's picture, never its name: say so rather than promise a disguise.
            BodyText(words.disguiseNameStays, muted: true)
            ForEach(view.disguises, id: \.disguise) { (choice: DisguiseChoice) in
                Choice(choice.button.text, selected: choice.selected) { onEvent(.disguise(choice.disguise)) }
                    .accessibilityLabel(choice.button.label)
            }
            Heading(words.reminderHeading)
            Switch(toggle: view.afterReminders) { onEvent(.afterReminders($0)) }
        }
    }
}
