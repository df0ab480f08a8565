import SwiftUI
import FamilyTimeCore

enum NotesEvent {
    case type(String)
    case save
    case delete(Int64)
    case deleteYes
    case deleteNo
}

/// The child's own notes, kept only on this phone: write one, read them, delete one.
struct NotesScreen: View {
    let view: NotesView
    let draft: String
    /// The note the child asked to delete, waiting for "yes" or "no".
    let deleting: Int64?
    let onEvent: (NotesEvent) -> Void

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            BodyText(view.intro)
            WritingField(label: view.field, text: Binding(get: { draft }, set: { onEvent(.type($0)) }), lines: 3...10)
            BigButton(button: view.save, wide: true) { onEvent(.save) }
            if let empty = view.empty { BodyText(empty, muted: true) }
            ForEach(view.notes, id: \.id) { (note: NoteCard) in
                InfoCard {
                    BodyText(note.writtenOn, muted: true)
                    if let about = note.about { CardTitle(about) }
                    BodyText(note.text)
                    if deleting == note.id {
                        BodyText(view.deleteQuestion)
                        HStack(spacing: 8) {
                            BigButton(button: view.deleteYes, urgent: true) { onEvent(.deleteYes) }
                            BigButton(button: view.deleteNo) { onEvent(.deleteNo) }
                        }
                    } else {
                        BigButton(button: note.delete) { onEvent(.delete(note.id)) }
                    }
                }
            }
        }
    }
}
