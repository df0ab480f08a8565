import SwiftUI
import FamilyTimeCore

/// The smallest thing a finger can hit reliably (Apple asks for 44 points; we keep Android's 48).
public let minTouch: CGFloat = 48

/// How the app looks for the child's age band (decision 39). 4-7: big pictures, big words,
/// few of them, sleeps drawn as moons to count. 11-18: a calm, grown-up look with nothing
/// on it that says "in care" to someone glancing over a shoulder. Type sizes are text
/// styles, so Dynamic Type scales all of them.
public struct Look: Equatable, Sendable {
    public let band: AgeBand
    /// The person pictures (emoji on the person's colour).
    public let avatar: CGFloat
    /// Space around cards and between sections.
    public let gap: CGFloat
    /// Sleeps shown as marks the child can count, not as a number alone.
    public let countSleeps: Bool
    /// Past sessions and long explanations are folded away for the youngest.
    public let fewWords: Bool
    public let corner: CGFloat
    public let title: Font
    public let heading: Font
    public let cardTitle: Font
    public let body: Font
    public let label: Font

    public static func of(_ band: AgeBand) -> Look {
        switch band {
        case .young:
            return Look(band: band, avatar: 64, gap: 16, countSleeps: true, fewWords: true, corner: 20,
                        title: .largeTitle.bold(), heading: .title2.weight(.semibold), cardTitle: .title3.weight(.semibold),
                        body: .title3, label: .headline)
        case .middle:
            return Look(band: band, avatar: 52, gap: 14, countSleeps: false, fewWords: false, corner: 20,
                        title: .title.bold(), heading: .title3.weight(.semibold), cardTitle: .headline,
                        body: .body, label: .headline)
        case .older:
            return Look(band: band, avatar: 40, gap: 12, countSleeps: false, fewWords: false, corner: 10,
                        title: .title2.bold(), heading: .headline, cardTitle: .headline,
                        body: .body, label: .subheadline.weight(.semibold))
        }
    }
}

/// The colours, named as the Android app's colour scheme names them, with the same values:
/// every "on" colour is at least 4.5:1 on the colour it is named for.
public struct Palette: Equatable, Sendable {
    public let primary, onPrimary, primaryContainer, onPrimaryContainer: Color
    public let secondary, secondaryContainer, onSecondaryContainer: Color
    public let background, onBackground, onSurface, surfaceVariant, onSurfaceVariant: Color
    public let surfaceContainer, surfaceContainerHigh: Color
    public let error, onError, errorContainer, onErrorContainer, outline: Color

    public static func of(_ band: AgeBand, dark: Bool) -> Palette {
        if dark { return .night }
        return band == .older ? .slate : .sunny
    }

    static let slate = Palette(
        primary: Color(rgb: 0x2F4858), onPrimary: .white,
        primaryContainer: Color(rgb: 0xDDE6EC), onPrimaryContainer: Color(rgb: 0x14232D),
        secondary: Color(rgb: 0x4A5A66),
        secondaryContainer: Color(rgb: 0xE4E8EB), onSecondaryContainer: Color(rgb: 0x1B262E),
        background: Color(rgb: 0xF6F7F8), onBackground: Color(rgb: 0x1A1C1E), onSurface: Color(rgb: 0x1A1C1E),
        surfaceVariant: Color(rgb: 0xE7EAED), onSurfaceVariant: Color(rgb: 0x3E474F),
        surfaceContainer: .white, surfaceContainerHigh: Color(rgb: 0xECEFF1),
        error: Color(rgb: 0xB3261E), onError: .white,
        errorContainer: Color(rgb: 0xF9DEDC), onErrorContainer: Color(rgb: 0x410E0B),
        outline: Color(rgb: 0x6E7881)
    )

    static let sunny = Palette(
        primary: Color(rgb: 0x00658F), onPrimary: .white,
        primaryContainer: Color(rgb: 0xFFE7A8), onPrimaryContainer: Color(rgb: 0x3A2C00),
        secondary: Color(rgb: 0x7A4E00),
        secondaryContainer: Color(rgb: 0xD6F0FF), onSecondaryContainer: Color(rgb: 0x002A3D),
        background: Color(rgb: 0xFFFBF2), onBackground: Color(rgb: 0x1E1B16), onSurface: Color(rgb: 0x1E1B16),
        surfaceVariant: Color(rgb: 0xF3EAD8), onSurfaceVariant: Color(rgb: 0x4A4437),
        surfaceContainer: .white, surfaceContainerHigh: Color(rgb: 0xFFF3D6),
        error: Color(rgb: 0xB3261E), onError: .white,
        errorContainer: Color(rgb: 0xF9DEDC), onErrorContainer: Color(rgb: 0x410E0B),
        outline: Color(rgb: 0x7B7466)
    )

    static let night = Palette(
        primary: Color(rgb: 0x9CCBE8), onPrimary: Color(rgb: 0x00344C),
        primaryContainer: Color(rgb: 0x2A3F4D), onPrimaryContainer: Color(rgb: 0xDDEEFA),
        secondary: Color(rgb: 0xE8C27A),
        secondaryContainer: Color(rgb: 0x3A3323), onSecondaryContainer: Color(rgb: 0xF6E3BC),
        background: Color(rgb: 0x121416), onBackground: Color(rgb: 0xE3E5E8), onSurface: Color(rgb: 0xE3E5E8),
        surfaceVariant: Color(rgb: 0x2A2E32), onSurfaceVariant: Color(rgb: 0xC4C8CD),
        surfaceContainer: Color(rgb: 0x1C1F22), surfaceContainerHigh: Color(rgb: 0x25292C),
        error: Color(rgb: 0xFFB4AB), onError: Color(rgb: 0x690005),
        errorContainer: Color(rgb: 0x93000A), onErrorContainer: Color(rgb: 0xFFDAD6),
        outline: Color(rgb: 0x8D9297)
    )
}

private struct LookKey: EnvironmentKey {
    static let defaultValue = Look.of(.middle)
}

private struct PaletteKey: EnvironmentKey {
    static let defaultValue = Palette.of(.middle, dark: false)
}

extension EnvironmentValues {
    public var look: Look {
        get { self[LookKey.self] }
        set { self[LookKey.self] = newValue }
    }

    public var palette: Palette {
        get { self[PaletteKey.self] }
        set { self[PaletteKey.self] = newValue }
    }
}

extension View {
    /// The look and colours for the child's age band, light or dark as the phone is.
    public func familyTimeTheme(_ band: AgeBand, dark: Bool) -> some View {
        environment(\.look, Look.of(band)).environment(\.palette, Palette.of(band, dark: dark))
    }
}
