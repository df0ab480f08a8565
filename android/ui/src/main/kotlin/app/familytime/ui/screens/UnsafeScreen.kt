package app.familytime.ui.screens

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.familytime.core.UnsafeView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading

/** Who can help right now: 999 and Childline open the dialler; the urgent message is queued. */
@Composable
fun UnsafeScreen(view: UnsafeView, onDial: (String) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    view.calls.forEachIndexed { index, call ->
        BigButton(call.button.text, call.button.label, onClick = { onDial(call.number) }, modifier = Modifier.fillMaxWidth(), urgent = index == 0)
    }
    Body(view.trustedAdult)
    Body(view.told, muted = true)
}
