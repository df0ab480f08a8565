package app.familytime.ui.screens

import androidx.compose.runtime.Composable
import app.familytime.core.CheckInPrompt
import app.familytime.core.Moment
import app.familytime.core.SessionDetail
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.SessionRow

sealed interface SessionEvent {
    data class OpenPerson(val id: String) : SessionEvent
    /** How the child feels about this family time, before or after it. */
    data class CheckIn(val moment: Moment) : SessionEvent
}

/**
 * One session: who, when, where, how, what happens, and why it is like this; and the
 * check-ins about it open now ([prompts]).
 */
@Composable
fun SessionScreen(view: SessionDetail, prompts: List<CheckInPrompt>, onEvent: (SessionEvent) -> Unit) = ScreenColumn {
    val words = view.session.words
    Heading(words.title, big = true)
    SessionRow(view.session) { view.session.people.firstOrNull()?.let { onEvent(SessionEvent.OpenPerson(it.id)) } }
    prompts.forEach { prompt -> CheckInCard(prompt) { onEvent(SessionEvent.CheckIn(prompt.moment)) } }
    words.place?.let { Body(it) }
    words.why?.let { Body(it) }
    words.decided?.let { Body(it, muted = true) }
    view.whatHappens?.let { Body(it) }
    Arrangement(view.arrangement)
    view.changes.forEach { ChangeNoticeCard(it) }
}
