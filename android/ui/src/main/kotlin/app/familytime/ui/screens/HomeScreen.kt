package app.familytime.ui.screens

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.familytime.core.CheckInPrompt
import app.familytime.core.HomeView
import app.familytime.core.Next
import app.familytime.core.PersonNext
import app.familytime.core.SessionCard
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard
import app.familytime.ui.design.LocalLook
import app.familytime.ui.design.PersonPicture
import app.familytime.ui.design.PictureBeside
import app.familytime.ui.design.SessionRow
import app.familytime.ui.design.SleepMarks

sealed interface HomeEvent {
    data class OpenPerson(val id: String) : HomeEvent
    data class OpenSession(val id: String) : HomeEvent
    data object OpenChanges : HomeEvent
    /** A check-in whose window is open now: how the child feels before or after. */
    data class CheckIn(val prompt: CheckInPrompt) : HomeEvent
}

/**
 * Today, tomorrow, and when the child sees everyone; what changed on top until seen, and
 * under it the check-ins open now ([prompts]).
 */
@Composable
fun HomeScreen(view: HomeView, prompts: List<CheckInPrompt>, onEvent: (HomeEvent) -> Unit) = ScreenColumn {
    Heading(view.words.title, big = true)
    if (view.changes.isNotEmpty()) {
        Heading(view.words.changesHeading)
        view.changes.forEach { change ->
            InfoCard(label = change.words.label, onClick = { onEvent(HomeEvent.OpenChanges) }) {
                Text(change.words.title, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
                change.words.why?.let { Body(it, muted = true) }
            }
        }
    }
    prompts.forEach { prompt -> CheckInCard(prompt) { onEvent(HomeEvent.CheckIn(prompt)) } }
    Day(view.words.todayHeading, view.words.todayEmpty, view.todaySessions, onEvent)
    Day(view.words.tomorrowHeading, view.words.tomorrowEmpty, view.tomorrowSessions, onEvent)
    Heading(view.words.peopleHeading)
    view.people.forEach { PersonCard(it) { onEvent(HomeEvent.OpenPerson(it.person.id)) } }
    if (view.remembering.isNotEmpty()) {
        Heading(view.words.rememberingHeading)
        view.remembering.forEach { RememberingCard(it) }
    }
}

/** "How was seeing Nan?": a card that opens the check-in. */
@Composable
fun CheckInCard(prompt: CheckInPrompt, onClick: () -> Unit) {
    InfoCard(label = prompt.button.label, onClick = onClick, border = BorderStroke(2.dp, MaterialTheme.colorScheme.primary)) {
        Text(prompt.button.text, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
    }
}

@Composable
private fun Day(heading: String, empty: String?, sessions: List<SessionCard>, onEvent: (HomeEvent) -> Unit) {
    Heading(heading)
    empty?.let { Body(it, muted = true) }
    sessions.forEach { SessionRow(it) { onEvent(HomeEvent.OpenSession(it.id)) } }
}

/** A person, and when the child next sees them, or why not: exactly as the core says it. */
@Composable
fun PersonCard(entry: PersonNext, onClick: () -> Unit) {
    InfoCard(label = entry.words.label, onClick = onClick) {
        PictureBeside(pictures = { PersonPicture(entry.person) }) {
            Text(entry.person.name, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            Text(entry.words.next, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.onSurface)
            entry.words.explain?.let { Body(it, muted = true) }
        }
        val next = entry.next
        if (LocalLook.current.countSleeps && next is Next.Session) SleepMarks(next.session.daysAway)
    }
}

@Composable
fun RememberingCard(card: app.familytime.core.RememberingCard) {
    InfoCard(label = card.label) {
        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            PersonPicture(card.person)
            Body(card.what, Modifier.weight(1f))
        }
    }
}
