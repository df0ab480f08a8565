import SwiftUI
import FamilyTimeCore

enum PersonEvent {
    case openSession(String)
    /// The child's answer to "how often do you see them?"; it may lead to a request.
    case howOftenFelt(HowOften)
    /// From the offer after hard times: to Tell, about this person; nothing is sent yet.
    case tell
    case notNow
    case feelUnsafe
}

/// Who, when next, why it is like this, how family time with them has felt, how often and
/// where, what changed, days to remember.
struct PersonScreen: View {
    let view: PersonView
    /// Only the child sees it; nil while the core has none (no plan yet).
    let feelings: FeelingsLineView?
    let offerShown: Bool
    let onEvent: (PersonEvent) -> Void
    @Environment(\.look) private var look

    var body: some View {
        let words = view.words
        ScreenColumn {
            HStack(spacing: 16) {
                PersonPicture(person: view.person, size: look.avatar * 1.5)
                VStack(alignment: .leading) {
                    Heading(view.person.name, big: true)
                    BodyText(words.person.relationship, muted: true)
                }
            }
            Heading(words.nextHeading)
            BodyText(words.person.next)
            if case .session(let session) = view.next {
                if look.countSleeps { SleepMarks(sleeps: session.daysAway) }
                SessionRow(card: session) { onEvent(.openSession(session.id)) }
            }
            if let explain = words.person.explain { BodyText(explain) }
            if let why = words.person.why { BodyText(why, muted: true) }
            if let reason = view.statusReason { BodyText(reason, muted: true) }
            if let feelings {
                FeelingsLine(view: feelings, offerShown: offerShown, onEvent: onEvent)
            }

            if !view.arrangements.isEmpty {
                Heading(words.arrangementsHeading)
                ForEach(view.arrangements, id: \.id) { (arrangement: ArrangementSummary) in
                    ArrangementCard(arrangement: arrangement)
                }
                HowOftenChoices(words: words.howOften, onEvent: onEvent)
            }
            if view.upcoming.count > 1 {
                Heading(words.upcomingHeading)
                ForEach(view.upcoming.dropFirst().prefix(look.fewWords ? 2 : 5), id: \.id) { (session: SessionCard) in
                    SessionRow(card: session) { onEvent(.openSession(session.id)) }
                }
            }
            if !view.changes.isEmpty {
                Heading(words.changesHeading)
                ForEach(view.changes, id: \.self) { (change: ChangeNotice) in ChangeNoticeCard(change: change) }
            }
            if !view.remembering.isEmpty {
                Heading(words.rememberingHeading)
                ForEach(view.remembering, id: \.self) { (card: RememberingCard) in RememberingRow(card: card) }
            }
            if !view.past.isEmpty && !look.fewWords {
                Heading(words.pastHeading)
                ForEach(view.past.prefix(3), id: \.id) { (session: SessionCard) in
                    SessionRow(card: session) { onEvent(.openSession(session.id)) }
                }
            }
        }
    }
}

/// "Too little, just right, too much": the child's feeling, which may become a request.
private struct HowOftenChoices: View {
    let words: HowOftenWords
    let onEvent: (PersonEvent) -> Void

    var body: some View {
        BodyText(words.question)
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { choices }
            VStack(alignment: .leading, spacing: 8) { choices }
        }
    }

    @ViewBuilder private var choices: some View {
        Choice(words.tooLittle, selected: false) { onEvent(.howOftenFelt(.tooLittle)) }
        Choice(words.justRight, selected: false) { onEvent(.howOftenFelt(.justRight)) }
        Choice(words.tooMuch, selected: false) { onEvent(.howOftenFelt(.tooMuch)) }
    }
}

/// How often, how, where (described, never an address), who takes me, what we can do, why, review.
struct ArrangementCard: View {
    let arrangement: ArrangementSummary

    var body: some View {
        let words = arrangement.words
        InfoCard {
            CardTitle(words.title)
            BodyText(words.howOften)
            BodyText(words.form)
            BodyText(words.support, muted: true)
            if let place = words.place { BodyText(place) }
            if let whoTakesMe = words.whoTakesMe { BodyText(whoTakesMe) }
            if let heading = words.activitiesHeading {
                CardTitle(heading)
                if let activities = arrangement.activities { BodyText(activities) }
            }
            CardTitle(words.purposeHeading)
            BodyText(arrangement.purpose)
            if let review = words.review { BodyText(review, muted: true) }
        }
    }
}

struct ChangeNoticeCard: View {
    let change: ChangeNotice

    var body: some View {
        let words = change.words
        // No card label: each line is read, who decided and what happens next included.
        InfoCard {
            CardTitle(words.title)
            if let rhythm = words.rhythm { BodyText(rhythm) }
            if let why = words.why { BodyText(why) }
            BodyText(words.decided, muted: true)
            BodyText(words.next, muted: true)
        }
    }
}
