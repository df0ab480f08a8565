/// The app's pictures: SF Symbols by name, so no image files to keep in step.
enum Symbol {
    static let back = "chevron.backward"
    static let menu = "line.3.horizontal"
    static let exit = "rectangle.portrait.and.arrow.right"
    /// A heart: "I feel unsafe", help now.
    static let help = "heart.fill"
    /// A crescent moon: one sleep.
    static let moon = "moon.fill"
    /// An arrow bending to a new place: a session that moved.
    static let moved = "arrow.turn.up.right"
    static let cross = "xmark"
    static let tick = "checkmark"
}
