import SwiftUI
import FamilyTimeCore

/// What the child sent, where each message has got to, and the answers under it.
struct OutboxScreen: View {
    let view: OutboxView

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            if let empty = view.empty { BodyText(empty, muted: true) }
            ForEach(view.messages, id: \.id) { (card: SentCard) in SentMessage(card: card) }
        }
    }
}

struct SentMessage: View {
    let card: SentCard

    var body: some View {
        // No card label: one would hide the child's words and the answers from VoiceOver,
        // which reads each line instead (the name and state are lines of their own).
        InfoCard {
            CardTitle(card.toName)
            BodyText(card.text)
            StatusTag(text: card.stateText, stopped: card.state == .waiting)
            if let overdue = card.overdue { BodyText(overdue, muted: true) }
            ForEach(card.alsoTell, id: \.id) { (other: HelperCard) in
                BodyText(other.name, muted: true)
                BodyText(other.roleName, muted: true)
            }
            ForEach(card.answers, id: \.id) { (answer: AnswerCard) in
                VStack(alignment: .leading, spacing: 2) {
                    CardTitle(answer.from)
                    BodyText(answer.text)
                }
                .padding(.leading, 16)
                .padding(.top, 8)
            }
        }
    }
}
