import SwiftUI
import FamilyTimeCore

/// First open: each choice is kept in the settings as it is made; the code is checked by
/// the council's server, and a plan is fetched once the phone has joined.
struct FirstOpenHolder: View {
    let model: AppModel
    @State private var step = FirstOpenStep.language
    @State private var code = String()
    @State private var codeState = CodeState.typing

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .firstOpen, changed: model.changed, read: { try app.firstOpen() }) { (view: FirstOpenView) in
            FirstOpenScreen(view: view, step: step, code: code, codeState: codeState) { event in
                switch event {
                case .language(let language): model.updateSettings { $0.language = language }
                case .word(let word): model.updateSettings { $0.familyTimeWord = word }
                case .ownWord(let word): model.updateSettings { $0.familyTimeWord = word }
                case .age(let band): model.updateSettings { $0.ageBand = band }
                case .typeCode(let typed):
                    code = typed
                    codeState = .typing
                case .join: join()
                case .next: advance()
                }
            }
        }
    }

    private func advance() {
        switch step {
        case .language: step = .code
        case .code: step = .word
        case .word: step = .age
        case .age:
            model.stack = BackStack(.home)
            model.didChange()
        }
    }

    private func join() {
        let app: FamilyTime = model.app
        let server = model.server
        let typed = code
        codeState = .checking
        Task {
            do {
                switch try await app.enterCode(server: server, code: typed) {
                case .joined:
                    codeState = .typing
                    step = .word
                    await model.trySync()
                case .problem(let problem):
                    codeState = .problem(problem)
                }
            } catch {
                codeState = .typing
            }
        }
    }
}

/// Settings: each change is kept at once, and every screen reads again in the new words.
struct SettingsHolder: View {
    let model: AppModel

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .settings, changed: model.changed, read: { try app.settingsScreen() }) { (view: SettingsView) in
            SettingsScreen(view: view) { event in
                switch event {
                case .language(let language): model.updateSettings { $0.language = language }
                case .age(let band): model.updateSettings { $0.ageBand = band }
                case .word(let word): model.updateSettings { $0.familyTimeWord = word }
                case .ownWord(let word): model.updateSettings { $0.familyTimeWord = word }
                case .reminderDetails(let on): model.updateSettings { $0.reminderDetails = on }
                case .privacy: model.stack.push(.privacy)
                }
            }
        }
    }
}

/// The child's notes: the text being written stays here until it is saved.
struct NotesHolder: View {
    let model: AppModel
    @State private var draft = String()
    @State private var deleting: Int64?

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: .notes, changed: model.changed, read: { try app.notesScreen() }) { (view: NotesView) in
            NotesScreen(view: view, draft: draft, deleting: deleting) { event in
                switch event {
                case .type(let text): draft = text
                case .save:
                    let text = draft
                    Task {
                        await model.change { app in _ = try app.addNote(text: text, aboutPerson: nil) }
                        draft = String()
                    }
                case .delete(let id): deleting = id
                case .deleteNo: deleting = nil
                case .deleteYes:
                    guard let id = deleting else { return }
                    deleting = nil
                    Task { await model.change { app in _ = try app.deleteNote(id: id) } }
                }
            }
        }
    }
}

extension AppModel {
    /// Changes one of the child's settings and keeps it; every screen then reads again.
    func updateSettings(_ edit: @escaping @Sendable (inout FamilyTimeCore.Settings) -> Void) {
        Task {
            await change { app in
                var settings: FamilyTimeCore.Settings = app.settings()
                edit(&settings)
                try app.setSettings(settings: settings)
            }
        }
    }
}
