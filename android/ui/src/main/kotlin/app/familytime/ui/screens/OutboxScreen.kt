package app.familytime.ui.screens

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.familytime.core.Delivery
import app.familytime.core.OutboxView
import app.familytime.core.SentCard
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard
import app.familytime.ui.design.StatusTag

/** What the child sent, where each message has got to, and the answers under it. */
@Composable
fun OutboxScreen(view: OutboxView) = ScreenColumn {
    Heading(view.title, big = true)
    view.empty?.let { Body(it, muted = true) }
    view.messages.forEach { SentMessage(it) }
}

// No card label: one would hide the child's words and the answers from a screen reader,
// which reads each line instead (the name and state are lines of their own).
@Composable
fun SentMessage(card: SentCard) = InfoCard {
    Text(card.toName, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
    Body(card.text)
    StatusTag(card.stateText, stopped = card.state == Delivery.WAITING)
    card.overdue?.let { Body(it, muted = true) }
    card.alsoTell.forEach { other ->
        Body(other.name, muted = true)
        Body(other.roleName, muted = true)
    }
    card.answers.forEach { answer ->
        Column(Modifier.padding(start = 16.dp, top = 8.dp)) {
            Text(answer.from, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            Body(answer.text)
        }
    }
}
