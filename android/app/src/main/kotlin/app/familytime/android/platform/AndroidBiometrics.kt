package app.familytime.android.platform

import android.app.Activity
import android.hardware.biometrics.BiometricManager
import android.hardware.biometrics.BiometricPrompt
import android.os.Build
import android.os.CancellationSignal
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import androidx.annotation.RequiresApi
import app.familytime.core.BiometricCheck
import app.familytime.core.Biometrics
import java.security.KeyStore
import java.util.concurrent.CountDownLatch
import java.util.concurrent.atomic.AtomicBoolean
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The phone's own fingerprint or face check (android.hardware.biometrics, so no library
 * is needed), strong biometrics only: the phone's screen-lock PIN is not accepted, as a
 * parent may know it. The core calls [authenticate] off the main thread and waits for the
 * child; [usePin] gives the core's words for the prompt's button back to the PIN.
 *
 * The prompt unlocks a Keystore key that the phone destroys when a fingerprint or face is
 * added, so someone who knows the phone's passcode cannot add their own finger and open
 * the app with it: [authenticate] then answers [BiometricCheck.ENROLMENT_CHANGED].
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

    override fun rememberEnrolment() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
            platformCall("remember the phone's fingerprints and faces") { newEnrolmentKey() }
        }
    }

    override fun authenticate(reason: String): BiometricCheck =
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R && available()) ask(reason) else BiometricCheck.NOT_CONFIRMED

    @RequiresApi(Build.VERSION_CODES.R)
    private fun ask(reason: String): BiometricCheck =
        platformCall("check the fingerprint or face") {
            val cipher = enrolmentCipher() ?: return@platformCall BiometricCheck.ENROLMENT_CHANGED
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
                    BiometricPrompt.CryptoObject(cipher),
                    CancellationSignal(),
                    activity.mainExecutor,
                    object : BiometricPrompt.AuthenticationCallback() {
                        override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                            // Only a finger or face the key was made under can unlock it.
                            confirmed.set(result.cryptoObject?.cipher?.let(::usable) == true)
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
            if (confirmed.get()) BiometricCheck.OWNER else BiometricCheck.NOT_CONFIRMED
        }

    @RequiresApi(Build.VERSION_CODES.R)
    private fun newEnrolmentKey() {
        val spec =
            KeyGenParameterSpec
                .Builder(KEY_ALIAS, KeyProperties.PURPOSE_ENCRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setUserAuthenticationRequired(true)
                .setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                .setInvalidatedByBiometricEnrollment(true)
                .build()
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE).run {
            init(spec)
            generateKey()
        }
    }

    /** A cipher over the enrolment key, or null when the phone has destroyed it or it was never made. */
    private fun enrolmentCipher(): Cipher? {
        val keys = KeyStore.getInstance(KEYSTORE).apply { load(null) }
        val key = keys.getKey(KEY_ALIAS, null) as? SecretKey ?: return null
        return try {
            Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.ENCRYPT_MODE, key) }
        } catch (_: KeyPermanentlyInvalidatedException) {
            keys.deleteEntry(KEY_ALIAS)
            null
        }
    }

    /** The key works only after the prompt's success; proves the check was the key's own. */
    private fun usable(cipher: Cipher): Boolean = runCatching { cipher.doFinal(ByteArray(1)) }.isSuccess

    private companion object {
        const val KEYSTORE = "AndroidKeyStore"
        const val KEY_ALIAS = "familytime-biometric-enrolment"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
    }
}
