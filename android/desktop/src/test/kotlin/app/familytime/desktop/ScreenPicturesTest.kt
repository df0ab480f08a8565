package app.familytime.desktop

import app.familytime.core.AgeBand
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory

/**
 * Every screen for every sample plan, in English and Welsh, in the sample's age band, on a
 * phone-sized canvas, compared with the reference images a person has looked at. Then the
 * home, a person's page, the lock and a check-in with text at 200%, and the screens in the dark theme.
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
    fun `home, a person's page, the lock and a check-in with text at 200 percent`(): List<DynamicTest> =
        listOf("mia-4-7", "leo-11-18").flatMap { sample ->
            Samples.phone(sample, "en-GB").use { phone ->
                gallery(phone).filter { it.name in setOf("home", "person", "lock", "lock-wait", "check-in") }.map { shot ->
                    val png = renderPng(fontScale = 2f, content = shot.content)
                    DynamicTest.dynamicTest("$sample ${shot.name} at 200%") { Pictures.check("large-text/$sample-${shot.name}", png) }
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
