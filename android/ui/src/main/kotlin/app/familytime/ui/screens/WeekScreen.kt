package app.familytime.ui.screens

import androidx.compose.runtime.Composable
import app.familytime.core.DayView
import app.familytime.core.WeekView
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.SessionRow

sealed interface CalendarEvent {
    data class OpenSession(val id: String) : CalendarEvent
    /** -1 for the week or month before, +1 for the one after. */
    data class Move(val by: Int) : CalendarEvent
    data class PickDay(val day: java.time.LocalDate) : CalendarEvent
}

/** Monday to Sunday, each day with its sessions, or the core's words for an empty day. */
@Composable
fun WeekScreen(view: WeekView, onEvent: (CalendarEvent) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    view.days.forEach { DaySessions(it, onEvent) }
}

@Composable
fun DaySessions(day: DayView, onEvent: (CalendarEvent) -> Unit) {
    Heading(day.title)
    day.empty?.let { Body(it, muted = true) }
    day.sessions.forEach { SessionRow(it) { onEvent(CalendarEvent.OpenSession(it.id)) } }
    day.remembering.forEach { RememberingCard(it) }
}
