package app.familytime.desktop

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText

/** How long a flow waits for the screen, in real time, before it fails. */
const val WAIT_MS = 20_000L

/**
 * Waits until [condition] holds, drawing frames meanwhile, and fails after [timeoutMillis]
 * of real time. Skiko's own `waitUntil` measures its timeout on the test's clock, which
 * stands still while it waits, so a condition that never holds hung the flows instead of
 * failing them (what kept FlowTest out of `cargo xtask test`).
 */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.waitReally(what: String, timeoutMillis: Long = WAIT_MS, condition: () -> Boolean) {
    val deadline = System.nanoTime() + timeoutMillis * 1_000_000
    while (true) {
        waitForIdle()
        if (condition()) return
        check(System.nanoTime() < deadline) { "waited ${timeoutMillis / 1000} s for $what" }
        mainClock.advanceTimeBy(FRAME_MS)
        Thread.sleep(FRAME_MS)
    }
}

/** Waits until [text] is on the screen, as words or as a label. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.waitForText(text: String) = waitReally("\"$text\" on the screen") {
    onAllNodes(hasText(text, substring = true) or hasContentDescription(text, substring = true)).fetchSemanticsNodes().isNotEmpty()
}

private const val FRAME_MS = 16L
