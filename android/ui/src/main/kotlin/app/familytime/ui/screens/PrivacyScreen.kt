package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.familytime.core.PrivacyView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Choice
import app.familytime.ui.design.Heading

sealed interface PrivacyEvent {
    /** On leads to choosing a PIN; off takes the lock away (nothing the child wrote changes). */
    data class Lock(val on: Boolean) : PrivacyEvent
    data object ChangePin : PrivacyEvent
    data class Biometrics(val on: Boolean) : PrivacyEvent
    data class Disguise(val disguise: app.familytime.core.Disguise) : PrivacyEvent
    data class AfterReminders(val on: Boolean) : PrivacyEvent
}

/** The lock, the phone's fingerprint or face, the app's name and picture, "How was it?". */
@Composable
fun PrivacyScreen(view: PrivacyView, onEvent: (PrivacyEvent) -> Unit) = ScreenColumn {
    val words = view.words
    Heading(words.title, big = true)
    Heading(words.lockHeading)
    Switched(view.lock) { onEvent(PrivacyEvent.Lock(it)) }
    view.changePin?.let { BigButton(it.text, it.label, onClick = { onEvent(PrivacyEvent.ChangePin) }, modifier = Modifier.fillMaxWidth()) }
    view.biometrics?.let { toggle -> Switched(toggle) { onEvent(PrivacyEvent.Biometrics(it)) } }
    Heading(words.disguiseHeading)
    Body(words.disguiseExplain, muted = true)
    view.disguises.forEach { choice ->
        Choice(choice.button.text, choice.selected) { onEvent(PrivacyEvent.Disguise(choice.disguise)) }
    }
    Heading(words.reminderHeading)
    Switched(view.afterReminders) { onEvent(PrivacyEvent.AfterReminders(it)) }
}
