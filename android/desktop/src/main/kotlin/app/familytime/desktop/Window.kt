package app.familytime.desktop

import androidx.compose.runtime.remember
import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import app.familytime.core.Disguise
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

    // A desktop has no launcher to rename; the choice is kept by the core all the same.
    override fun showAs(disguise: Disguise) = println("desktop: a phone would now show the app as $disguise")
}

/** The child's app in a phone-shaped window, joining the council's server at [server]. */
fun window(phone: Phone, server: String, options: Options) = application {
    val state = rememberWindowState(size = DpSize(PhoneCanvas.WIDTH_DP.dp, PhoneCanvas.HEIGHT_DP.dp))
    Window(onCloseRequest = ::exitApplication, title = "Family Time — ${options.sample}", state = state) {
        val backStack = remember { BackStack(Route.Home) }
        // Minimised is the desktop's "in the background": the lock may be due when it comes back.
        FamilyTimeApp(
            open = { phone.app },
            host = DesktopHost(::exitApplication),
            server = server,
            backStack = backStack,
            biometrics = ScriptedBiometrics(),
            away = state.isMinimized,
            dark = options.dark,
        )
    }
}
