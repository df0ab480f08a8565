import SwiftUI
import FamilyTimeCore

enum SettingsEvent {
    case language(String)
    case age(AgeBand)
    case word(String?)
    case ownWord(String)
    case reminderDetails(Bool)
}

/// The child's language, age band, word for family time, and whether reminders give details.
struct SettingsScreen: View {
    let view: SettingsView
    let onEvent: (SettingsEvent) -> Void
    @Environment(\.palette) private var palette

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
            let details: FamilyTimeCore.Toggle = view.reminderDetails
            SwiftUI.Toggle(isOn: Binding(get: { details.on }, set: { onEvent(.reminderDetails($0)) })) {
                VStack(alignment: .leading, spacing: 2) {
                    Text(details.text)
                    BodyText(details.explain, muted: true)
                }
            }
            .tint(palette.primary)
            .frame(minHeight: minTouch)
        }
    }
}
