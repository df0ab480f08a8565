package app.familytime.core

import app.familytime.jvm.Phone
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.io.File

/**
 * The launcher's names for the app (Android's string resources, shown before any of the
 * app's code runs) are the core's names for the disguises, in English and Welsh.
 */
class LauncherNamesTest {
    private val resources = mapOf(
        Disguise.FAMILY_TIME to "app_name",
        Disguise.NOTES to "disguise_notes",
        Disguise.PLANNER to "disguise_planner",
    )

    private val noBiometrics = object : Biometrics {
        override fun available() = false

        override fun rememberEnrolment() = Unit

        override fun authenticate(reason: String) = BiometricCheck.NOT_CONFIRMED
    }

    private fun strings(folder: String): Map<String, String> {
        val xml = File(Repo.root, "android/app/src/main/res/$folder/strings.xml").readText()
        return Regex("<string name=\"(\\w+)\">([^<]*)</string>").findAll(xml).associate { it.groupValues[1] to it.groupValues[2] }
    }

    @Test
    fun `each disguise's launcher name is the core's, in English and Welsh`() {
        mapOf("en-GB" to "values", "cy" to "values-cy").forEach { (language, folder) ->
            val launcher = strings(folder)
            Phone(language).use { phone ->
                phone.app.setSettings(phone.app.settings().copy(language = language))
                val choices = phone.app.privacyScreen(noBiometrics).disguises
                assertEquals(resources.keys, choices.map { it.disguise }.toSet(), "every disguise the core names has a launcher entry")
                choices.forEach { choice ->
                    assertEquals(choice.button.text, launcher[resources.getValue(choice.disguise)], "$language ${choice.disguise}")
                }
            }
        }
    }
}
