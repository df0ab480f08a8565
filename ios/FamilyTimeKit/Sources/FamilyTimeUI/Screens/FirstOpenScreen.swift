import SwiftUI
import FamilyTimeCore

/// The four steps of first open, in order.
enum FirstOpenStep: Int, Sendable {
    case language, code, word, age
}

enum FirstOpenEvent {
    case language(String)
    case typeCode(String)
    case join
    case word(String?)
    case ownWord(String)
    case age(AgeBand)
    case next
}

/// What the code step is doing: waiting for the child, checking, or the core's words for a problem.
enum CodeState: Equatable {
    case typing
    case checking
    case problem(CodeProblemView)
}

/// The child's language, the code from their social worker, their word for family time,
/// and their age band: each step the core's words, each choice the core's.
struct FirstOpenScreen: View {
    let view: FirstOpenView
    let step: FirstOpenStep
    let code: String
    let codeState: CodeState
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        ScreenColumn {
            switch step {
            case .language: LanguageStepView(step: view.language, onEvent: onEvent)
            case .code: CodeStepView(step: view.code, code: code, state: codeState, onEvent: onEvent)
            case .word: WordStepView(step: view.word, onEvent: onEvent)
            case .age: AgeStepView(step: view.age, onEvent: onEvent)
            }
        }
    }
}

private struct LanguageStepView: View {
    let step: LanguageStep
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        StepHeader(progress: step.progress, title: step.title)
        ForEach(step.choices, id: \.language) { (choice: LanguageChoice) in
            Choice(choice.name, selected: choice.selected) { onEvent(.language(choice.language)) }
        }
        BigButton(button: step.next, wide: true) { onEvent(.next) }
    }
}

private struct CodeStepView: View {
    let step: CodeStep
    let code: String
    let state: CodeState
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        StepHeader(progress: step.progress, title: step.title, explain: step.explain)
        // Codes are copied from paper: capitals, and no corrections.
        WritingField(label: step.field, text: Binding(get: { code }, set: { onEvent(.typeCode($0)) }))
            .textInputAutocapitalization(.characters)
            .autocorrectionDisabled()
        switch state {
        case .typing:
            BigButton(button: step.join, wide: true) { onEvent(.join) }
        case .checking:
            BodyText(step.checking, muted: true)
        case .problem(let problem):
            BodyText(problem.text)
            BodyText(problem.whatToDo, muted: true)
            BigButton(button: step.join, wide: true) { onEvent(.join) }
        }
    }
}

private struct WordStepView: View {
    let step: WordStep
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        StepHeader(progress: step.progress, title: step.title, explain: step.explain)
        WordChoices(choices: step.choices, ownField: step.ownField, ownWord: step.ownWord, onEvent: onEvent)
        BigButton(button: step.next, wide: true) { onEvent(.next) }
    }
}

/// The core's words for family time, and a field for the child's own.
struct WordChoices: View {
    let choices: [WordChoice]
    let ownField: String
    let ownWord: String?
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        ForEach(choices, id: \.text) { (choice: WordChoice) in
            Choice(choice.text, selected: choice.selected) { onEvent(.word(choice.word)) }
        }
        WritingField(label: ownField, text: Binding(get: { ownWord ?? String() }, set: { onEvent(.ownWord($0)) }))
    }
}

private struct AgeStepView: View {
    let step: AgeStep
    let onEvent: (FirstOpenEvent) -> Void

    var body: some View {
        StepHeader(progress: step.progress, title: step.title, explain: step.explain)
        ForEach(step.choices, id: \.band) { (choice: AgeChoice) in
            Choice(choice.text, selected: choice.selected) { onEvent(.age(choice.band)) }
        }
        BigButton(button: step.done, wide: true) { onEvent(.next) }
    }
}
