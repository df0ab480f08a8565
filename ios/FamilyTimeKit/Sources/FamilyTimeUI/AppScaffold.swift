import SwiftUI
import FamilyTimeCore

/// Every screen's frame: back and the menu, and on every screen, first open included,
/// "I feel unsafe" and "Quick exit" one tap away. `status` is the line saying whether
/// what is shown is up to date.
struct AppScaffold<Content: View>: View {
    let chrome: ChromeView
    var status: String?
    let canGoBack: Bool
    let onBack: () -> Void
    /// Nil where the menu has nowhere to go yet (first open).
    let onPlace: ((Place) -> Void)?
    let onUnsafe: () -> Void
    let onQuickExit: () -> Void
    @ViewBuilder var content: () -> Content
    @Environment(\.dynamicTypeSize) private var typeSize
    @Environment(\.palette) private var palette

    var body: some View {
        // With large text the two always-there buttons get a row of their own, so their
        // words are never broken inside a word.
        let ownRow = typeSize >= .xxxLarge
        VStack(spacing: 0) {
            VStack(spacing: 4) {
                HStack(spacing: 4) {
                    if canGoBack {
                        IconAction(symbol: Symbol.back, label: chrome.back.label, action: onBack)
                    }
                    if let onPlace {
                        PlacesMenu(chrome: chrome, onPlace: onPlace)
                    }
                    Spacer(minLength: 0)
                    if !ownRow { alwaysThere }
                }
                if ownRow {
                    // Side by side while both fit; one under the other, each the full
                    // width, when a word of either would not.
                    ViewThatFits(in: .horizontal) {
                        HStack(spacing: 4) { alwaysThere }
                        VStack(spacing: 4) { alwaysThere }
                    }
                }
            }
            .padding(4)
            .background(palette.surfaceContainerHigh)
            if let status {
                Text(status)
                    .font(.footnote.weight(.medium))
                    .foregroundStyle(palette.onSurfaceVariant)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .padding(.horizontal, 16)
                    .padding(.vertical, 4)
                    .background(palette.surfaceVariant)
            }
            content().frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .top)
        }
        .background(palette.background)
    }

    @ViewBuilder private var alwaysThere: some View {
        TextAction(button: chrome.feelUnsafe, symbol: Symbol.help, fill: palette.error, ink: palette.onError, action: onUnsafe)
        TextAction(button: chrome.quickExit, symbol: Symbol.exit, fill: palette.secondaryContainer,
                   ink: palette.onSecondaryContainer, action: onQuickExit)
    }
}

/// The menu of places, each with the core's words and label.
private struct PlacesMenu: View {
    let chrome: ChromeView
    let onPlace: (Place) -> Void
    @Environment(\.palette) private var palette

    var body: some View {
        Menu {
            ForEach(chrome.places, id: \.place) { item in
                SwiftUI.Button(item.button.text) { onPlace(item.place) }
                    .accessibilityLabel(item.button.label)
            }
        } label: {
            Image(systemName: Symbol.menu)
                .foregroundStyle(palette.onSurface)
                .frame(width: minTouch, height: minTouch)
        }
        .accessibilityLabel(chrome.menu.label)
    }
}

private struct IconAction: View {
    let symbol: String
    let label: String
    let action: () -> Void
    @Environment(\.palette) private var palette

    var body: some View {
        SwiftUI.Button(action: action) {
            Image(systemName: symbol)
                .foregroundStyle(palette.onSurface)
                .frame(width: minTouch, height: minTouch)
                .contentShape(Rectangle())
        }
        .accessibilityLabel(label)
    }
}

private struct TextAction: View {
    let button: FamilyTimeCore.Button
    let symbol: String
    let fill: Color
    let ink: Color
    let action: () -> Void
    @Environment(\.look) private var look

    var body: some View {
        SwiftUI.Button(action: action) {
            Label {
                Text(button.text).font(look.label)
            } icon: {
                Image(systemName: symbol)
            }
            .foregroundStyle(ink)
            .padding(.horizontal, 8)
            .frame(maxWidth: .infinity, minHeight: minTouch)
            .background(fill, in: RoundedRectangle(cornerRadius: look.corner / 2))
        }
        .buttonStyle(.plain)
        .accessibilityLabel(button.label)
    }
}
