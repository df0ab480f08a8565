package app.familytime.desktop

import androidx.compose.runtime.remember
import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import app.familytime.jvm.Phone
import app.familytime.ui.FamilyTimeApp
import app.familytime.ui.Host
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route

/** The desktop's answers to what the app asks of the phone. */
class DesktopHost(private val exit: () -> Unit) : Host {
    // A desktop has no dialler; the number shows where the app was started.
    override fun dial(number: String) = println("desktop: a phone would now open the dialler with $number")

    override fun quickExit() = exit()
}

/** The child's app in a phone-shaped window, joining the council's server at [server]. */
fun window(phone: Phone, server: String, options: Options) = application {
    Window(
        onCloseRequest = ::exitApplication,
        title = "Family Time — ${options.sample}",
        state = rememberWindowState(size = DpSize(PhoneCanvas.WIDTH_DP.dp, PhoneCanvas.HEIGHT_DP.dp)),
    ) {
        val backStack = remember { BackStack(Route.Home) }
        FamilyTimeApp({ phone.app }, DesktopHost(::exitApplication), server, backStack, options.dark)
    }
}
