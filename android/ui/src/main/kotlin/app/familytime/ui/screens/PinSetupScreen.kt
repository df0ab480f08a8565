package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.familytime.core.PinSetupView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.SecretField

sealed interface PinSetupEvent {
    data class Type(val pin: String) : PinSetupEvent
    data class TypeAgain(val pin: String) : PinSetupEvent
    data object Save : PinSetupEvent
    data object Cancel : PinSetupEvent
}

/** Choosing a PIN, typed twice; what was wrong with the last try in the core's words. */
@Composable
fun PinSetupScreen(view: PinSetupView, pin: String, again: String, onEvent: (PinSetupEvent) -> Unit) = ScreenColumn {
    val words = view.words
    Heading(words.title, big = true)
    Body(words.rule)
    SecretField(pin, words.field) { onEvent(PinSetupEvent.Type(it)) }
    SecretField(again, words.confirmField) { onEvent(PinSetupEvent.TypeAgain(it)) }
    words.problem?.let { Body(it) }
    BigButton(view.save.text, view.save.label, onClick = { onEvent(PinSetupEvent.Save) }, modifier = Modifier.fillMaxWidth())
    BigButton(view.cancel.text, view.cancel.label, onClick = { onEvent(PinSetupEvent.Cancel) }, modifier = Modifier.fillMaxWidth())
}
