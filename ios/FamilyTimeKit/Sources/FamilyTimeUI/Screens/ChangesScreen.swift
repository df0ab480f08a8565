import SwiftUI
import FamilyTimeCore

/// What new plan versions changed, each with its reason; "I've seen this" puts them away.
struct ChangesScreen: View {
    let view: ChangesView
    let onSeen: (Int64) -> Void

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            ForEach(view.cards, id: \.id) { (card: ChangeCard) in
                let words = card.words
                // No card label: each line is read, the decision and what happens next included.
                InfoCard {
                    if let person = card.people.first { PersonPicture(person: person) }
                    CardTitle(words.title)
                    if let detail = words.detail { BodyText(detail) }
                    if let why = words.why { BodyText(why) }
                    if let decided = words.decided { BodyText(decided, muted: true) }
                    if let next = words.next { BodyText(next, muted: true) }
                }
            }
            if let upTo = view.upTo {
                BigButton(button: FamilyTimeCore.Button(text: view.seen, label: view.seen), wide: true) { onSeen(upTo) }
            }
        }
    }
}
