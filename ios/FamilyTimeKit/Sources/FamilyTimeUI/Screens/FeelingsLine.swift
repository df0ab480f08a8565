import SwiftUI
import FamilyTimeCore

/// How time with someone has felt: their faces along a line, oldest first, high for happy
/// and low for scared, each read out with its day and feeling; and, when the last times
/// felt hard, the gentle offer to tell someone, which never sends anything by itself.
struct FeelingsLine: View {
    let view: FeelingsLineView
    /// False once the child has said "not now" on this page.
    let offerShown: Bool
    let onEvent: (PersonEvent) -> Void

    var body: some View {
        let words = view.words
        Heading(words.title)
        if let empty = words.empty {
            BodyText(empty, muted: true)
        } else {
            FacesAlongALine(points: view.points)
        }
        BodyText(words.privateNote, muted: true)
        if offerShown, let offer = view.offer {
            TellOfferCard(offer: offer, onEvent: onEvent)
        }
    }
}

private struct FacesAlongALine: View {
    let points: [FeelingPoint]
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    /// Happy is level 4, scared and unsafe level 0.
    private static let levels: CGFloat = 5

    var body: some View {
        let face = look.avatar
        let step = face * 1.4
        let height = face * Self.levels * 0.7
        ScrollView(.horizontal) {
            ZStack(alignment: .topLeading) {
                Path { line in
                    for (index, point) in points.enumerated() {
                        let at = centre(index, point.level, step: step, height: height, face: face)
                        if index == 0 { line.move(to: at) } else { line.addLine(to: at) }
                    }
                }
                .stroke(palette.outline, lineWidth: 2)
                .accessibilityHidden(true)
                ForEach(points.indices, id: \.self) { (index: Int) in
                    let point: FeelingPoint = points[index]
                    Text(point.face)
                        .font(.system(size: face * 0.7))
                        .frame(width: face, height: face)
                        .background(palette.surfaceContainer, in: Circle())
                        .position(centre(index, point.level, step: step, height: height, face: face))
                        .accessibilityLabel(point.words.label)
                }
            }
            .frame(width: step * CGFloat(points.count), height: height)
        }
        .accessibilityElement(children: .contain)
    }

    /// Where a face sits: one step along for each check-in, up by how good it felt.
    private func centre(_ index: Int, _ level: UInt8, step: CGFloat, height: CGFloat, face: CGFloat) -> CGPoint {
        let rise = (height - face) * CGFloat(level) / (Self.levels - 1)
        return CGPoint(x: step * (CGFloat(index) + 0.5), y: height - face / 2 - rise)
    }
}

/// "Do you want to tell someone?": up to the child, with "I feel unsafe" beside it.
private struct TellOfferCard: View {
    let offer: TellOffer
    let onEvent: (PersonEvent) -> Void

    var body: some View {
        InfoCard {
            CardTitle(offer.words.question)
            BodyText(offer.words.upToYou)
            BigButton(button: offer.tell, wide: true) { onEvent(.tell) }
            BigButton(button: offer.feelUnsafe, urgent: true, wide: true) { onEvent(.feelUnsafe) }
            BigButton(button: offer.notNow, wide: true) { onEvent(.notNow) }
        }
    }
}
