package app.familytime.desktop

import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.isHeading
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.unit.Density
import app.familytime.core.AgeBand
import app.familytime.ui.design.colours
import app.familytime.ui.design.contrast
import app.familytime.ui.design.planColour
import app.familytime.ui.design.readableOn
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * What a screen reader and a small finger meet on every screen: each tappable thing has
 * the core's words for it, is at least 48 dp each way, and each screen has headings.
 * Text colours read at 4.5:1 or better, on the theme's colours and on the plan's.
 */
@OptIn(ExperimentalTestApi::class)
class AccessibilityTest {
    @TestFactory
    fun `every screen's semantics`(): List<DynamicTest> = Samples.names.flatMap { sample ->
        Samples.phone(sample, "en-GB").use { phone ->
            gallery(phone).map { shot -> shot.name to audit(shot) }
        }.map { (name, problems) ->
            DynamicTest.dynamicTest("$sample $name") { assertEquals(emptyList<String>(), problems) }
        }
    }

    private fun audit(shot: Shot): List<String> {
        val problems = mutableListOf<String>()
        // On a phone's width, where a month of 48 dp days is tight.
        runSkikoComposeUiTest(Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY), Density(PhoneCanvas.DENSITY)) {
            setContent { shot.content() }
            val tappable = onAllNodes(hasClickAction()).fetchSemanticsNodes()
            tappable.forEach { node ->
                val said = spoken(node)
                if (said.isBlank()) problems += "${shot.name}: a tappable thing with no label at ${node.boundsInRoot}"
                val width = node.size.width / density.density
                val height = node.size.height / density.density
                if (width < 48f || height < 48f) problems += "${shot.name}: \"$said\" is ${width}x$height dp"
            }
            if (onAllNodes(isHeading()).fetchSemanticsNodes().isEmpty()) problems += "${shot.name}: no heading"
        }
        return problems
    }

    private fun spoken(node: SemanticsNode): String {
        val described = node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty()
        val text = node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
        val merged = node.children.flatMap { child -> child.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text } }
        return (described + text + merged).joinToString(" ").trim()
    }

    @Test
    fun `the theme's text colours read on their backgrounds`() {
        AgeBand.entries.forEach { band ->
            listOf(false, true).forEach { dark ->
                val c = colours(band, dark)
                val pairs = mapOf(
                    "onPrimary" to (c.onPrimary to c.primary),
                    "onPrimaryContainer" to (c.onPrimaryContainer to c.primaryContainer),
                    "onSecondary" to (c.onSecondary to c.secondary),
                    "onSecondaryContainer" to (c.onSecondaryContainer to c.secondaryContainer),
                    "onBackground" to (c.onBackground to c.background),
                    "onSurface" to (c.onSurface to c.surface),
                    "onSurface on cards" to (c.onSurface to c.surfaceContainer),
                    "onSurface on the top bar" to (c.onSurface to c.surfaceContainerHigh),
                    "onSurfaceVariant on cards" to (c.onSurfaceVariant to c.surfaceContainer),
                    "onSurfaceVariant" to (c.onSurfaceVariant to c.surfaceVariant),
                    "onSurfaceVariant on the page" to (c.onSurfaceVariant to c.background),
                    "onError" to (c.onError to c.error),
                    "onErrorContainer" to (c.onErrorContainer to c.errorContainer),
                )
                pairs.forEach { (name, pair) ->
                    val ratio = contrast(pair.first, pair.second)
                    assertTrue(ratio >= 4.5f, "$band dark=$dark $name is $ratio:1")
                }
            }
        }
    }

    @Test
    fun `text on every sample's person colours reads`() {
        val colours = Samples.names.flatMap { sample ->
            Samples.phone(sample, "en-GB").use { phone -> phone.app.home().people.mapNotNull { it.person.colour } }
        }
        assertTrue(colours.size >= 8, "the samples give their people colours: $colours")
        colours.forEach { hex ->
            val fill = planColour(hex)!!
            assertTrue(contrast(readableOn(fill), fill) >= 4.5f, "text on $hex")
        }
        // Whatever the colour, one of black and white reads on it.
        listOf("#777777", "#FF0000", "#0000FF", "#FFFF00").forEach { hex ->
            val fill = planColour(hex)!!
            assertTrue(contrast(readableOn(fill), fill) >= 4.5f, "text on $hex")
        }
    }
}
