package app.familytime.desktop

import androidx.compose.ui.geometry.Size
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.TestFactory

/**
 * For 11-18s, nothing on the home screen, as drawn with its top bar and status line, says
 * "in care" to someone glancing over their shoulder (*Staying Connected*: labels make young
 * people feel different to their peers). Every text on the screen is read, in English and
 * in Welsh; the full explanations are on each person's own page.
 */
@OptIn(ExperimentalTestApi::class)
@Tag("care-words")
class OlderHomeTest {
    /** Words and the starts of words that read as care, lower case, in both languages. */
    private val careWords = listOf(
        "in care", "social worker", "foster", "contact", "supervis", "court", "iro", "advocate", "looked after",
        "placement", "children's home", "care home",
        "gofal", "ngofal", "gweithiwr cymdeithasol", "maeth", "cyswllt", "goruchwyl", "llys", "eiriolwr", "lleoliad",
        "cartref plant",
    )

    @TestFactory
    fun `the 11-18 home screen says nothing that reads as care`(): List<DynamicTest> =
        Samples.names.filter { "11-18" in it }.flatMap { sample ->
            listOf("en-GB", "cy").map { language ->
                val texts = Samples.phone(sample, language).use { phone -> onScreen(gallery(phone).single { it.name == "home" }) }
                DynamicTest.dynamicTest("$sample $language") {
                    assertTrue(texts.size >= 5, "read the home screen's text: $texts")
                    assertEquals(emptyList<String>(), texts.filter { readsAsCare(it) })
                }
            }
        }

    private fun readsAsCare(text: String): Boolean {
        val lower = text.lowercase()
        val words = lower.split(Regex("[^\\p{L}\\p{N}']+"))
        // A phrase anywhere; a single word at the start of a word ("supervised", "maethu").
        return careWords.any { care -> if (' ' in care) care in lower else words.any { it.startsWith(care) } }
    }

    /** Every text and label on [shot]'s screen. */
    private fun onScreen(shot: Shot): List<String> {
        val texts = mutableListOf<String>()
        val size = Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY)
        runSkikoComposeUiTest(size, Density(PhoneCanvas.DENSITY)) {
            setContent { shot.content() }
            onAllNodes(SemanticsMatcher("has words") { true }, useUnmergedTree = true).fetchSemanticsNodes().forEach { node ->
                texts += node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
                texts += node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty()
            }
        }
        return texts
    }
}
