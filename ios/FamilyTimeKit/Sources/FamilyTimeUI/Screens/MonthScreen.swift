import SwiftUI
import FamilyTimeCore

/// The month as a grid a young child can read at a glance: a coloured mark per person on
/// each day they meet, a ring round today; a cancelled session is a hollow mark with a
/// line through, a moved one a hollow square, so neither is told by colour alone. The
/// picked day's sessions are listed under the grid. At accessibility text sizes, where a
/// day's number no longer fits its cell, the month is a list of its days with something
/// on them instead, each with the same marks (as the week lists its days).
struct MonthScreen: View {
    let view: MonthView
    let picked: NaiveDate?
    let onEvent: (CalendarEvent) -> Void
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        ScreenColumn(edge: 4) {
            Heading(view.title, big: true).padding(.horizontal, 8)
            CalendarButtons(nav: view.nav, onEvent: onEvent).padding(.horizontal, 8)
            if typeSize.isAccessibilitySize {
                MonthList(view: view, picked: picked, onEvent: onEvent).padding(.horizontal, 8)
            } else {
                MonthGrid(view: view, picked: picked, onEvent: onEvent)
            }
            if let day = view.days.first(where: { $0.date == picked }) {
                VStack(alignment: .leading, spacing: 8) { DaySessions(day: day, onEvent: onEvent) }
                    .padding(.horizontal, 8)
            }
        }
    }
}

private struct MonthGrid: View {
    let view: MonthView
    let picked: NaiveDate?
    let onEvent: (CalendarEvent) -> Void

    private static let daysAWeek = 7

    var body: some View {
        // Monday first, as UK calendars are; blank cells before the 1st.
        let lead = view.days.first.map { (first: DayView) in first.weekday.fromMonday } ?? 0
        let cells: [DayView?] = Array(repeating: nil, count: lead) + view.days.map { Optional($0) }
        let columns = Array(repeating: GridItem(.flexible(minimum: minTouch * 0.8), spacing: 2), count: Self.daysAWeek)
        LazyVGrid(columns: columns, spacing: 2) {
            ForEach(cells.indices, id: \.self) { index in
                if let day = cells[index] {
                    DayCell(day: day, today: day.date == view.today, picked: day.date == picked) {
                        onEvent(.pickDay(day.date))
                    }
                } else {
                    Color.clear
                }
            }
        }
    }
}

/// Each day with a session, and today, as a row: its name and date, then its marks.
private struct MonthList: View {
    let view: MonthView
    let picked: NaiveDate?
    let onEvent: (CalendarEvent) -> Void
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    var body: some View {
        let days = view.days.filter { (day: DayView) in !day.sessions.isEmpty || day.date == view.today }
        VStack(alignment: .leading, spacing: 8) {
            // A month with nothing in it says so, in the core's words for an empty day.
            if days.isEmpty, let empty = view.days.compactMap({ (day: DayView) in day.empty }).first {
                BodyText(empty, muted: true)
            }
            ForEach(days, id: \.date) { (day: DayView) in
                let chosen = day.date == picked
                DayButton(day: day, today: day.date == view.today, picked: chosen, action: { onEvent(.pickDay(day.date)) }) {
                    VStack(alignment: .leading, spacing: 4) {
                        Text(day.title)
                            .font(look.cardTitle)
                            .foregroundStyle(chosen ? palette.onPrimaryContainer : palette.onSurface)
                        HStack(spacing: 6) {
                            ForEach(day.sessions, id: \.id) { (session: SessionCard) in
                                SessionMark(session: session, side: SessionMark.big)
                            }
                        }
                    }
                    .padding(12)
                    .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
                }
            }
        }
    }
}

extension Weekday {
    /// Monday 0 to Sunday 6.
    var fromMonday: Int {
        switch self {
        case .mon: return 0
        case .tue: return 1
        case .wed: return 2
        case .thu: return 3
        case .fri: return 4
        case .sat: return 5
        case .sun: return 6
        }
    }
}

private struct DayCell: View {
    let day: DayView
    let today: Bool
    let picked: Bool
    let action: () -> Void
    @Environment(\.look) private var look
    @Environment(\.palette) private var palette

    private static let marksADay = 3

    var body: some View {
        DayButton(day: day, today: today, picked: picked, action: action) {
            VStack(spacing: 2) {
                // The number of the day: a digit the child can match to a paper calendar.
                Text(Days.parts(of: day.date).day, format: .number)
                    .font(look.label)
                    .foregroundStyle(picked ? palette.onPrimaryContainer : palette.onSurface)
                HStack(spacing: 2) {
                    ForEach(day.sessions.prefix(Self.marksADay), id: \.id) { (session: SessionCard) in
                        SessionMark(session: session, side: SessionMark.small)
                    }
                }
            }
            .padding(3)
            .frame(maxWidth: .infinity, minHeight: minTouch)
            .aspectRatio(0.8, contentMode: .fill)
        }
    }
}

/// A day to tap, read out as the core's label for it: filled when picked, ringed when it is today.
private struct DayButton<Content: View>: View {
    let day: DayView
    let today: Bool
    let picked: Bool
    let action: () -> Void
    @ViewBuilder var content: () -> Content
    @Environment(\.palette) private var palette

    var body: some View {
        let shape = RoundedRectangle(cornerRadius: 8)
        SwiftUI.Button(action: action) {
            content()
                .background(picked ? palette.primaryContainer : palette.surfaceContainer, in: shape)
                .overlay(shape.strokeBorder(today ? palette.primary : palette.surfaceVariant, lineWidth: today ? 3 : 1))
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(day.label)
        .accessibilityAddTraits(picked ? [.isButton, .isSelected] : .isButton)
    }
}

private struct SessionMark: View {
    let session: SessionCard
    let side: CGFloat
    @Environment(\.palette) private var palette

    /// In a cell of the grid.
    static let small: CGFloat = 12
    /// In the list of days, beside large text.
    static let big: CGFloat = 24

    var body: some View {
        let colour = RGB(plan: session.people.first?.colour)?.color ?? palette.primary
        Group {
            if session.status.isStopped {
                Circle().strokeBorder(palette.onSurface, lineWidth: 2)
                    .overlay(Rectangle().fill(palette.onSurface).frame(height: 2))
            } else if session.status.isMoved {
                RoundedRectangle(cornerRadius: 1).strokeBorder(colour, lineWidth: 2)
            } else {
                Circle().fill(colour).overlay(Circle().strokeBorder(palette.onSurface, lineWidth: 1))
            }
        }
        .frame(width: side, height: side)
    }
}
