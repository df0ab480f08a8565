package app.familytime.android.platform

import android.app.Activity
import android.hardware.biometrics.BiometricManager
import android.hardware.biometrics.BiometricPrompt
import android.os.Build
import android.os.CancellationSignal
import androidx.annotation.RequiresApi
import app.familytime.core.Biometrics
import java.util.concurrent.CountDownLatch
import java.util.concurrent.atomic.AtomicBoolean

/**
 * The phone's own fingerprint or face check (android.hardware.biometrics, so no library
 * is needed), strong biometrics only: the phone's screen-lock PIN is not accepted, as a
 * parent may know it. The core calls [authenticate] off the main thread and waits for the
 * child; [usePin] gives the core's words for the prompt's button back to the PIN.
 */
class AndroidBiometrics(
    private val activity: Activity,
    private val usePin: () -> String,
) : Biometrics {
    override fun available(): Boolean =
        when {
            Build.VERSION.SDK_INT >= Build.VERSION_CODES.R ->
                activity
                    .getSystemService(BiometricManager::class.java)
                    ?.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG) == BiometricManager.BIOMETRIC_SUCCESS
            else -> false
        }

    override fun authenticate(reason: String): Boolean = Build.VERSION.SDK_INT >= Build.VERSION_CODES.R && available() && ask(reason)

    @RequiresApi(Build.VERSION_CODES.R)
    private fun ask(reason: String): Boolean =
        platformCall("check the fingerprint or face") {
            val confirmed = AtomicBoolean(false)
            val answered = CountDownLatch(1)
            val negative = usePin()
            activity.runOnUiThread {
                val prompt =
                    BiometricPrompt
                        .Builder(activity)
                        .setTitle(reason)
                        .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                        .setNegativeButton(negative, activity.mainExecutor) { _, _ -> answered.countDown() }
                        .build()
                prompt.authenticate(
                    CancellationSignal(),
                    activity.mainExecutor,
                    object : BiometricPrompt.AuthenticationCallback() {
                        override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                            confirmed.set(true)
                            answered.countDown()
                        }

                        // Cancelled, too many tries, no sensor: the PIN is the way in.
                        override fun onAuthenticationError(
                            errorCode: Int,
                            errString: CharSequence,
                        ) {
                            answered.countDown()
                        }
                    },
                )
            }
            answered.await()
            confirmed.get()
        }
}
