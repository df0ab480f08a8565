package app.familytime.desktop

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.width
import androidx.compose.material3.Text
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.text.TextMeasurer
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * With the phone's text at 200%, every screen of every sample in English and Welsh still
 * breaks its lines between words: a word cut in two ("Mum / my") is hard to read for a
 * child who needs large text most. Read from each text's own layout, not from a picture.
 */
@OptIn(ExperimentalTestApi::class)
class LargeTextTest {
    @TestFactory
    fun `no word breaks inside itself at 200 percent`(): List<DynamicTest> = Samples.names.flatMap { sample ->
        listOf("en-GB", "cy").flatMap { language ->
            Samples.phone(sample, language).use { phone ->
                gallery(phone).map { shot -> "$sample $language ${shot.name}" to brokenWords(shot) }
            }
        }
    }.map { (name, broken) -> DynamicTest.dynamicTest(name) { assertEquals(emptyList<String>(), broken.map(Cut::toString), name) } }

    private fun brokenWords(shot: Shot): List<Cut> {
        val broken = mutableListOf<Cut>()
        val size = Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY)
        runSkikoComposeUiTest(size, Density(PhoneCanvas.DENSITY, fontScale = 2f)) {
            setContent { shot.content() }
            val texts = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
            texts.fetchSemanticsNodes().forEach { node ->
                val layouts = mutableListOf<TextLayoutResult>()
                node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
                layouts.forEach { broken += midWord(it).filterNot { cut -> tooLongForAnyBox(it, cut) } }
            }
        }
        return broken
    }

    @Test
    fun `the check sees a word cut in two`() {
        val layout = laidOut("Mummy", boxWidth = 60, fontSize = 40)
        val cuts = midWord(layout)
        assertTrue(cuts.isNotEmpty(), "a name too wide for its box is reported")
        assertTrue(cuts.none { tooLongForAnyBox(layout, it) }, "and not excused: a wider box would hold it")
    }

    @Test
    fun `only a word wider than a card's whole width is excused`() {
        val layout = laidOut("Dan oruchwyliaethoruchwyliaeth", boxWidth = 300, fontSize = 20)
        val cuts = midWord(layout)
        assertTrue(cuts.isNotEmpty(), "the word is cut")
        assertTrue(cuts.all { tooLongForAnyBox(layout, it) }, "a word no box on the phone could hold is excused")
    }

    /** [text] at [fontSize] sp in a box [boxWidth] dp wide, on the phone at 200% text. */
    private fun laidOut(text: String, boxWidth: Int, fontSize: Int): TextLayoutResult {
        val size = Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY)
        val layouts = mutableListOf<TextLayoutResult>()
        runSkikoComposeUiTest(size, Density(PhoneCanvas.DENSITY, fontScale = 2f)) {
            setContent {
                Box(Modifier.width(boxWidth.dp)) { Text(text, fontSize = fontSize.sp, onTextLayout = { layouts += it }) }
            }
            waitForIdle()
        }
        return layouts.single()
    }
}

/** A place where a line ends inside a word: [word] is the whole word, [line] the line up to the cut. */
data class Cut(val line: String, val word: String, val text: String) {
    override fun toString() = "\"$line / ${word.substringAfter(line.substringAfterLast(' '))}\" in \"$text\""
}

/** Each line of [layout] that ends inside a word, as "Mum / my". */
fun midWord(layout: TextLayoutResult): List<Cut> {
    val text = layout.layoutInput.text.text
    return (0 until layout.lineCount - 1).mapNotNull { line ->
        val end = layout.getLineEnd(line)
        val cut = end in 1 until text.length && text[end - 1].isLetterOrDigit() && text[end].isLetterOrDigit()
        if (cut) {
            val start = text.lastIndexOfAny(charArrayOf(' ', '\n'), end - 1) + 1
            val stop = text.indexOfAny(charArrayOf(' ', '\n'), end).takeIf { it >= 0 } ?: text.length
            Cut(text.substring(layout.getLineStart(line), end), text.substring(start, stop), text)
        } else {
            null
        }
    }
}

/**
 * The one break excused: a single word that, in the child's text size, is wider than its
 * text's box when that box is already at least [FULL_WIDTH] of the phone, the width a card
 * gives its words ("oruchwyliaeth" in a 4-7's card title at 200%). No layout can give it
 * more room without shrinking the text the child chose. A word cut in a narrower box (a
 * button beside another, a calendar cell) is a layout to fix, never excused.
 */
fun tooLongForAnyBox(layout: TextLayoutResult, cut: Cut): Boolean {
    val input = layout.layoutInput
    val box = input.constraints.maxWidth
    val fullWidth = PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY * FULL_WIDTH
    if (box < fullWidth) return false
    val measurer = TextMeasurer(input.fontFamilyResolver, input.density, input.layoutDirection)
    return measurer.measure(cut.word, input.style).size.width > box
}

/** A card's words on a 360 dp phone have 296 dp: the screen's and the card's margins. */
private const val FULL_WIDTH = 0.8f
