import Observation
import FamilyTimeCore

/// The draft the child is writing; one at a time, kept by the core as they type.
enum DraftId {
    static let tell = "tell"
    /// A check-in being shared: its own draft, so a Tell message being written is kept.
    static let share = "share"
}

/// What every screen carries, read with the screen.
struct Frame: Sendable {
    let chrome: ChromeView
    let status: SyncStatusView
    /// Nothing of the child's shows until the PIN (or their face or finger) opens the app.
    let locked: Bool
}

/// The app's one holder: the core, where the child is, and what every screen's frame
/// shows. Screens read their own view models (`Holder`); taps come here as calls.
@Observable
@MainActor
final class AppModel {
    let app: FamilyTime
    let host: Host
    /// The phone's fingerprint or face check, for the core to ask.
    let biometrics: Biometrics
    /// The council's server, for the code the child types on first open.
    let server: String
    var stack: BackStack
    /// Bumped after anything the child does that changes what screens show.
    private(set) var changed = 0
    /// Quick exit: nothing left to see, even for a moment before the phone shows something else.
    private(set) var hidden = false
    /// Back from the background, until the core has said whether to ask for the PIN again.
    private(set) var covered = false
    private(set) var frame: Loaded<Frame> = .loading
    /// Where the child is while the app is locked (the PIN, a forgotten PIN, "I feel
    /// unsafe"): none of it needs the PIN, and `stack` waits underneath.
    var lockStack = BackStack(.lock)
    /// Whether the app went to the background, so coming back may ask for the PIN again.
    @ObservationIgnored private var away = false

    init(app: FamilyTime, host: Host, biometrics: Biometrics, server: String, start: Route) {
        self.app = app
        self.host = host
        self.biometrics = biometrics
        self.server = server
        stack = BackStack(start)
    }

    /// Reads the top bar (with the age band), the sync line and whether the app is locked; before
    /// the phone has joined, first open comes first.
    func refresh() async {
        let app = self.app
        frame = await fromCore {
            Frame(chrome: try app.chrome(), status: try app.syncStatus(), locked: try app.isLocked())
        }
        if case .ready(let frame) = frame, !frame.locked {
            lockStack = BackStack(.lock)
        }
        if case .ready(let frame) = frame, frame.status.state == .notJoined, stack.top == .home {
            stack.replaceTop(.firstOpen)
        }
    }

    /// Something the child did changed what screens show: every screen reads again.
    func didChange() {
        changed += 1
        Task { await refresh() }
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

    /// "I feel unsafe", from any screen, the lock screen included.
    func feelUnsafe() {
        if case .ready(let frame) = frame, frame.locked {
            lockStack.push(.unsafe)
        } else {
            stack.push(.unsafe)
        }
    }

    /// After a forgotten PIN was reset with the social worker's code: straight to choosing
    /// a new one, with the way back through the privacy settings.
    func chooseNewPin() {
        stack = BackStack(.home)
        stack.push(.settings)
        stack.push(.privacy)
        stack.push(.pinSetup)
        didChange()
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

    /// The app went to the background: the core starts timing the few minutes after
    /// which the PIN is asked again.
    func wentAway() {
        guard !away else { return }
        away = true
        app.appLeft()
    }

    /// Back in front: after a quick exit, home as if freshly opened; after a few minutes
    /// away, the lock screen first. Nothing shows until the core has said which.
    func cameBack() async {
        guard away || hidden else { return }
        covered = true
        if away {
            away = false
            let app = self.app
            _ = await fromCore { try app.appReturned() }
        }
        if hidden {
            stack = BackStack(.home)
            lockStack = BackStack(.lock)
            hidden = false
        }
        changed += 1
        await refresh()
        covered = false
    }

    /// A sync now if the server can be reached; if not, what waits goes with the next one,
    /// which the core has already asked the phone for.
    func trySync() async {
        _ = try? await app.sync()
    }

    /// Sends `message` exactly as the child saw it: kept as the draft `id`, queued sealed,
    /// then the outbox, and a sync if the server can be reached.
    func send(_ message: Message, as id: String) async {
        let app = self.app
        _ = await fromCore { try app.saveDraft(id: id, message: message) }
        _ = await fromCore { try app.send(draftId: id) }
        stack.replaceTop(.outbox)
        await trySync()
        didChange()
    }

    /// Runs a core call that changes something, then has every screen read again.
    func change(_ call: @escaping @Sendable (FamilyTime) throws -> Void) async {
        let app = self.app
        _ = await fromCore { try call(app) }
        didChange()
    }
}
