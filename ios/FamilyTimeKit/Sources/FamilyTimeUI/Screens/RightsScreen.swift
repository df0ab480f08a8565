import SwiftUI
import FamilyTimeCore

/// My rights, the words adults use, and who's who.
struct RightsScreen: View {
    let view: RightsView

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            BodyText(view.intro)
            ForEach(view.rights, id: \.id) { (text: TitledText) in TitledCard(text: text) }
            Heading(view.glossaryTitle)
            ForEach(view.glossary, id: \.id) { (text: TitledText) in TitledCard(text: text) }
            ForEach(view.helpers, id: \.id) { (helper: HelperCard) in HelperRow(helper: helper) }
        }
    }
}

private struct TitledCard: View {
    let text: TitledText

    var body: some View {
        InfoCard {
            CardTitle(text.title)
            BodyText(text.body)
        }
    }
}

struct HelperRow: View {
    let helper: HelperCard

    var body: some View {
        InfoCard {
            CardTitle(helper.name)
            BodyText(helper.roleName, muted: true)
            BodyText(helper.explain)
            if let hours = helper.hours { BodyText(hours, muted: true) }
        }
    }
}
