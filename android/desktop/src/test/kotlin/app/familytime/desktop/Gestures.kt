package app.familytime.desktop

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.familytime.core.FamilyTime
import app.familytime.core.Place

/** Taps what is labelled or reads [label], once it is on the screen, scrolled to first. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.tap(label: String) {
    waitForText(label)
    // The first on the screen: a person's page may show their next visit twice (next, and what changed).
    onAllNodes(hasContentDescription(label) or hasText(label)).onFirst().scrolledTo().performClick()
}

/** Goes to [place] through the menu, as a child does. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.place(app: FamilyTime, place: Place) {
    val chrome = app.chrome()
    tap(chrome.menu.label)
    tap(chrome.places.single { it.place == place }.button.label)
}

/** Scrolled into view, or as it is when it is not inside anything that scrolls. */
fun SemanticsNodeInteraction.scrolledTo(): SemanticsNodeInteraction =
    try { performScrollTo() } catch (_: AssertionError) { this }
