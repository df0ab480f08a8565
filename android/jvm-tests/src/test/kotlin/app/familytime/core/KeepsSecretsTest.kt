package app.familytime.core

import app.familytime.jvm.CouncilServer
import app.familytime.jvm.Phone
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.assertThrows

/**
 * The app lock through the generated Kotlin: a PIN, a phone opened again by someone
 * else, and a forgotten PIN reset with the code the social worker's desk prints.
 */
@Timeout(120)
class KeepsSecretsTest {
    companion object {
        private lateinit var council: CouncilServer

        @BeforeAll
        @JvmStatic
        fun startServer() {
            council = councilServer()
        }

        @AfterAll
        @JvmStatic
        fun stopServer() {
            council.close()
        }
    }

    private fun printedCode(output: String, kind: String): String =
        Regex("$kind code for jay-plan: (\\S+)").find(output)?.groupValues?.get(1) ?: error("no code in: $output")

    @Test
    fun `a forgotten PIN is reset only with the social worker's code and nothing is lost`() = Phone().use { phone ->
        val app = phone.app
        val token = council.tokenFile.path
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))
        val enrolment = council.worker(
            "desk", "code", "--server", council.url, "--worker-token-file", token, "--child", "jay-plan",
        )
        runBlocking { app.enrol(council.url, printedCode(enrolment, "enrolment")) }
        val note = app.addNote("Kai likes dinosaurs.", "kai")
        assertTrue(app.setPin("2580", "2580") is PinOutcome.Saved)

        phone.open().use { again ->
            assertTrue(again.isLocked(), "opened again, the app asks for the PIN")
            assertThrows<FamilyTimeException.Refused> { again.checkIns() }
            assertThrows<FamilyTimeException.Refused> { again.notes() }
            assertTrue(again.lockScreen().feelUnsafe.text.isNotEmpty(), "I feel unsafe is on the lock screen")

            val wrong = runBlocking { again.resetForgottenPin("ABCD-EFGH-JKMN-PQRS") }
            assertEquals(CodeProblem.WRONG, wrong.problem?.problem)
            assertTrue(again.isLocked())

            val printed = council.worker(
                "desk", "pin-reset", "--server", council.url, "--worker-token-file", token, "--child", "jay-plan",
            )
            val done = runBlocking { again.resetForgottenPin(printedCode(printed, "PIN reset")) }
            assertNotNull(done.words.done, "the child is asked to choose a new PIN")
            assertFalse(again.isLocked())
            assertEquals(listOf(note), again.notes(), "everything the child wrote is still there")
            assertTrue(again.setPin("1357", "1357") is PinOutcome.Saved)

            val used = runBlocking { again.resetForgottenPin(printedCode(printed, "PIN reset")) }
            assertEquals(CodeProblem.USED, used.problem?.problem)
        }
    }
}
