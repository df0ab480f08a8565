import SwiftUI

/// A colour as the WCAG formulas need it: red, green and blue from 0 to 1.
struct RGB: Equatable, Sendable {
    let red, green, blue: Double

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    init(rgb: UInt32) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255,
            green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255
        )
    }

    /// A plan colour "#RRGGBB"; nil when it is not one (the plan checker refuses those).
    init?(plan hex: String?) {
        guard let hex, hex.count == 7, hex.first == RGB.hexMark, let value = UInt32(hex.dropFirst(), radix: 16) else {
            return nil
        }
        self.init(rgb: value)
    }

    private static let hexMark: Character = "#"
    static let black = RGB(red: 0, green: 0, blue: 0)
    static let white = RGB(red: 1, green: 1, blue: 1)

    /// WCAG 2 relative luminance.
    var luminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio with `other`, 1 to 21.
    func contrast(with other: RGB) -> Double {
        let (light, dark) = (max(luminance, other.luminance), min(luminance, other.luminance))
        return (light + 0.05) / (dark + 0.05)
    }

    /// Black or white, whichever reads better on this colour: one is always at least 4.5:1.
    var readableInk: RGB {
        contrast(with: .black) >= contrast(with: .white) ? .black : .white
    }

    var color: Color { Color(red: red, green: green, blue: blue) }
}

extension Color {
    init(rgb: UInt32) {
        self = RGB(rgb: rgb).color
    }
}
