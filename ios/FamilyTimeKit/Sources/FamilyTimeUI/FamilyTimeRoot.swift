import SwiftUI
import FamilyTimeCore

/// The child's app: a back stack of screens over the core, each read off the main actor
/// and drawn by its stateless screen, inside the frame every screen has; while the app is
/// locked, only the lock screen and what needs no PIN.
public struct FamilyTimeRoot: View {
    @State private var model: AppModel
    @Environment(\.colorScheme) private var colorScheme
    @Environment(\.scenePhase) private var phase

    public init(app: FamilyTime, host: Host, biometrics: Biometrics, server: String, start: Route = .home) {
        _model = State(initialValue: AppModel(app: app, host: host, biometrics: biometrics, server: server,
                                              start: start))
    }

    public var body: some View {
        Group {
            if model.hidden || model.covered {
                Color.black.ignoresSafeArea().accessibilityHidden(true)
            } else if case .ready(let frame) = model.frame, frame.locked {
                LockGate(chrome: frame.chrome, model: model)
                    .familyTimeTheme(frame.chrome.band, dark: colorScheme == .dark)
            } else if case .ready(let frame) = model.frame {
                AppScaffold(
                    chrome: frame.chrome,
                    status: frame.status.text,
                    canGoBack: model.stack.canGoBack,
                    onBack: { model.stack.pop() },
                    onPlace: model.stack.top == .firstOpen ? nil : { place in Task { await model.open(place) } },
                    onUnsafe: { model.feelUnsafe() },
                    onQuickExit: { model.quickExit() }
                ) {
                    RouteScreen(route: model.stack.top, model: model)
                }
                .familyTimeTheme(frame.chrome.band, dark: colorScheme == .dark)
            } else if case .failed(let words) = model.frame {
                ScreenColumn { BodyText(words) }
            }
        }
        .task { await model.refresh() }
        .onChange(of: phase) { _, now in
            switch now {
            case .background: model.wentAway()
            case .active: Task { await model.cameBack() }
            default: break
            }
        }
    }
}

/// Each route's holder: reads its view model and turns taps into calls and moves.
private struct RouteScreen: View {
    let route: Route
    let model: AppModel

    var body: some View {
        let app: FamilyTime = model.app
        let changed = model.changed
        switch route {
        case .firstOpen:
            FirstOpenHolder(model: model)
        case .home:
            Holder(route: route, changed: changed, read: {
                OnHome(view: try app.home(), prompts: Self.prompts(app))
            }) { (opened: OnHome) in
                HomeScreen(view: opened.view, prompts: opened.prompts) { event in
                    switch event {
                    case .openPerson(let id): model.stack.push(.person(id: id))
                    case .openSession(let id): model.stack.push(.session(id: id))
                    case .openChanges: model.stack.push(.changes)
                    case .checkIn(let prompt): model.stack.push(.checkIn(session: prompt.session, moment: prompt.moment))
                    }
                }
            }
        case .week(let day):
            Holder(route: route, changed: changed, read: { try app.week(date: day) }) { (view: WeekView) in
                WeekScreen(view: view) { event in
                    switch event {
                    case .today: model.stack.replaceTop(.week(day: view.today))
                    case .switch:
                        let parts = Days.parts(of: day)
                        model.stack.replaceTop(.month(year: parts.year, month: parts.month))
                    case .move(let by): model.stack.replaceTop(.week(day: day + NaiveDate(7 * by)))
                    case .openSession(let id): model.stack.push(.session(id: id))
                    case .pickDay: break
                    }
                }
            }
        case .month(let year, let month):
            MonthHolder(route: route, year: year, month: month, model: model)
        case .person(let id):
            PersonHolder(id: id, model: model)
        case .session(let id):
            Holder(route: route, changed: changed, read: {
                AtSession(view: try app.session(id: id), prompts: Self.prompts(app).filter { $0.session == id })
            }) { (opened: AtSession) in
                if let view = opened.view {
                    SessionScreen(view: view, prompts: opened.prompts) { event in
                        switch event {
                        case .openPerson(let person): model.stack.push(.person(id: person))
                        case .checkIn(let moment): model.stack.push(.checkIn(session: id, moment: moment))
                        }
                    }
                }
            }
        case .checkIn(let session, let moment):
            CheckInHolder(session: session, moment: moment, model: model)
        case .share(let checkIn, let to):
            ShareHolder(checkIn: checkIn, to: to, model: model)
        case .privacy:
            PrivacyHolder(model: model)
        case .pinSetup:
            PinSetupHolder(model: model)
        case .lock, .forgotPin:
            // Shown by the lock gate, never on the child's own stack.
            EmptyView()
        case .changes:
            Holder(route: route, changed: changed, read: { try app.changes() }) { (view: ChangesView) in
                ChangesScreen(view: view) { upTo in
                    Task {
                        await model.change { app in _ = try app.markChangesSeen(upTo: upTo) }
                        model.stack.pop()
                    }
                }
            }
        case .rights:
            Holder(route: route, changed: changed, read: { try app.rights() }) { (view: RightsView) in
                RightsScreen(view: view)
            }
        case .tell(let about):
            TellHolder(about: about, model: model)
        case .outbox:
            Holder(route: route, changed: changed, read: { try app.outboxScreen() }) { (view: OutboxView) in
                OutboxScreen(view: view)
            }
        case .unsafe:
            UnsafeHolder(model: model)
        case .settings:
            SettingsHolder(model: model)
        case .notes:
            NotesHolder(model: model)
        }
    }
}

