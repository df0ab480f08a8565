package app.familytime.desktop

import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import app.familytime.core.Delivery
import app.familytime.core.Disguise
import app.familytime.core.FamilyTime
import app.familytime.core.FirstOpenView
import app.familytime.core.SyncState
import app.familytime.core.Next
import app.familytime.core.Place
import app.familytime.jvm.Phone
import app.familytime.ui.FamilyTimeApp
import app.familytime.ui.Host
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import java.util.concurrent.CopyOnWriteArrayList

/** What the host was asked to do. */
class RecordingHost : Host {
    val dialled = CopyOnWriteArrayList<String>()
    @Volatile var exits = 0
    val shownAs = CopyOnWriteArrayList<Disguise>()

    override fun dial(number: String) {
        dialled += number
    }

    override fun quickExit() {
        exits++
    }

    override fun showAs(disguise: Disguise) {
        shownAs += disguise
    }
}

/**
 * The app as a child uses it, tapping through the real UI over the real library, with the
 * council's real server on 127.0.0.1 and a helper's desk.
 */
@OptIn(ExperimentalTestApi::class)
@Timeout(300)
@Tag("flow")
class FlowTest {
    private val child = "kt-2026-0413"

    private fun ComposeUiTest.waitFor(text: String) = waitForText(text)

