package app.familytime.desktop

import app.familytime.core.BiometricCheck
import app.familytime.core.Biometrics
import app.familytime.core.PlatformException
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A phone's fingerprint or face check as the tests script it: whether the phone has one
 * ([available]), and what it answers: yes, no, or a failure ([failure], as a phone whose
 * sensor errs). [addFinger] is someone adding their own finger to the phone, which the
 * phone reports until the child turns biometric unlock on again. A desktop has none, so
 * its window gets one that is not [available].
 */
class ScriptedBiometrics(
    @Volatile var available: Boolean = false,
    @Volatile var owner: Boolean = false,
    @Volatile var failure: String? = null,
) : Biometrics {
    /** The reasons the core gave for each check, in order. */
    val asked = CopyOnWriteArrayList<String>()

    @Volatile private var enrolled = 1

    @Volatile private var remembered = 1

    override fun available(): Boolean = available

    override fun rememberEnrolment() {
        remembered = enrolled
    }

    fun addFinger() {
        enrolled += 1
    }

    override fun authenticate(reason: String): BiometricCheck {
        asked += reason
        failure?.let { throw PlatformException.Failed(it) }
        return when {
            enrolled != remembered -> BiometricCheck.ENROLMENT_CHANGED
            owner -> BiometricCheck.OWNER
            else -> BiometricCheck.NOT_CONFIRMED
        }
    }
}
