import SwiftUI
import FamilyTimeCore

/// The month as a grid a young child can read at a glance: a coloured mark per person on
/// each day they meet, a ring round today; a cancelled session is a hollow mark with a
/// line through, a moved one a hollow square, so neither is told by colour alone. The
/// picked day's sessions are listed under the grid. At accessibility text sizes, where a
/// day's number no longer fits its cell, the month is a list of its days with something
/// on them instead, each with its sessions as the week shows them: who and when in words,
/// with no day to pick first.
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
                MonthList(view: view, onEvent: onEvent).padding(.horizontal, 8)
            } else {
                MonthGrid(view: view, picked: picked, onEvent: onEvent)
                if let day = view.days.first(where: { $0.date == picked }) {
                    VStack(alignment: .leading, spacing: 8) { DaySessions(day: day, onEvent: onEvent) }
                        .padding(.horizontal, 8)
                }
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

/// Each day with a session or a remembering day, and today, as the week lists its days.
private struct MonthList: View {
    let view: MonthView
    let onEvent: (CalendarEvent) -> Void

    var body: some View {
        let days = view.days.filter { (day: DayView) in
            !day.sessions.isEmpty || !day.remembering.isEmpty || day.date == view.today
        }
        VStack(alignment: .leading, spacing: 8) {
            // A month with nothing in it says so, in the core's words for an empty day.
            if days.isEmpty, let empty = view.days.compactMap({ (day: DayView) in day.empty }).first {
                BodyText(empty, muted: true)
            }
            ForEach(days, id: \.date) { (day: DayView) in
                DaySessions(day: day, onEvent: onEvent)
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
        let shape = RoundedRectangle(cornerRadius: 8)
        SwiftUI.Button(action: action) {
            VStack(spacing: 2) {
                // The number of the day: a digit the child can match to a paper calendar.
                Text(Days.parts(of: day.date).day, format: .number)
                    .font(look.label)
                    .foregroundStyle(picked ? palette.onPrimaryContainer : palette.onSurface)
                HStack(spacing: 2) {
                    ForEach(day.sessions.prefix(Self.marksADay), id: \.id) { (session: SessionCard) in
                        SessionMark(session: session)
                    }
                }
            }
            .padding(3)
            .frame(maxWidth: .infinity, minHeight: minTouch)
            .aspectRatio(0.8, contentMode: .fill)
            .background(picked ? palette.primaryContainer : palette.surfaceContainer, in: shape)
            .overlay(shape.strokeBorder(today ? palette.primary : palette.surfaceVariant, lineWidth: today ? 3 : 1))
        }
        .buttonStyle(.plain)
        // Read out as the core's label for the day: filled when picked, ringed when today.
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(day.label)
        .accessibilityAddTraits(picked ? [.isButton, .isSelected] : .isButton)
    }
}

/// A session in a cell of the grid.
private struct SessionMark: View {
    let session: SessionCard
    @Environment(\.palette) private var palette

    private static let side: CGFloat = 12

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
        .frame(width: Self.side, height: Self.side)
    }
}
