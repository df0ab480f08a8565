import SwiftUI
import FamilyTimeCore

/// One session: who, when, where, how, what happens, and why it is like this.
struct SessionScreen: View {
    let view: SessionDetail
    let onOpenPerson: (String) -> Void

    var body: some View {
        let words = view.session.words
        ScreenColumn {
            Heading(words.title, big: true)
            SessionRow(card: view.session) {
                if let first = view.session.people.first { onOpenPerson(first.id) }
            }
            if let place = words.place { BodyText(place) }
            if let why = words.why { BodyText(why) }
            if let decided = words.decided { BodyText(decided, muted: true) }
            if let whatHappens = view.whatHappens { BodyText(whatHappens) }
            ArrangementCard(arrangement: view.arrangement)
            ForEach(view.changes, id: \.self) { (change: ChangeNotice) in ChangeNoticeCard(change: change) }
        }
    }
}
