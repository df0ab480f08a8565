import SwiftUI
import FamilyTimeCore

/// A section title, announced as a heading by VoiceOver.
struct Heading: View {
    let text: String
    var big = false
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    init(_ text: String, big: Bool = false) {
        self.text = text
        self.big = big
    }

    var body: some View {
        Text(text)
            .font(big ? look.title : look.heading)
            .foregroundStyle(palette.onBackground)
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(.top, look.gap / 2)
            .accessibilityAddTraits(.isHeader)
    }
}

/// Running text; `muted` for what explains rather than tells.
struct BodyText: View {
    let text: String
    var muted = false
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    init(_ text: String, muted: Bool = false) {
        self.text = text
        self.muted = muted
    }

    var body: some View {
        Text(text)
            .font(look.body)
            .foregroundStyle(muted ? palette.onSurfaceVariant : palette.onSurface)
            .frame(maxWidth: .infinity, alignment: .leading)
            .fixedSize(horizontal: false, vertical: true)
    }
}

/// A card's own title line.
struct CardTitle: View {
    let text: String
    var struckThrough = false
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    init(_ text: String, struckThrough: Bool = false) {
        self.text = text
        self.struckThrough = struckThrough
    }

    var body: some View {
        Text(text).font(look.cardTitle).strikethrough(struckThrough).foregroundStyle(palette.onSurface)
    }
}

/// A card; tappable when `action` is given, and then read out as one thing with `label`
/// (the core's words for it) rather than piece by piece.
struct InfoCard<Content: View>: View {
    var label: String?
    var border: Color?
    var action: (() -> Void)?
    @ViewBuilder var content: () -> Content
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    init(label: String? = nil, border: Color? = nil, action: (() -> Void)? = nil,
         @ViewBuilder content: @escaping () -> Content) {
        self.label = label
        self.border = border
        self.action = action
        self.content = content
    }

    var body: some View {
        let shape = RoundedRectangle(cornerRadius: look.corner, style: .continuous)
        let card = VStack(alignment: .leading, spacing: 4, content: content)
            .padding(look.gap)
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .background(palette.surfaceContainer, in: shape)
            .overlay(shape.strokeBorder(border ?? palette.surfaceVariant, lineWidth: border == nil ? 1 : 2))
            .contentShape(shape)
        if let action {
            SwiftUI.Button(action: action) { card }
                .buttonStyle(.plain)
                .modifier(ReadAsOne(label: label))
                .accessibilityAddTraits(.isButton)
        } else {
            card.modifier(ReadAsOne(label: label))
        }
    }
}

/// One element for VoiceOver read with the core's label, when there is one; otherwise
/// each part is read (and a button inside stays a button of its own).
private struct ReadAsOne: ViewModifier {
    let label: String?

    func body(content: Content) -> some View {
        if let label {
            content.accessibilityElement(children: .ignore).accessibilityLabel(label)
        } else {
            content.accessibilityElement(children: .contain)
        }
    }
}

/// The person's picture: their emoji on their colour, or their initial in the core's
/// text colour for it (decision 36).
struct PersonPicture: View {
    let person: PersonRef
    var size: CGFloat?
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        let side = size ?? look.avatar
        let fill = RGB(plan: person.colour)
        ZStack {
            Circle().fill(fill?.color ?? palette.primaryContainer)
            if let emoji = person.emoji {
                Text(emoji).font(.system(size: side * 0.5))
            } else {
                let ink = RGB(plan: person.textColour) ?? fill?.readableInk
                Text(person.name.prefix(1))
                    .font(.system(size: side * 0.45, weight: .semibold))
                    .foregroundStyle(ink?.color ?? palette.onPrimaryContainer)
            }
        }
        .frame(width: side, height: side)
        .accessibilityHidden(true)
    }
}

/// Pictures beside the words; above them when the child has made text very large, so the
/// words keep the width they need.
struct PictureBeside<Pictures: View, Words: View>: View {
    @ViewBuilder var pictures: () -> Pictures
    @ViewBuilder var words: () -> Words
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        if typeSize.isAccessibilitySize {
            VStack(alignment: .leading, spacing: 8) {
                pictures()
                words()
            }
        } else {
            HStack(spacing: 12) {
                pictures()
                VStack(alignment: .leading, spacing: 2, content: words)
            }
        }
    }
}

/// A session: who, when, how; cancelled and moved ones say so in words and in shape.
struct SessionRow: View {
    let card: SessionCard
    let action: () -> Void
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        let words = card.words
        let cancelled = card.status.isStopped
        let moved = card.status.isMoved
        let border: Color? = cancelled ? palette.error : (moved ? palette.secondary : nil)
        InfoCard(label: words.label, border: border, action: action) {
            PictureBeside {
                HStack(spacing: -8) {
                    ForEach(card.people, id: \.id) { person in PersonPicture(person: person) }
                }
            } words: {
                CardTitle(words.title, struckThrough: cancelled)
                BodyText(words.when)
                if !look.fewWords {
                    BodyText(words.how, muted: true)
                }
            }
            if let status = words.status {
                StatusTag(text: status, stopped: cancelled)
            }
        }
    }
}

