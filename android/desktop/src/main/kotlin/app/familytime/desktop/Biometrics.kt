package app.familytime.desktop

import app.familytime.core.Biometrics
import app.familytime.core.PlatformException
import java.util.concurrent.CopyOnWriteArrayList

/**
 * A phone's fingerprint or face check as the tests script it: whether the phone has one
 * ([available]), and what it answers: yes, no, or a failure ([failure], as a phone whose
 * sensor errs). A desktop has none, so its window gets one that is not [available].
 */
class ScriptedBiometrics(
    @Volatile var available: Boolean = false,
    @Volatile var owner: Boolean = false,
    @Volatile var failure: String? = null,
) : Biometrics {
    /** The reasons the core gave for each check, in order. */
    val asked = CopyOnWriteArrayList<String>()

    override fun available(): Boolean = available

    override fun authenticate(reason: String): Boolean {
        asked += reason
        failure?.let { throw PlatformException.Failed(it) }
        return owner
    }
}
