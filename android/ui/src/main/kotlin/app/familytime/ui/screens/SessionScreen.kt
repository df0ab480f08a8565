package app.familytime.ui.screens

import androidx.compose.runtime.Composable
import app.familytime.core.SessionDetail
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.SessionRow

/** One session: who, when, where, how, what happens, and why it is like this. */
@Composable
fun SessionScreen(view: SessionDetail, onOpenPerson: (String) -> Unit) = ScreenColumn {
    val words = view.session.words
    Heading(words.title, big = true)
    SessionRow(view.session) { view.session.people.firstOrNull()?.let { onOpenPerson(it.id) } }
    words.place?.let { Body(it) }
    words.why?.let { Body(it) }
    words.decided?.let { Body(it, muted = true) }
    view.whatHappens?.let { Body(it) }
    Arrangement(view.arrangement)
    view.changes.forEach { ChangeNoticeCard(it) }
}
