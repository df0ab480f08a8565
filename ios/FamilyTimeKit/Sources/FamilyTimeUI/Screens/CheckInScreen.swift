import SwiftUI
import FamilyTimeCore

enum CheckInEvent {
    case pick(Feeling)
    case write(String)
    case save
    case share
}

/// How the child feels before or after family time: the faces with their words, a few
/// words of their own if they like, saved only on this phone until they share it.
struct CheckInScreen: View {
    let view: CheckInView
    /// The face the child has picked, saved or not yet.
    let picked: Feeling?
    let ownWords: String
    /// The core's words for why the check-in was refused (outside its window).
    let problem: String?
    let onEvent: (CheckInEvent) -> Void
    @Environment(\.look) private var look

    var body: some View {
        let words = view.words
        ScreenColumn {
            Heading(words.title, big: true)
            BodyText(words.when, muted: true)
            // Faces are the words for the youngest: the bigger the fewer words they read.
            let side = look.avatar * (look.fewWords ? 1.6 : 1.2)
            LazyVGrid(columns: [GridItem(.adaptive(minimum: side * 1.6), spacing: 8)], spacing: 8) {
                ForEach(view.feelings, id: \.feeling) { (choice: FeelingChoice) in
                    FaceChoice(choice: choice, selected: choice.feeling == picked, side: side) {
                        onEvent(.pick(choice.feeling))
                    }
                }
            }
            WritingField(label: words.ownWordsField, text: Binding(get: { ownWords }, set: { onEvent(.write($0)) }),
                         lines: 2...6)
            BodyText(words.privateNote, muted: true)
            // Outside its window the core says why, up front, and there is nothing to save.
            if let closed = words.closed {
                BodyText(closed)
            } else {
                if let problem { BodyText(problem) }
                BigButton(button: view.save, wide: true) { onEvent(.save) }
                    .disabled(picked == nil)
            }
            if let share = view.share {
                BigButton(button: share, wide: true) { onEvent(.share) }
            }
        }
    }
}

/// One feeling: its face above its word, picked with a tick as well as a colour.
private struct FaceChoice: View {
    let choice: FeelingChoice
    let selected: Bool
    let side: CGFloat
    let action: () -> Void

    var body: some View {
        Choice(selected: selected, action: action) {
            Text(choice.face).font(.system(size: side * 0.6)).accessibilityHidden(true)
            Text(choice.button.text)
        }
        .accessibilityLabel(choice.button.label)
    }
}
