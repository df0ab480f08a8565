package app.familytime.desktop

import app.familytime.ui.design.FamilyTimeTheme
import app.familytime.ui.screens.HomeScreen
import app.familytime.ui.screens.MonthScreen
import app.familytime.jvm.Phone
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import java.io.File

/**
 * From `FamilyTime.open` on a store holding the 30-person, 5-year plan to the first home
 * frame drawn, cold (the first in this JVM: the library loaded, nothing compiled yet) and
 * warm; and the month grid read and drawn. Not a test: `cargo xtask bench-desktop` runs it
 * on a release library; the figures go in docs/performance.md.
 */
@Tag("timing")
class OpenToHomeTimingTest {
    @Test
    fun `open to the first home frame, and the month grid`() {
        val plan = File(System.getProperty("familytime.bigplan") ?: error("run through `cargo xtask bench-desktop`"))
        Phone().use { phone ->
            phone.app.importUnsignedPlanForTests(plan.readBytes())
            phone.app.pinNowForTests(Samples.previewNow)
            val cold = openToHome(phone)
            val warm = (1..ROUNDS).map { openToHome(phone) }
            report("open to the first home frame, cold", listOf(cold.total))
            report("  of which FamilyTime.open and home(), through the FFI", listOf(cold.core))
            report("open to the first home frame, warm", warm.map { it.total }.sorted())
            report("  of which FamilyTime.open and home(), through the FFI", warm.map { it.core }.sorted())
            val app = phone.app
            val band = app.home().child.ageBand
            val month = (1..ROUNDS).map {
                millis {
                    val view = app.month(2026, 11u)
                    render { FamilyTimeTheme(band, false) { MonthScreen(view, view.today) {} } }.close()
                }
            }.sorted()
            report("the month grid, read and drawn", month)
        }
    }

    /** Milliseconds from opening to the frame drawn, and the core's part of them. */
    private class Opening(val core: Double, val total: Double)

    private fun openToHome(phone: Phone): Opening {
        val started = System.nanoTime()
        val app = phone.reopen()
        app.pinNowForTests(Samples.previewNow)
        val home = app.home()
        val prompts = app.checkInPrompts()
        val core = (System.nanoTime() - started) / 1e6
        render { FamilyTimeTheme(home.child.ageBand, false) { HomeScreen(home, prompts) {} } }.close()
        return Opening(core, (System.nanoTime() - started) / 1e6)
    }

    private fun millis(work: () -> Unit): Double {
        val started = System.nanoTime()
        work()
        return (System.nanoTime() - started) / 1e6
    }

    private fun report(what: String, rounds: List<Double>) {
        val text = if (rounds.size == 1) "%.0f ms".format(rounds[0])
        else "best %.1f ms, median %.1f ms, worst %.1f ms (%d rounds)".format(rounds.first(), rounds[rounds.size / 2], rounds.last(), rounds.size)
        println("bench-desktop: $what: $text")
    }

    private companion object {
        const val ROUNDS = 15
    }
}
