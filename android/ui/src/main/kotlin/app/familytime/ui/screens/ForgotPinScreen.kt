package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import app.familytime.core.ForgotPinView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading

sealed interface ForgotPinEvent {
    data class Type(val code: String) : ForgotPinEvent
    data object Submit : ForgotPinEvent
    /** Back to the lock screen; once the code worked, on to choosing a new PIN. */
    data object Back : ForgotPinEvent
    data object FeelUnsafe : ForgotPinEvent
    data object QuickExit : ForgotPinEvent
}

/**
 * A forgotten PIN: who to ask for a code, the field for it, what was wrong with it, and
 * once it worked, that everything is kept and a new PIN is next. Works while locked.
 */
@Composable
fun ForgotPinScreen(view: ForgotPinView, code: String, onEvent: (ForgotPinEvent) -> Unit) = ScreenColumn {
    val words = view.words
    BigButton(view.feelUnsafe.text, view.feelUnsafe.label, onClick = { onEvent(ForgotPinEvent.FeelUnsafe) }, modifier = Modifier.fillMaxWidth(), urgent = true)
    BigButton(view.quickExit.text, view.quickExit.label, onClick = { onEvent(ForgotPinEvent.QuickExit) }, modifier = Modifier.fillMaxWidth())
    Heading(words.title, big = true)
    val done = words.done
    if (done != null) {
        Body(done)
    } else {
        Body(words.explain)
        OutlinedTextField(
            value = code,
            onValueChange = { onEvent(ForgotPinEvent.Type(it)) },
            label = { Text(words.field) },
            singleLine = true,
            modifier = Modifier.fillMaxWidth().semantics { contentDescription = words.field },
        )
        view.problem?.let {
            Body(it.text)
            Body(it.whatToDo, muted = true)
        }
        BigButton(view.submit.text, view.submit.label, onClick = { onEvent(ForgotPinEvent.Submit) }, modifier = Modifier.fillMaxWidth())
    }
    BigButton(view.back.text, view.back.label, onClick = { onEvent(ForgotPinEvent.Back) }, modifier = Modifier.fillMaxWidth())
}
