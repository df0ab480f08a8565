import SwiftUI

/// Shows `content` once `read` has given the view model, reading again when the route or
/// `changed` moves on; the core's words if it failed.
struct Holder<Model: Sendable, Content: View>: View {
    let route: Route
    let changed: Int
    let read: @Sendable () throws -> Model
    @ViewBuilder var content: (Model) -> Content
    @State private var loaded: Loaded<Model> = .loading

    private struct Key: Hashable {
        let route: Route
        let changed: Int
    }

    var body: some View {
        Group {
            switch loaded {
            case .loading: Color.clear
            case .failed(let words): ScreenColumn { BodyText(words) }
            case .ready(let model): content(model)
            }
        }
        .task(id: Key(route: route, changed: changed)) {
            loaded = await fromCore(read)
        }
    }
}
