import SwiftUI
import FamilyTimeCore

enum TellEvent {
    case to(String)
    case about(Topic)
    case asking(Change)
    case write(String)
    case send
}

/// Pick who and what, the ready-made requests, the child's own words, send.
struct TellScreen: View {
    let view: TellView
    let draft: Message
    let onEvent: (TellEvent) -> Void
    @Environment(\.look) private var look

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            Heading(view.whoHeading)
            ForEach(view.helpers, id: \.helper.id) { (choice: HelperChoice) in
                let picked = draft.to == choice.helper.id
                Choice(selected: picked, action: { onEvent(.to(choice.helper.id)) }) {
                    Text(choice.helper.name)
                    Text(choice.helper.roleName).font(look.body)
                }
                if picked {
                    if let likely = choice.likelyText { BodyText(likely, muted: true) }
                    if let outOfHours = choice.outOfHours { BodyText(outOfHours, muted: true) }
                }
            }
            Heading(view.topicHeading)
            Wrapping {
                ForEach(view.topics, id: \.value) { (topic: TopicChoice) in
                    Choice(topic.text, selected: draft.topic == topic.value) { onEvent(.about(topic.value)) }
                }
            }
            if draft.topic == .changeRequest {
                Heading(view.changeHeading)
                Wrapping {
                    ForEach(view.changes, id: \.value) { (change: ChangeChoice) in
                        Choice(change.text, selected: draft.change == change.value) { onEvent(.asking(change.value)) }
                    }
                }
            }
            Heading(view.writeHeading)
            WritingField(label: view.writeHeading, text: Binding(get: { draft.text }, set: { onEvent(.write($0)) }),
                         lines: 4...12)
            BodyText(view.keepPrivate, muted: true)
            BigButton(button: FamilyTimeCore.Button(text: view.send, label: view.send), wide: true) { onEvent(.send) }
        }
    }
}

/// Choices side by side while they fit, one under another when they do not (large text).
private struct Wrapping<Content: View>: View {
    @ViewBuilder var content: () -> Content

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8, content: content)
            VStack(alignment: .leading, spacing: 8, content: content)
        }
    }
}
