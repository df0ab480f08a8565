package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.runtime.Composable
import androidx.compose.ui.unit.dp
import app.familytime.core.CalendarNav
import app.familytime.ui.design.BigButton
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
    data object Today : CalendarEvent
    /** From the week to the month it is in, or back. */
    data object Switch : CalendarEvent
}

/** Back, this week or month, on, and the other view: the core's buttons. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun CalendarButtons(nav: CalendarNav, onEvent: (CalendarEvent) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        BigButton(nav.previous.text, nav.previous.label, onClick = { onEvent(CalendarEvent.Move(-1)) })
        BigButton(nav.today.text, nav.today.label, onClick = { onEvent(CalendarEvent.Today) })
        BigButton(nav.next.text, nav.next.label, onClick = { onEvent(CalendarEvent.Move(1)) })
        BigButton(nav.switch.text, nav.switch.label, onClick = { onEvent(CalendarEvent.Switch) })
    }
}

/** Monday to Sunday, each day with its sessions, or the core's words for an empty day. */
@Composable
fun WeekScreen(view: WeekView, onEvent: (CalendarEvent) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    CalendarButtons(view.nav, onEvent)
    view.days.forEach { DaySessions(it, onEvent) }
}

@Composable
fun DaySessions(day: DayView, onEvent: (CalendarEvent) -> Unit) {
    Heading(day.title)
    day.empty?.let { Body(it, muted = true) }
    day.sessions.forEach { SessionRow(it) { onEvent(CalendarEvent.OpenSession(it.id)) } }
    day.remembering.forEach { RememberingCard(it) }
}
