import SwiftUI
import FamilyTimeCore

enum CalendarEvent {
    case openSession(String)
    /// -1 for the week or month before, +1 for the one after.
    case move(by: Int)
    case pickDay(NaiveDate)
    case today
    /// From the week to the month it is in, or back.
    case `switch`
}

/// Back, this week or month, on, and the other view: the core's buttons.
struct CalendarButtons: View {
    let nav: CalendarNav
    let onEvent: (CalendarEvent) -> Void

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { buttons }
            VStack(alignment: .leading, spacing: 8) { buttons }
        }
    }

    @ViewBuilder private var buttons: some View {
        BigButton(button: nav.previous) { onEvent(.move(by: -1)) }
        BigButton(button: nav.today) { onEvent(.today) }
        BigButton(button: nav.next) { onEvent(.move(by: 1)) }
        BigButton(button: nav.switch) { onEvent(.switch) }
    }
}

/// Monday to Sunday, each day with its sessions, or the core's words for an empty day.
struct WeekScreen: View {
    let view: WeekView
    let onEvent: (CalendarEvent) -> Void

    var body: some View {
        ScreenColumn {
            Heading(view.title, big: true)
            CalendarButtons(nav: view.nav, onEvent: onEvent)
            ForEach(view.days, id: \.date) { (day: DayView) in DaySessions(day: day, onEvent: onEvent) }
        }
    }
}

struct DaySessions: View {
    let day: DayView
    let onEvent: (CalendarEvent) -> Void

    var body: some View {
        Heading(day.title)
        if let empty = day.empty { BodyText(empty, muted: true) }
        ForEach(day.sessions, id: \.id) { (session: SessionCard) in
            SessionRow(card: session) { onEvent(.openSession(session.id)) }
        }
        ForEach(day.remembering, id: \.self) { (card: RememberingCard) in RememberingRow(card: card) }
    }
}
