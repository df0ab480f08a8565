package app.familytime.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import app.familytime.core.Biometrics
import app.familytime.core.ChromeView
import app.familytime.core.FamilyTime
import app.familytime.core.ForgotPinView
import app.familytime.core.LockView
import app.familytime.core.PinOutcome
import app.familytime.core.PinSetupView
import app.familytime.core.UnlockOutcome
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import app.familytime.ui.screens.ForgotPinEvent
import app.familytime.ui.screens.ForgotPinScreen
import app.familytime.ui.screens.LockEvent
import app.familytime.ui.screens.LockScreen
import app.familytime.ui.screens.PinSetupEvent
import app.familytime.ui.screens.PinSetupScreen
import app.familytime.ui.screens.PrivacyEvent
import app.familytime.ui.screens.PrivacyScreen
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import java.time.Duration
import java.time.Instant

/** What the locked app can show: nothing of the child's, only ways in and ways to get help. */
private enum class Locked { PIN, FORGOT, UNSAFE }

/**
 * The whole app while it is locked: the PIN (or the phone's fingerprint or face), a
 * forgotten PIN, and "I feel unsafe" and quick exit, none of which needs the PIN.
 * [onUnlocked] is told whether the way in was a reset PIN, so a new one is chosen next.
 */
@Composable
internal fun LockGate(
    app: FamilyTime,
    host: Host,
    chrome: ChromeView,
    biometrics: Biometrics,
    scope: CoroutineScope,
    onQuickExit: () -> Unit,
    onUnlocked: (reset: Boolean) -> Unit,
) {
    var page by remember { mutableStateOf(Locked.PIN) }
    when (page) {
        Locked.PIN -> LockedFrame {
            PinHolder(app, biometrics, scope, onUnlocked = { onUnlocked(false) }) { event ->
                when (event) {
                    LockEvent.Forgot -> page = Locked.FORGOT
                    LockEvent.FeelUnsafe -> page = Locked.UNSAFE
                    else -> onQuickExit()
                }
            }
        }
        Locked.FORGOT -> LockedFrame {
            ForgotHolder(app, scope, onReset = { onUnlocked(true) }) { event ->
                when (event) {
                    ForgotPinEvent.Back -> page = Locked.PIN
                    ForgotPinEvent.FeelUnsafe -> page = Locked.UNSAFE
                    else -> onQuickExit()
                }
            }
        }
        Locked.UNSAFE -> AppScaffold(
            chrome,
            canGoBack = true,
            onBack = { page = Locked.PIN },
            onPlace = null,
            onUnsafe = {},
            onQuickExit = onQuickExit,
        ) {
            var changed by remember { mutableIntStateOf(0) }
            UnsafeHolder(app, host, changed) { changed++ }
        }
    }
}

/** The PIN typed and tried; [leave] gets the events that leave the lock screen (forgot, unsafe, quick exit). */
@Composable
private fun PinHolder(app: FamilyTime, biometrics: Biometrics, scope: CoroutineScope, onUnlocked: () -> Unit, leave: (LockEvent) -> Unit) {
    var pin by remember { mutableStateOf("") }
    var answered by remember { mutableStateOf<LockView?>(null) }
    val first by loadFromCore(Unit) { app.lockScreen() }
    val view = answered ?: (first as? Loaded.Ready)?.view ?: return
    // After wrong guesses the core says how long to wait; once that is over, its words again.
    view.waitUntil?.let { until ->
        LaunchedEffect(until) {
            delay(Duration.between(Instant.now(), until).toMillis().coerceAtLeast(0))
            answered = io { app.lockScreen() }
        }
    }
    val tried: (() -> UnlockOutcome) -> Unit = { attempt ->
        scope.launch {
            when (val outcome = io(attempt)) {
                UnlockOutcome.Unlocked -> onUnlocked()
                is UnlockOutcome.Locked -> answered = outcome.view
            }
        }
    }
    LockScreen(view, pin) { event ->
        when (event) {
            is LockEvent.Type -> pin = event.pin
            LockEvent.Unlock -> {
                val guess = pin
                pin = ""
                tried { app.enterPin(guess) }
            }
            LockEvent.Biometrics -> tried { app.unlockWithBiometrics(biometrics) }
            else -> leave(event)
        }
    }
}

/** The code from the social worker; once it worked the app is open and a new PIN is next. */
@Composable
private fun ForgotHolder(app: FamilyTime, scope: CoroutineScope, onReset: () -> Unit, leave: (ForgotPinEvent) -> Unit) {
    var code by remember { mutableStateOf("") }
    var answered by remember { mutableStateOf<ForgotPinView?>(null) }
    val first by loadFromCore(Unit) { app.forgotPinScreen() }
    val view = answered ?: (first as? Loaded.Ready)?.view ?: return
    ForgotPinScreen(view, code) { event ->
        when (event) {
            is ForgotPinEvent.Type -> code = event.code
            ForgotPinEvent.Submit -> scope.launch { answered = app.resetForgottenPin(code) }
            ForgotPinEvent.Back -> if (view.words.done != null) onReset() else leave(event)
            else -> leave(event)
        }
    }
}

/** Choosing a PIN, typed twice; saved, the app goes back to where the child came from. */
@Composable
internal fun PinSetupHolder(app: FamilyTime, stack: BackStack, scope: CoroutineScope, onChanged: () -> Unit) {
    var pin by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    var answered by remember { mutableStateOf<PinSetupView?>(null) }
    val first by loadFromCore(Unit) { app.pinSetupScreen() }
    val view = answered ?: (first as? Loaded.Ready)?.view ?: return
    PinSetupScreen(view, pin, again) { event ->
        when (event) {
            is PinSetupEvent.Type -> pin = event.pin
            is PinSetupEvent.TypeAgain -> again = event.pin
            PinSetupEvent.Cancel -> stack.pop()
            PinSetupEvent.Save -> scope.launch {
                val outcome = io { app.setPin(pin, again) }
                pin = ""
                again = ""
                when (outcome) {
                    PinOutcome.Saved -> {
                        stack.pop()
                        onChanged()
                    }
                    is PinOutcome.Problem -> answered = outcome.view
                }
            }
        }
    }
}

/** The lock, biometrics, the disguise (which the host then shows) and "How was it?". */
@Composable
internal fun PrivacyHolder(
    app: FamilyTime,
    host: Host,
    biometrics: Biometrics,
    stack: BackStack,
    changed: Int,
    scope: CoroutineScope,
    onChanged: () -> Unit,
) {
    Holder(Route.Privacy, changed, read = { app.privacyScreen(biometrics) }) { view ->
        PrivacyScreen(view) { event ->
            when (event) {
                is PrivacyEvent.Lock -> if (event.on) stack.push(Route.PinSetup) else act(scope, onChanged) { app.turnLockOff() }
                PrivacyEvent.ChangePin -> stack.push(Route.PinSetup)
                is PrivacyEvent.Biometrics -> act(scope, onChanged) { app.setBiometricUnlock(event.on, biometrics) }
                is PrivacyEvent.Disguise -> act(scope, onChanged) {
                    app.setDisguise(event.disguise)
                    host.showAs(event.disguise)
                }
                is PrivacyEvent.AfterReminders -> act(scope, onChanged) { app.setAfterReminders(event.on) }
            }
        }
    }
}
