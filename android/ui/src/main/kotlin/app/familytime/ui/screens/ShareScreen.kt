package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.familytime.core.ShareView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Choice
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard

sealed interface ShareEvent {
    data class To(val helper: String) : ShareEvent
    data object Send : ShareEvent
    data object KeepPrivate : ShareEvent
}

/**
 * Sharing check-ins with a helper the child picks: the very message that would be sent,
 * shown before anything goes. Sending makes it an ordinary sealed message.
 */
@Composable
fun ShareScreen(view: ShareView, onEvent: (ShareEvent) -> Unit) = ScreenColumn {
    val words = view.words
    Heading(words.title, big = true)
    Heading(words.toHeading)
    view.helpers.forEach { helper -> Choice(helper.name, helper.selected) { onEvent(ShareEvent.To(helper.helper)) } }
    Body(words.intro)
    InfoCard { Body(view.preview.text) }
    BigButton(view.send.text, view.send.label, onClick = { onEvent(ShareEvent.Send) }, modifier = Modifier.fillMaxWidth())
    BigButton(view.keepPrivate.text, view.keepPrivate.label, onClick = { onEvent(ShareEvent.KeepPrivate) }, modifier = Modifier.fillMaxWidth())
}
