package app.familytime.ui.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.BoxWithConstraints
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.text.rememberTextMeasurer
import androidx.compose.ui.unit.dp
import app.familytime.core.DayView
import app.familytime.core.MonthView
import app.familytime.core.SessionCard
import app.familytime.core.SessionStatus
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.MinTouch
import app.familytime.ui.design.planColour
import java.time.LocalDate

/**
 * The month as a grid a young child can read at a glance: a coloured mark per person on
 * each day they meet, a ring round today; a cancelled session is a hollow mark with a
 * line through, a moved one a hollow square, so neither is told by colour alone. The
 * picked day's sessions are listed under the grid. When the child's text is so large
 * that a day's number no longer fits its cell, the month is a list of its days with
 * something on them instead, each with its sessions as the week shows them: who and when
 * in words, with no day to pick first.
 */
@Composable
fun MonthScreen(view: MonthView, picked: LocalDate?, onEvent: (CalendarEvent) -> Unit) = ScreenColumn(edge = 4.dp) {
    Heading(view.title, Modifier.padding(horizontal = 8.dp), big = true)
    Column(Modifier.padding(horizontal = 8.dp)) { CalendarButtons(view.nav, onEvent) }
    BoxWithConstraints {
        val cell = (constraints.maxWidth - with(LocalDensity.current) { GAP.roundToPx() } * (DAYS_A_WEEK - 1)) / DAYS_A_WEEK
        if (numbersFit(view, cell)) {
            Column(verticalArrangement = Arrangement.spacedBy(betweenParts())) {
                MonthGrid(view, picked, onEvent)
                view.days.firstOrNull { it.date == picked }?.let { day ->
                    Column(Modifier.padding(horizontal = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        DaySessions(day, onEvent)
                    }
                }
            }
        } else {
            MonthList(view, onEvent)
        }
    }
}

@Composable
fun MonthGrid(view: MonthView, picked: LocalDate?, onEvent: (CalendarEvent) -> Unit) {
    val first = view.days.firstOrNull() ?: return
    // Monday first, as UK calendars are; blank cells before the 1st.
    val lead = first.date.dayOfWeek.value - 1
    val cells: List<DayView?> = List(lead) { null } + view.days
    // Seven cells of at least 48 dp fit a 360 dp phone only with narrow gaps and margins.
    Column(verticalArrangement = Arrangement.spacedBy(GAP)) {
        cells.chunked(DAYS_A_WEEK).forEach { week ->
            Row(horizontalArrangement = Arrangement.spacedBy(GAP)) {
                week.forEach { day ->
                    Box(Modifier.weight(1f)) {
                        if (day != null) DayCell(day, day.date == view.today, day.date == picked) {
                            onEvent(CalendarEvent.PickDay(day.date))
                        }
                    }
                }
                repeat(DAYS_A_WEEK - week.size) { Spacer(Modifier.weight(1f)) }
            }
        }
    }
}

private const val DAYS_A_WEEK = 7
private val GAP = 2.dp
private val CELL_PADDING = 3.dp

/**
 * Whether the widest day number, in the child's text size, fits a cell [cell] pixels wide
 * (in whole pixels, as the row lays the cells out).
 */
@Composable
private fun numbersFit(view: MonthView, cell: Int): Boolean {
    val measurer = rememberTextMeasurer()
    val style = MaterialTheme.typography.labelLarge
    val widest = view.days.maxOfOrNull { measurer.measure(it.date.dayOfMonth.toString(), style).size.width } ?: 0
    return widest + with(LocalDensity.current) { CELL_PADDING.roundToPx() } * 2 <= cell
}

/** Each day with a session or a remembering day, and today, as the week lists its days. */
@Composable
private fun MonthList(view: MonthView, onEvent: (CalendarEvent) -> Unit) {
    val days = view.days.filter { it.sessions.isNotEmpty() || it.remembering.isNotEmpty() || it.date == view.today }
    Column(Modifier.padding(horizontal = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        // A month with nothing in it says so, in the core's words for an empty day.
        if (days.isEmpty()) view.days.firstNotNullOfOrNull { it.empty }?.let { Body(it, muted = true) }
        days.forEach { DaySessions(it, onEvent) }
    }
}

/**
 * A day to tap, read out as the core's label for it: its number and the first few of its
 * marks, filled when picked, ringed when it is today.
 */
@Composable
private fun DayCell(day: DayView, today: Boolean, picked: Boolean, onClick: () -> Unit) {
    val colours = MaterialTheme.colorScheme
    val fill = if (picked) colours.primaryContainer else colours.surfaceContainer
    val ring = if (today) colours.primary else colours.surfaceVariant
    val ink = if (picked) colours.onPrimaryContainer else colours.onSurface
    Column(
        Modifier.fillMaxWidth().aspectRatio(0.8f).heightIn(min = MinTouch)
            .clip(RoundedCornerShape(8.dp))
            .background(fill).border(if (today) 3.dp else 1.dp, ring, RoundedCornerShape(8.dp))
            .selectable(selected = picked, role = Role.Button, onClick = onClick)
            .clearAndSetSemantics {
                contentDescription = day.label
                selected = picked
                role = Role.Button
            }
            .padding(CELL_PADDING),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        // The number of the day: a digit the child can match to a paper calendar.
        Text(day.date.dayOfMonth.toString(), style = MaterialTheme.typography.labelLarge, color = ink)
        Row(horizontalArrangement = Arrangement.spacedBy(2.dp)) {
            day.sessions.take(MARKS_A_DAY).forEach { SessionMark(it) }
        }
    }
}

private const val MARKS_A_DAY = 3
private val MARK = 12.dp

@Composable
private fun SessionMark(session: SessionCard) {
    val colour = planColour(session.people.firstOrNull()?.colour) ?: MaterialTheme.colorScheme.primary
    val outline = MaterialTheme.colorScheme.onSurface
    when (session.status) {
        is SessionStatus.Planned -> Box(Modifier.size(MARK).clip(CircleShape).background(colour).border(1.dp, outline, CircleShape))
        is SessionStatus.Moved -> Box(Modifier.size(MARK).border(2.dp, colour, RoundedCornerShape(1.dp)))
        else -> Box(Modifier.size(MARK).border(2.dp, outline, CircleShape), contentAlignment = Alignment.Center) {
            Box(Modifier.size(width = MARK, height = 2.dp).background(outline))
        }
    }
}

