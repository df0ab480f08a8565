import SwiftUI
import FamilyTimeCore

enum SettingsEvent {
    case language(String)
    case age(AgeBand)
    case word(String?)
    case ownWord(String)
    case reminderDetails(Bool)
    case privacy
}

/// The child's language, age band, word for family time, whether reminders give details,
/// and the way to keeping it private.
struct SettingsScreen: View {
    let view: SettingsView
    let onEvent: (SettingsEvent) -> Void

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            Heading(view.languageHeading)
            ForEach(view.languages, id: \.language) { (choice: LanguageChoice) in
                Choice(choice.name, selected: choice.selected) { onEvent(.language(choice.language)) }
            }
            Heading(view.ageHeading)
            ForEach(view.ages, id: \.band) { (choice: AgeChoice) in
                Choice(choice.text, selected: choice.selected) { onEvent(.age(choice.band)) }
            }
            Heading(view.wordHeading)
            WordChoices(choices: view.words, ownField: view.ownField, ownWord: view.ownWord) { event in
                switch event {
                case .word(let word): onEvent(.word(word))
                case .ownWord(let word): onEvent(.ownWord(word))
                default: break
                }
            }
            Heading(view.remindersHeading)
            Switch(toggle: view.reminderDetails) { onEvent(.reminderDetails($0)) }
            // To the lock, the disguise and the "How was it?" reminder.
            BigButton(button: view.privacy, wide: true) { onEvent(.privacy) }
        }
    }
}
