import SwiftUI
import FamilyTimeCore

enum SessionEvent {
    case openPerson(String)
    case checkIn(Moment)
}

/// One session: who, when, where, how, what happens, and why it is like this; how the
/// child feels about it while its check-in is open.
struct SessionScreen: View {
    let view: SessionDetail
    /// This session's open check-ins.
    let prompts: [CheckInPrompt]
    let onEvent: (SessionEvent) -> Void

    var body: some View {
        let words = view.session.words
        ScreenColumn {
            Heading(words.title, big: true)
            SessionRow(card: view.session) {
                if let first = view.session.people.first { onEvent(.openPerson(first.id)) }
            }
            ForEach(prompts, id: \.self) { (prompt: CheckInPrompt) in
                CheckInPromptCard(prompt: prompt) { onEvent(.checkIn(prompt.moment)) }
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
