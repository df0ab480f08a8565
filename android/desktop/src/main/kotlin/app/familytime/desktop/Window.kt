package app.familytime.desktop

import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState

/** The child's app in a phone-shaped window. */
fun window(phone: Phone, options: Options) = application {
    Window(
        onCloseRequest = ::exitApplication,
        title = "Family Time — ${options.sample}",
        state = rememberWindowState(size = DpSize(PhoneCanvas.WIDTH_DP.dp, PhoneCanvas.HEIGHT_DP.dp)),
    ) {
        gallery(phone.app, options.dark).first().content()
    }
}
