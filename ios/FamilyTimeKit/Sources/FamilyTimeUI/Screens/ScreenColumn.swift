import SwiftUI

/// A screen's content: one scrolling column with the look's spacing; `edge` narrows the
/// margins where a wide thing (the month grid) needs the room.
struct ScreenColumn<Content: View>: View {
    var edge: CGFloat?
    @ViewBuilder var content: () -> Content
    @Environment(\.look) private var look

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: look.gap * 0.75, content: content)
                .padding(.horizontal, edge ?? look.gap)
                .padding(.vertical, 8)
        }
    }
}
