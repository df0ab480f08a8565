import SwiftUI
import FamilyTimeCore

enum HomeEvent {
    case openPerson(String)
    case openSession(String)
    case openChanges
    /// A check-in open now: how the child feels before or after family time.
    case checkIn(CheckInPrompt)
}

/// Today, tomorrow, and when the child sees everyone; what changed on top until seen, and
/// "How do you feel?" while a check-in is open before or after family time.
struct HomeScreen: View {
    let view: HomeView
    let prompts: [CheckInPrompt]
    let onEvent: (HomeEvent) -> Void

    var body: some View {
        let words = view.words
        ScreenColumn {
            Heading(words.title, big: true)
            if !view.changes.isEmpty {
                Heading(words.changesHeading)
                ForEach(view.changes, id: \.self) { (change: ChangeNotice) in
                    InfoCard(label: change.words.label, action: { onEvent(.openChanges) }) {
                        CardTitle(change.words.title)
                        if let why = change.words.why { BodyText(why, muted: true) }
                    }
                }
            }
            ForEach(prompts, id: \.self) { (prompt: CheckInPrompt) in
                CheckInPromptCard(prompt: prompt) {
                    onEvent(.checkIn(prompt))
                }
            }
            DaySection(heading: words.todayHeading, empty: words.todayEmpty, sessions: view.todaySessions, onEvent: onEvent)
            DaySection(heading: words.tomorrowHeading, empty: words.tomorrowEmpty, sessions: view.tomorrowSessions,
                       onEvent: onEvent)
            Heading(words.peopleHeading)
            ForEach(view.people, id: \.person.id) { (entry: PersonNext) in
                PersonCard(entry: entry) { onEvent(.openPerson(entry.person.id)) }
            }
            if !view.remembering.isEmpty {
                Heading(words.rememberingHeading)
                ForEach(view.remembering, id: \.self) { (card: RememberingCard) in RememberingRow(card: card) }
            }
        }
    }
}

private struct DaySection: View {
    let heading: String
    let empty: String?
    let sessions: [SessionCard]
    let onEvent: (HomeEvent) -> Void

    var body: some View {
        Heading(heading)
        if let empty { BodyText(empty, muted: true) }
        ForEach(sessions, id: \.id) { (session: SessionCard) in
            SessionRow(card: session) { onEvent(.openSession(session.id)) }
        }
    }
}

/// A person, and when the child next sees them, or why not: exactly as the core says it.
struct PersonCard: View {
    let entry: PersonNext
    let action: () -> Void
    @Environment(\.look) private var look

    var body: some View {
        let words: PersonWords = entry.words
        InfoCard(label: words.label, action: action) {
            PictureBeside {
                PersonPicture(person: entry.person)
            } words: {
                CardTitle(entry.person.name)
                BodyText(words.next)
                if let explain = words.explain { BodyText(explain, muted: true) }
            }
            if look.countSleeps, case .session(let session) = entry.next {
                SleepMarks(sleeps: session.daysAway)
            }
        }
    }
}

/// A day to remember (a birthday), with the person it is about.
struct RememberingRow: View {
    let card: RememberingCard

    var body: some View {
        InfoCard(label: card.label) {
            HStack(spacing: 12) {
                PersonPicture(person: card.person)
                BodyText(card.what)
            }
        }
    }
}

/// An open check-in, with a tick once the child has said how they feel (they can change it).
struct CheckInPromptCard: View {
    let prompt: CheckInPrompt
    let action: () -> Void

    var body: some View {
        InfoCard(label: prompt.button.label, action: action) {
            HStack(spacing: 8) {
                if prompt.done != nil {
                    Image(systemName: Symbol.tick).accessibilityHidden(true)
                }
                CardTitle(prompt.button.text)
            }
        }
    }
}
