package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.familytime.core.Change
import app.familytime.core.Message
import app.familytime.core.TellView
import app.familytime.core.Topic
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Choice
import app.familytime.ui.design.Heading

sealed interface TellEvent {
    data class To(val helper: String) : TellEvent
    data class About(val topic: Topic) : TellEvent
    data class Asking(val change: Change) : TellEvent
    data class Write(val text: String) : TellEvent
    data object Send : TellEvent
}

/** Pick who and what, the ready-made requests, the child's own words, send. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun TellScreen(view: TellView, draft: Message, onEvent: (TellEvent) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    Heading(view.whoHeading)
    view.helpers.forEach { choice ->
        Choice(choice.helper.name, draft.to == choice.helper.id, detail = choice.helper.roleName) {
            onEvent(TellEvent.To(choice.helper.id))
        }
        if (draft.to == choice.helper.id) {
            choice.likelyText?.let { Body(it, muted = true) }
            choice.outOfHours?.let { Body(it, muted = true) }
        }
    }
    Heading(view.topicHeading)
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        view.topics.forEach { topic -> Choice(topic.text, draft.topic == topic.value) { onEvent(TellEvent.About(topic.value)) } }
    }
    if (draft.topic == Topic.CHANGE_REQUEST) {
        Heading(view.changeHeading)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            view.changes.forEach { change -> Choice(change.text, draft.change == change.value) { onEvent(TellEvent.Asking(change.value)) } }
        }
    }
    Heading(view.writeHeading)
    OutlinedTextField(
        value = draft.text,
        onValueChange = { onEvent(TellEvent.Write(it)) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 120.dp).semantics { contentDescription = view.writeHeading },
    )
    Body(view.keepPrivate, muted = true)
    BigButton(view.send, view.send, onClick = { onEvent(TellEvent.Send) }, modifier = Modifier.fillMaxWidth())
}
