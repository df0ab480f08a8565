package app.familytime.desktop

import app.familytime.core.AgeBand
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory

/**
 * Every screen for every sample plan, in English and Welsh, in the sample's age band, on a
 * phone-sized canvas, compared with the reference images a person has looked at. Then the
 * home, the month, a person's page, the lock and a check-in with text at 200% (in Welsh
 * too), and the screens in the dark theme.
 */
class ScreenPicturesTest {
    @TestFactory
    fun `every screen for every sample in English and Welsh`(): List<DynamicTest> =
        Samples.names.flatMap { sample ->
            listOf("en-GB", "cy").flatMap { language ->
                Samples.phone(sample, language).use { phone ->
                    gallery(phone).map { shot ->
                        val png = renderPng(content = shot.content)
                        DynamicTest.dynamicTest("$sample $language ${shot.name}") {
                            Pictures.check("$sample/$language-${shot.name}", png)
                        }
                    }
                }
            }
        }

    @TestFactory
    fun `home, the month, a person's page, the lock and a check-in with text at 200 percent`(): List<DynamicTest> =
        // Welsh too: its longer words are where large text breaks first (the top bar).
        listOf("mia-4-7" to "en-GB", "leo-11-18" to "en-GB", "jay-8-10" to "cy").flatMap { (sample, language) ->
            Samples.phone(sample, language).use { phone ->
                gallery(phone).filter { it.name in setOf("home", "month", "person", "lock", "lock-wait", "check-in") }.map { shot ->
                    val png = renderPng(fontScale = 2f, content = shot.content)
                    val name = if (language == "en-GB") "$sample-${shot.name}" else "$sample-$language-${shot.name}"
                    DynamicTest.dynamicTest("$sample $language ${shot.name} at 200%") { Pictures.check("large-text/$name", png) }
                }
            }
        }

    @TestFactory
    fun `the dark theme`(): List<DynamicTest> =
        listOf("mia-4-7" to AgeBand.YOUNG, "leo-11-18" to AgeBand.OLDER).flatMap { (sample, band) ->
            Samples.phone(sample, "en-GB", band).use { phone ->
                gallery(phone, dark = true).filter { it.name in setOf("home", "month", "person", "unsafe") }.map { shot ->
                    val png = renderPng(content = shot.content)
                    DynamicTest.dynamicTest("$sample ${shot.name} dark") { Pictures.check("dark/$sample-${shot.name}", png) }
                }
            }
        }
}
