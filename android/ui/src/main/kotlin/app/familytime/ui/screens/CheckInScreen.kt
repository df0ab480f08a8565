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
import app.familytime.core.CheckInView
import app.familytime.core.Feeling
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.FaceChoice
import app.familytime.ui.design.Heading

sealed interface CheckInEvent {
    data class Pick(val feeling: Feeling) : CheckInEvent
    /** A few words of the child's own, as typed so far. */
    data class Write(val text: String) : CheckInEvent
    data object Save : CheckInEvent
    /** To choose someone to share a saved check-in with; nothing is sent from here. */
    data object Share : CheckInEvent
}

/**
 * How the child feels about one family time, before or after: big faces with their words,
 * a few words of their own, save. [picked] and [ownWords] are the child's choices so far.
 * Outside its window the core's words say why it cannot be saved, and there is no save.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun CheckInScreen(view: CheckInView, picked: Feeling?, ownWords: String, onEvent: (CheckInEvent) -> Unit) = ScreenColumn {
    val words = view.words
    Heading(words.title, big = true)
    Body(words.`when`, muted = true)
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        view.feelings.forEach { choice ->
            FaceChoice(choice.face, choice.button.text, choice.button.label, choice.feeling == picked) {
                onEvent(CheckInEvent.Pick(choice.feeling))
            }
        }
    }
    OutlinedTextField(
        value = ownWords,
        onValueChange = { onEvent(CheckInEvent.Write(it)) },
        label = { Text(words.ownWordsField) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 96.dp).semantics { contentDescription = words.ownWordsField },
    )
    Body(words.privateNote, muted = true)
    val closed = words.closed
    if (closed != null) {
        Body(closed)
    } else if (picked != null) {
        BigButton(view.save.text, view.save.label, onClick = { onEvent(CheckInEvent.Save) }, modifier = Modifier.fillMaxWidth())
    }
    view.share?.let { share ->
        BigButton(share.text, share.label, onClick = { onEvent(CheckInEvent.Share) }, modifier = Modifier.fillMaxWidth())
    }
}
