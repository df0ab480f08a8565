package app.familytime.ui.screens

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.familytime.core.ChangesView
import app.familytime.ui.design.Body
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard
import app.familytime.ui.design.PersonPicture

/** What new plan versions changed, each with its reason; "I've seen this" puts them away. */
@Composable
fun ChangesScreen(view: ChangesView, onSeen: (Long) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    view.cards.forEach { card ->
        val words = card.words
        // No card label: each line is read, the decision and what happens next included.
        InfoCard {
            card.people.firstOrNull()?.let { PersonPicture(it) }
            Text(words.title, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            words.detail?.let { Body(it) }
            words.why?.let { Body(it) }
            words.decided?.let { Body(it, muted = true) }
            words.next?.let { Body(it, muted = true) }
        }
    }
    view.upTo?.let { upTo -> BigButton(view.seen, view.seen, onClick = { onSeen(upTo) }) }
}
