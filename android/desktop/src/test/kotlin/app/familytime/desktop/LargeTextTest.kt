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
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Tag
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
    @Tag("large-text")
    fun `no word breaks inside itself at 200 percent`(): List<DynamicTest> = Samples.names.flatMap { sample ->
        listOf("en-GB", "cy").flatMap { language ->
            Samples.phone(sample, language).use { phone ->
                gallery(phone).map { shot -> "$sample $language ${shot.name}" to brokenWords(shot) }
            }
        }
    }.map { (name, broken) -> DynamicTest.dynamicTest(name) { assertEquals(emptyList<String>(), broken) } }

    private fun brokenWords(shot: Shot): List<String> {
        val broken = mutableListOf<String>()
        val size = Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY)
        runSkikoComposeUiTest(size, Density(PhoneCanvas.DENSITY, fontScale = 2f)) {
            setContent { shot.content() }
            val texts = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
            texts.fetchSemanticsNodes().forEach { node ->
                val layouts = mutableListOf<TextLayoutResult>()
                node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
                layouts.forEach { broken += midWord(it) }
            }
        }
        return broken
    }

    @Test
    fun `the check sees a word cut in two`() {
        val size = Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY)
        val layouts = mutableListOf<TextLayoutResult>()
        runSkikoComposeUiTest(size, Density(PhoneCanvas.DENSITY, fontScale = 2f)) {
            setContent {
                Box(Modifier.width(60.dp)) { Text("Mummy", fontSize = 40.sp, onTextLayout = { layouts += it }) }
            }
            waitForIdle()
        }
        assertTrue(layouts.flatMap(::midWord).isNotEmpty(), "a name too wide for its box is reported")
    }
}

/** Each line of [layout] that ends inside a word, as "Mum / my". */
fun midWord(layout: TextLayoutResult): List<String> {
    val text = layout.layoutInput.text.text
    return (0 until layout.lineCount - 1).mapNotNull { line ->
        val end = layout.getLineEnd(line)
        val cut = end in 1 until text.length && text[end - 1].isLetterOrDigit() && text[end].isLetterOrDigit()
        if (cut) "\"${text.substring(layout.getLineStart(line), end)} / ${text.substring(end).substringBefore(' ')}\" in \"$text\"" else null
    }
}
