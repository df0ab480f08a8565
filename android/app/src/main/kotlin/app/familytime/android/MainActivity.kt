package app.familytime.android

import android.Manifest
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.core.content.ContextCompat
import app.familytime.android.platform.AndroidBiometrics
import app.familytime.ui.FamilyTimeApp
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route

/**
 * The app's one activity: the Compose UI over the core, drawn edge to edge, and never
 * shown in recents, screenshots or screen recordings.
 */
class MainActivity : ComponentActivity() {
    /** Stopped (in the background, or the screen off): the UI tells the core, which decides when to lock. */
    private var away by mutableStateOf(false)

    private val askForNotifications =
        registerForActivityResult(ActivityResultContracts.RequestPermission()) {
            // Reminders are scheduled either way; the worker checks before showing one.
        }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // Before anything is drawn, so not even the first frame reaches a thumbnail.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        enableEdgeToEdge()
        val app = application as FamilyTimeApplication
        val host = AndroidHost(this)
        // The prompt's way back to the PIN says what the lock screen's field says.
        val biometrics =
            AndroidBiometrics(this) {
                app
                    .familyTime()
                    .lockScreen()
                    .words.field
            }
        setContent {
            // The system's back gesture walks the UI's own back stack, and leaves the
            // app only from the first screen.
            val backStack = remember { BackStack(Route.Home) }
            BackHandler(enabled = backStack.canGoBack) { backStack.pop() }
            FamilyTimeApp(
                open = app::familyTime,
                host = host,
                server = BuildConfig.COUNCIL_SERVER,
                backStack = backStack,
                biometrics = biometrics,
                away = away,
            )
        }
        // Android asks the child at most twice; a "no" is kept, and reminders stay silent.
        val canNotify =
            Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
                ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) ==
                PackageManager.PERMISSION_GRANTED
        if (!canNotify) askForNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
    }

    override fun onStart() {
        super.onStart()
        away = false
    }

    override fun onStop() {
        away = true
        super.onStop()
    }
}
