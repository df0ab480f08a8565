import Observation
import FamilyTimeCore

/// The draft the child is writing; one at a time, kept by the core as they type.
enum DraftId {
    static let tell = "tell"
}

/// What every screen carries, read with the screen.
struct Frame: Sendable {
    let chrome: ChromeView
    let status: SyncStatusView
    let band: AgeBand
}

/// The app's one holder: the core, where the child is, and what every screen's frame
/// shows. Screens read their own view models (`Holder`); taps come here as calls.
@Observable
@MainActor
final class AppModel {
    let app: FamilyTime
    let host: Host
    /// The council's server, for the code the child types on first open.
    let server: String
    var stack: BackStack
    /// Bumped after anything the child does that changes what screens show.
    private(set) var changed = 0
    /// Quick exit: nothing left to see, even for a moment before the phone shows something else.
    private(set) var hidden = false
    private(set) var frame: Loaded<Frame> = .loading

    init(app: FamilyTime, host: Host, server: String, start: Route) {
        self.app = app
        self.host = host
        self.server = server
        stack = BackStack(start)
    }

    /// Reads the top bar, the sync line and the age band; before the phone has joined,
    /// first open comes first.
    func refresh() async {
        let app = self.app
        frame = await fromCore { Frame(chrome: try app.chrome(), status: try app.syncStatus(), band: Self.band(of: app)) }
        if case .ready(let frame) = frame, frame.status.state == .notJoined, stack.top == .home {
            stack.replaceTop(.firstOpen)
        }
    }

    /// Something the child did changed what screens show: every screen reads again.
    func didChange() {
        changed += 1
        Task { await refresh() }
    }

    /// The band the child chose, or their plan's; before any plan, the middle one.
    nonisolated private static func band(of app: FamilyTime) -> AgeBand {
        if let band = app.settings().ageBand { return band }
        return (try? app.home().child.ageBand) ?? .middle
    }

    /// From the menu: a place is read afresh, since a sync may have brought answers.
    func open(_ place: Place) async {
        let app = self.app
        guard case .ready(let today) = await fromCore({ try app.home().today }) else {
            stack.jump(to: place == .settings ? .settings : .home, over: .home)
            return
        }
        let parts = Days.parts(of: today)
        let route: Route = switch place {
        case .home: .home
        case .week: .week(day: today)
        case .month: .month(year: parts.year, month: parts.month)
        case .changes: .changes
        case .rights: .rights
        case .tell: .tell(about: nil)
        case .outbox: .outbox
        case .notes: .notes
        case .settings: .settings
        }
        stack.jump(to: route, over: .home)
        didChange()
    }

    func feelUnsafe() {
        stack.push(.unsafe)
    }

    /// The urgent message is queued as the screen opens; it goes when the server can be reached.
    func raiseUnsafe() async {
        let app = self.app
        _ = await fromCore { try app.raiseUnsafe() }
        await trySync()
        didChange()
    }

    func quickExit() {
        hidden = true
        host.quickExit()
    }

    /// Back after a quick exit: home, as if freshly opened.
    func cameBack() {
        guard hidden else { return }
        stack = BackStack(.home)
        hidden = false
        didChange()
    }

    /// A sync now if the server can be reached; if not, what waits goes with the next one,
    /// which the core has already asked the phone for.
    func trySync() async {
        _ = try? await app.sync()
    }

    /// Runs a core call that changes something, then has every screen read again.
    func change(_ call: @escaping @Sendable (FamilyTime) throws -> Void) async {
        let app = self.app
        _ = await fromCore { try call(app) }
        didChange()
    }
}