extension RouteScreen {
    /// The check-ins open now; none before a plan has arrived.
    nonisolated fileprivate static func prompts(_ app: FamilyTime) -> [CheckInPrompt] {
        (try? app.checkInPrompts()) ?? []
    }
}

private struct OnHome: Sendable {
    let view: HomeView
    let prompts: [CheckInPrompt]
}

private struct AtSession: Sendable {
    let view: SessionDetail?
    let prompts: [CheckInPrompt]
}

private struct MonthHolder: View {
    let route: Route
    let year: Int32
    let month: UInt32
    let model: AppModel
    @State private var picked: NaiveDate?

    var body: some View {
        let app: FamilyTime = model.app
        Holder(route: route, changed: model.changed, read: { try app.month(year: year, month: month) }) { (view: MonthView) in
            let today = Days.parts(of: view.today)
            let shown = picked ?? (today.year == year && today.month == month ? view.today : nil)
            MonthScreen(view: view, picked: shown) { event in
                switch event {
                case .pickDay(let day): picked = day
                case .today: model.stack.replaceTop(.month(year: today.year, month: today.month))
                case .switch: model.stack.replaceTop(.week(day: picked ?? Days.firstOf(year, month)))
                case .move(let by):
                    let moved = Days.month(year, month, movedBy: by)
                    model.stack.replaceTop(.month(year: moved.year, month: moved.month))
                case .openSession(let id): model.stack.push(.session(id: id))
                }
            }
        }
        .onChange(of: route) { picked = nil }
    }
}

private struct TellHolder: View {
    let about: String?
    let model: AppModel
    /// What the child has changed since the screen opened; the core keeps each change.
    @State private var draft: Message?

    private struct Opened: Sendable {
        let view: TellView
        let kept: Message?
    }

    var body: some View {
        let app: FamilyTime = model.app
        let about = self.about
        Holder(route: .tell(about: about), changed: 0, read: {
            Opened(view: try app.tell(about: about),
                   kept: try app.drafts().first(where: { $0.id == DraftId.tell })?.message)
        }) { (opened: Opened) in
            if let current = draft ?? opened.kept ?? Self.fresh(opened.view, about: about) {
                TellScreen(view: opened.view, draft: current) { event in
                    send(event, current: current)
                }
            }
        }
    }

    /// A new message to the first helper the core offers, about the first topic.
    private static func fresh(_ view: TellView, about: String?) -> Message? {
        guard let helper = view.helpers.first, let topic = view.topics.first else { return nil }
        return Message(to: helper.helper.id, topic: topic.value, change: nil, aboutPerson: about, aboutSession: nil,
                       text: String())
    }

    private func send(_ event: TellEvent, current: Message) {
        let app: FamilyTime = model.app
        var next = current
        switch event {
        case .to(let helper): next.to = helper
        case .about(let topic): next.topic = topic
        case .asking(let change): next.change = change
        case .write(let text): next.text = text
        case .send:
            draft = nil
            Task { await model.send(current, as: DraftId.tell) }
            return
        }
        draft = next
        let kept = next
        Task { _ = await fromCore { try app.saveDraft(id: DraftId.tell, message: kept) } }
    }
}