    private fun phoneTest(block: ComposeUiTest.() -> Unit) =
        runSkikoComposeUiTest(Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY), Density(PhoneCanvas.DENSITY), block = block)

    /** First open through its screens: English, the code typed, the offered word, the plan's age. */
    private fun ComposeUiTest.joinThroughFirstOpen(app: FamilyTime, code: String) {
        val steps = app.firstOpen()
        waitFor(steps.language.title)
        tap(steps.language.next.label)
        typeCode(steps, code)
        waitFor(steps.word.title)
        tap(steps.word.next.label)
        waitFor(steps.age.title)
        tap(steps.age.done.label)
    }

    private fun ComposeUiTest.typeCode(steps: FirstOpenView, code: String) {
        waitFor(steps.code.title)
        onNodeWithContentDescription(steps.code.field).performTextClearance()
        onNodeWithContentDescription(steps.code.field).performTextInput(code)
        tap(steps.code.join.label)
    }

    @Test
    fun `a child joins, reads, tells, closes the app, sends, and sees the answer`() = Council().use { council ->
        val device = council.joinDesk("amira")
        council.publish("jay-8-10", child, "amira", device)
        Phone().use { phone ->
            val host = RecordingHost()
            var app by mutableStateOf(phone.app)
            phoneTest {
                setContent { key(app) { FamilyTimeApp({ app }, host, council.url, remember { BackStack(Route.Home) }, ScriptedBiometrics(), dark = false) } }
                // The code the social worker read out; joining brings the signed plan.
                joinThroughFirstOpen(phone.app, council.code(child))
                val home = phone.app.home()
                waitFor(home.words.title)

                // The social worker cancels a session; the next sync brings what changed.
                val next = home.people.firstNotNullOf { (it.next as? Next.Session)?.session }
                council.publish("jay-8-10", child, "amira", device) { plan -> Samples.cancelling(plan, next) }
                runBlocking { phone.app.sync() }
                place(phone.app, Place.CHANGES)
                val changes = phone.app.changes()
                assertTrue(changes.cards.isNotEmpty(), "the cancelled session is on what changed")
                tap(changes.seen)
                waitReally("the app") { phone.app.changes().upTo == null }

                val mum = phone.app.home().people.single { it.person.name == "Mum" }
                place(phone.app, Place.HOME)
                tap(mum.words.label)
                val person = phone.app.person(mum.person.id)!!
                waitFor(person.words.nextHeading!!)
                val session = (mum.next as Next.Session).session
                tap(session.words.label)
                waitFor(phone.app.session(session.id)!!.arrangement.words.title)

                // Writing a worry; the app is killed and opened again; the words are still there.
                place(phone.app, Place.TELL)
                val tell = phone.app.tell(null)
                waitFor(tell.writeHeading)
                val worry = "I don't like the room at the family centre."
                onNodeWithContentDescription(tell.writeHeading).performScrollTo().performTextInput(worry)
                waitReally("the app") { phone.app.drafts().any { it.message.text == worry } }
                app = phone.reopen()
                waitFor(phone.app.home().words.title)
                assertEquals(null, phone.app.changes().upTo, "what the child has seen stays seen")
                place(phone.app, Place.TELL)
                waitFor(worry)

                tap(tell.send)
                waitReally("the app") { phone.app.outbox().any { it.message.text == worry && it.state != Delivery.WAITING } }
                val sent = phone.app.outbox().single { it.message.text == worry }
                assertTrue(sent.id in council.inbox(), "Amira's desk has Jay's worry")
                council.reply(sent.id, "Thank you for telling me. Let's find another room.")
                runBlocking { phone.app.sync() }
                place(phone.app, Place.OUTBOX)
                waitFor("Let's find another room.")
            }
        }
    }

    @Test
    fun `a wrong code and a code that ran out say so on first open, and what to do`() = Council().use { council ->
        val device = council.joinDesk("amira")
        council.publish("jay-8-10", child, "amira", device)
        val old = council.code(child)
        council.ageCodes()
        Phone().use { phone ->
            phoneTest {
                setContent { FamilyTimeApp({ phone.app }, RecordingHost(), council.url, remember { BackStack(Route.Home) }, ScriptedBiometrics(), dark = false) }
                val steps = phone.app.firstOpen()
                waitFor(steps.language.title)
                tap(steps.language.next.label)
                typeCode(steps, "ABCD EFGH JKMN PQRS")
                waitFor("That code didn't work.")
                waitFor("Check it and try again, or ask your social worker for a new code.")
                typeCode(steps, old)
                waitFor("That code has run out.")
                waitFor("Ask your social worker for a new code.")
                assertEquals(SyncState.NOT_JOINED, phone.app.syncStatus().state, "neither code joined anything")
                // A new code works where the old one did not.
                typeCode(steps, council.code(child))
                waitFor(steps.word.title)
            }
        }
    }

    @Test
    fun `I feel unsafe works from three screens with the server gone, and quick exit leaves nothing`() =
        Council().use { council ->
            council.jaysPhone(child).use { phone ->
                council.stop()
                val host = RecordingHost()
                phoneTest {
                    setContent { FamilyTimeApp({ phone.app }, host, council.url, remember { BackStack(Route.Home) }, ScriptedBiometrics(), dark = false) }
                    val chrome = phone.app.chrome()
                    val unsafe = phone.app.unsafeNow()
                    val home = phone.app.home()
                    val fromHome = { waitFor(home.words.title) }
                    val fromPerson = { tap(home.people.first().words.label); waitFor(home.people.first().person.name) }
                    val fromRights = { place(phone.app, Place.RIGHTS); waitFor(phone.app.rights().title) }
                    listOf(fromHome, fromPerson, fromRights).forEach { reach ->
                        reach()
                        tap(chrome.feelUnsafe.label)
                        waitFor(unsafe.title)
                        tap(chrome.back.label)
                    }
                    tap(chrome.feelUnsafe.label)
                    tap(unsafe.calls.first().button.label)
                    assertEquals(listOf(unsafe.calls.first().number), host.dialled.toList())
                    // The urgent message waits in the outbox for the server.
                    waitReally("the app") { phone.app.outbox().any { it.urgent } }

                    tap(chrome.quickExit.label)
                    waitReally("the app") { host.exits == 1 }
                    waitForIdle()
                    val left = onAllNodes(SemanticsMatcher("anything to read") { node ->
                        node.config.any { (key, _) -> key.name == "Text" || key.name == "ContentDescription" }
                    }).fetchSemanticsNodes()
                    assertEquals(emptyList<Any>(), left.map { it.config }, "nothing is left on screen after quick exit")
                    onRoot().assertExists()
                }
            }
        }
}
