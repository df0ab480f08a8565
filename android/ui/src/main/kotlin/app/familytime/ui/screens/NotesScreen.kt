package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.familytime.core.NoteCard
import app.familytime.core.NotesView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard

sealed interface NotesEvent {
    data class Type(val text: String) : NotesEvent
    data object Save : NotesEvent
    /** Asks first: a deleted note is gone for good. */
    data class Delete(val id: Long) : NotesEvent
    data object DeleteYes : NotesEvent
    data object DeleteNo : NotesEvent
}

/**
 * The child's own notes, which never leave the phone: a field to write one, and the
 * notes newest first. [asking] is the note the child asked to delete, waiting for yes or no.
 */
@Composable
fun NotesScreen(view: NotesView, typed: String, asking: Long?, onEvent: (NotesEvent) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    Body(view.intro, muted = true)
    OutlinedTextField(
        value = typed,
        onValueChange = { onEvent(NotesEvent.Type(it)) },
        label = { Text(view.field) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 120.dp).semantics { contentDescription = view.field },
    )
    BigButton(view.save.text, view.save.label, onClick = { onEvent(NotesEvent.Save) }, modifier = Modifier.fillMaxWidth())
    view.empty?.let { Body(it, muted = true) }
    view.notes.forEach { note -> Note(view, note, asking == note.id, onEvent) }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun Note(view: NotesView, note: NoteCard, asking: Boolean, onEvent: (NotesEvent) -> Unit) = InfoCard {
    Text(note.writtenOn, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
    note.about?.let { Body(it, muted = true) }
    Body(note.text)
    if (asking) {
        Body(view.deleteQuestion)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            BigButton(view.deleteYes.text, view.deleteYes.label, onClick = { onEvent(NotesEvent.DeleteYes) }, urgent = true)
            BigButton(view.deleteNo.text, view.deleteNo.label, onClick = { onEvent(NotesEvent.DeleteNo) })
        }
    } else {
        BigButton(note.delete.text, note.delete.label, onClick = { onEvent(NotesEvent.Delete(note.id)) })
    }
}
