package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.familytime.core.LockView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.SecretField

sealed interface LockEvent {
    data class Type(val pin: String) : LockEvent
    data object Unlock : LockEvent
    data object Biometrics : LockEvent
    data object Forgot : LockEvent
    data object FeelUnsafe : LockEvent
    data object QuickExit : LockEvent
}

/**
 * The PIN, asked before anything of the child's is shown: nothing here names anyone. After
 * wrong guesses the core's words say how long to wait. "I feel unsafe" and quick exit
 * never need the PIN.
 */
@Composable
fun LockScreen(view: LockView, pin: String, onEvent: (LockEvent) -> Unit) = ScreenColumn {
    val words = view.words
    BigButton(view.feelUnsafe.text, view.feelUnsafe.label, onClick = { onEvent(LockEvent.FeelUnsafe) }, modifier = Modifier.fillMaxWidth(), urgent = true)
    BigButton(view.quickExit.text, view.quickExit.label, onClick = { onEvent(LockEvent.QuickExit) }, modifier = Modifier.fillMaxWidth())
    Heading(words.title, big = true)
    SecretField(pin, words.field) { onEvent(LockEvent.Type(it)) }
    words.problem?.let { Body(it) }
    BigButton(view.unlock.text, view.unlock.label, onClick = { onEvent(LockEvent.Unlock) }, modifier = Modifier.fillMaxWidth())
    view.biometrics?.let { BigButton(it.text, it.label, onClick = { onEvent(LockEvent.Biometrics) }, modifier = Modifier.fillMaxWidth()) }
    BigButton(view.forgot.text, view.forgot.label, onClick = { onEvent(LockEvent.Forgot) }, modifier = Modifier.fillMaxWidth())
}
