package app.familytime.core

import app.familytime.jvm.Phone
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test

/**
 * The cost of one FFI call that returns the home screen, from Kotlin: the Rust work plus
 * crossing the boundary and reading the record into Kotlin objects. Not a test: run by
 * `cargo xtask bench-jvm` on a release library; compare with `cargo bench -p
 * familytime-benches --bench ffi`, which builds the same screen in Rust.
 */
@Tag("benchmark")
class HomeBenchmarkTest {
    @Test
    fun `one call for the home screen`() = Phone().use { phone ->
        val app = phone.app
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))
        report("home()", app) { app.home() }
        report("settings() (a small record: the fixed cost of a call)", app) { app.settings() }
    }

    private fun report(what: String, app: FamilyTime, call: () -> Any) {
        // The JIT compiles the generated readers after a few thousand calls.
        repeat(5_000) { call() }
        // Many short rounds: the best one is the call's cost with the least interference
        // from other work on the machine, the median what a busy phone might see.
        val rounds = (1..15).map {
            val calls = 1_000
            val started = System.nanoTime()
            repeat(calls) { call() }
            (System.nanoTime() - started) / 1_000.0 / calls
        }.sorted()
        println("bench-jvm: $what: best round %.1f µs per call, median %.1f µs, worst %.1f µs"
            .format(rounds.first(), rounds[rounds.size / 2], rounds.last()))
    }
}
