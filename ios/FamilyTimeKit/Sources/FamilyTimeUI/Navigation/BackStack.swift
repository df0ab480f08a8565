import FamilyTimeCore

/// Where the child is. Each is one screen; the stack of them is the way back.
public enum Route: Hashable, Sendable {
    case firstOpen
    case home
    case week(day: NaiveDate)
    case month(year: Int32, month: UInt32)
    case person(id: String)
    case session(id: String)
    case changes
    case rights
    /// `about` is the person a change request would be about, when the child came from their page.
    case tell(about: String?)
    case outbox
    case unsafe
    case settings
    case notes
    /// How the child feels before or after one session.
    case checkIn(session: String, moment: Moment)
    /// Sharing one check-in with a helper (the first, until the child picks), seen exactly
    /// as it will be sent.
    case share(checkIn: Int64, to: String?)
    case privacy
    case pinSetup
    /// While locked, on a stack of their own: the PIN, and the forgotten PIN.
    case lock
    case forgotPin
}

/// The screens the child went through, newest last; the first is never popped.
public struct BackStack: Equatable, Sendable {
    public private(set) var routes: [Route]

    public init(_ start: Route) {
        routes = [start]
    }

    public var top: Route { routes[routes.count - 1] }
    public var canGoBack: Bool { routes.count > 1 }

    public mutating func push(_ route: Route) {
        if route != top { routes.append(route) }
    }

    /// Replaces the top screen: moving week to week is not a trail to walk back through.
    public mutating func replaceTop(_ route: Route) {
        routes[routes.count - 1] = route
    }

    @discardableResult
    public mutating func pop() -> Bool {
        guard canGoBack else { return false }
        routes.removeLast()
        return true
    }

    /// Straight to `route` from the menu, with `home` under it.
    public mutating func jump(to route: Route, over home: Route) {
        routes = [home]
        push(route)
    }
}