extension SessionStatus {
    /// Cancelled, did not happen, or suspended: the session will not take place.
    var isStopped: Bool {
        switch self {
        case .cancelled, .didNotHappen, .suspended: return true
        case .planned, .moved: return false
        }
    }

    var isMoved: Bool {
        if case .moved = self { return true }
        return false
    }
}

/// "Cancelled", "Moved": a tag with a symbol, so it is not told by colour alone.
struct StatusTag: View {
    let text: String
    let stopped: Bool
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        Label {
            Text(text).font(look.label)
        } icon: {
            Image(systemName: stopped ? Symbol.cross : Symbol.moved).accessibilityHidden(true)
        }
        .foregroundStyle(stopped ? palette.onErrorContainer : palette.onSecondaryContainer)
        .padding(.horizontal, 8)
        .padding(.vertical, 4)
        .background(stopped ? palette.errorContainer : palette.secondaryContainer,
                    in: RoundedRectangle(cornerRadius: look.corner / 2))
    }
}

/// Sleeps until a visit as moons to count, for the youngest; the words beside them say the number.
struct SleepMarks: View {
    let sleeps: Int64
    @Environment(\.palette) private var palette

    /// Beyond two weeks a row of moons is no longer something to count.
    private static let most: Int64 = 14

    var body: some View {
        if (1...Self.most).contains(sleeps) {
            HStack(spacing: 4) {
                ForEach(0..<Int(sleeps), id: \.self) { _ in
                    Image(systemName: Symbol.moon).foregroundStyle(palette.secondary)
                }
            }
            .accessibilityHidden(true)
        }
    }
}

/// A button at least a finger's size, with the core's label for VoiceOver.
struct BigButton: View {
    let button: FamilyTimeCore.Button
    var urgent = false
    var wide = false
    let action: () -> Void
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        SwiftUI.Button(action: action) {
            Text(button.text)
                .font(look.label)
                .multilineTextAlignment(.center)
                .foregroundStyle(urgent ? palette.onError : palette.onPrimary)
                .padding(.horizontal, 16)
                .padding(.vertical, 10)
                .frame(maxWidth: wide ? .infinity : nil, minHeight: minTouch)
                .frame(minWidth: minTouch)
                .background(urgent ? palette.error : palette.primary, in: RoundedRectangle(cornerRadius: look.corner / 2))
        }
        .buttonStyle(.plain)
        .accessibilityLabel(button.label)
    }
}

/// An outlined choice that shows whether it is picked by a tick as well as by colour.
struct Choice<Words: View>: View {
    let selected: Bool
    let action: () -> Void
    @ViewBuilder var words: () -> Words
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        let shape = RoundedRectangle(cornerRadius: look.corner / 2)
        SwiftUI.Button(action: action) {
            HStack(spacing: 6) {
                if selected {
                    Image(systemName: Symbol.tick).accessibilityHidden(true)
                }
                VStack(alignment: .leading, spacing: 0, content: words)
            }
            .font(look.label)
            .foregroundStyle(selected ? palette.onPrimaryContainer : palette.onSurface)
            .padding(.horizontal, 12)
            .frame(minWidth: minTouch, minHeight: minTouch)
            .background(selected ? palette.primaryContainer : Color.clear, in: shape)
            .overlay(shape.strokeBorder(palette.outline))
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
    }
}

extension Choice where Words == Text {
    /// A choice whose words are one piece of the core's text.
    init(_ text: String, selected: Bool, action: @escaping () -> Void) {
        self.init(selected: selected, action: action) { Text(text) }
    }
}

/// A field the child types in, outlined, at least a finger's height, named for VoiceOver
/// by the core's words for it (which are also its placeholder).
struct WritingField: View {
    let label: String
    @Binding var text: String
    /// How many lines it grows through; one line when nil.
    var lines: ClosedRange<Int>?
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        Group {
            if let lines {
                TextField(label, text: $text, axis: .vertical).lineLimit(lines)
            } else {
                TextField(label, text: $text)
            }
        }
        .font(look.body)
        .padding(12)
        .frame(minHeight: minTouch)
        .overlay(RoundedRectangle(cornerRadius: look.corner / 2).strokeBorder(palette.outline))
        .accessibilityLabel(label)
    }
}

/// Where a step of first open is, its title, and what it asks.
struct StepHeader: View {
    let progress: String
    let title: String
    var explain: String?

    var body: some View {
        BodyText(progress, muted: true)
        Heading(title, big: true)
        if let explain { BodyText(explain) }
    }
}

/// One of the core's on/off choices, with what it means under it.
struct Switch: View {
    let toggle: FamilyTimeCore.Toggle
    let onChange: (Bool) -> Void
    @Environment(\.palette) private var palette

    var body: some View {
        SwiftUI.Toggle(isOn: Binding(get: { toggle.on }, set: onChange)) {
            VStack(alignment: .leading, spacing: 2) {
                Text(toggle.text)
                BodyText(toggle.explain, muted: true)
            }
        }
        .tint(palette.primary)
        .frame(minHeight: minTouch)
    }
}
