package app.familytime.desktop

import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import app.familytime.core.Delivery
import app.familytime.core.Disguise
import app.familytime.core.FamilyTime
import app.familytime.core.Feeling
import app.familytime.core.Moment
import app.familytime.core.Place
import app.familytime.core.SessionStatus
import app.familytime.jvm.Phone
import app.familytime.ui.FamilyTimeApp
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout

/**
 * Feelings and the lock as a child meets them, tapping through the real UI over the real
 * library: a PIN chosen in Settings, the app opened again by someone else, wrong guesses,
 * "I feel unsafe" without the PIN, the phone's fingerprint failing, a forgotten PIN reset
 * with the social worker's code from the council's real server, and a check-in saved,
 * drawn on the person's page and shared exactly as shown.
 */
@OptIn(ExperimentalTestApi::class)
@Timeout(300)
class KeepsSecretsFlowTest {
    private val child = "kt-2026-0413"

    private fun ComposeUiTest.shows(text: String): Boolean =
        onAllNodes(hasText(text, substring = true) or hasContentDescription(text, substring = true)).fetchSemanticsNodes().isNotEmpty()

    private fun ComposeUiTest.waitFor(text: String) = waitForText(text)

    /** Types [text] into the field labelled [field], in place of what was there. */
    private fun ComposeUiTest.type(field: String, text: String) {
        waitFor(field)
        onNodeWithContentDescription(field).scrolledTo().performTextClearance()
        onNodeWithContentDescription(field).performTextInput(text)
    }

    /**
     * The app on [phone] at [server], drawn again on each `reopen` with a new `FamilyTime`
     * on the same store, as a new process after the app was killed. The old one is closed
     * only at the end: what the old screen still had in flight must not meet a closed one.
     */
    private fun phoneTest(
        phone: Phone,
        host: RecordingHost,
        biometrics: ScriptedBiometrics,
        server: String = Samples.NOBODY,
        block: ComposeUiTest.(reopen: () -> FamilyTime) -> Unit,
    ) {
        var app by mutableStateOf(phone.app)
        val opened = mutableListOf<FamilyTime>()
        try {
            runSkikoComposeUiTest(Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY), Density(PhoneCanvas.DENSITY)) {
                setContent { key(app) { FamilyTimeApp({ app }, host, server, remember { BackStack(Route.Home) }, biometrics, dark = false) } }
                block {
                    // The clock of the new process is the test's too.
                    phone.open().also {
                        it.pinNowForTests(Samples.previewNow)
                        opened += it
                        app = it
                    }
                }
            }
        } finally {
            opened.forEach { it.close() }
        }
    }

    /** A child's phone with a sample plan and no PIN yet, the clock at the samples' day. */
    private fun samplePhone(): Phone = Phone().apply {
        app.pinNowForTests(Samples.previewNow)
        app.importUnsignedPlanForTests(Samples.file("jay-8-10").readBytes())
        app.enrolOfflineForTests(Samples.previewNow)
    }

    @Test
    fun `a PIN chosen in Settings locks the app on opening, and wrong guesses wait longer each time, across a restart`() =
        samplePhone().use { phone ->
            phoneTest(phone, RecordingHost(), ScriptedBiometrics()) { reopen ->
                val home = phone.app.home()
                waitFor(home.words.title)
                place(phone.app, Place.SETTINGS)
                tap(phone.app.settingsScreen().privacy.label)
                val privacy = phone.app.privacyScreen(ScriptedBiometrics())
                tap(privacy.lock.text)
                val setup = phone.app.pinSetupScreen()
                type(setup.words.field, "1234")
                type(setup.words.confirmField, "1243")
                tap(setup.save.label)
                waitFor("The two PINs are not the same.")
                type(setup.words.field, "2580")
                type(setup.words.confirmField, "2580")
                tap(setup.save.label)
                waitReally("the app") { phone.app.privacyScreen(ScriptedBiometrics()).changePin != null }
                waitFor(phone.app.privacyScreen(ScriptedBiometrics()).changePin!!.label)

                val app = reopen()
                val lock = app.lockScreen()
                waitFor(lock.words.title)
                assertFalse(shows(home.words.title), "nothing of the child's shows on the lock screen")
                assertFalse(shows(home.people.first().person.name), "no one's name shows on the lock screen")
                // Three wrong guesses are free; the fourth brings a wait.
                repeat(4) {
                    type(lock.words.field, "0000")
                    tap(lock.unlock.label)
                    waitReally("the guess answered") { shows("That is not right.") || shows("Wait ") }
                }
                waitFor("Wait 1 minute. Then try again.")

                // Killed and opened again: the wait is still there.
                val again = reopen()
                waitFor("Wait 1 minute. Then try again.")
                // Each wrong guess after a wait brings a longer one: 30 seconds, a minute, two.
                var now = Samples.previewNow
                listOf(31L, 61L).forEach { seconds ->
                    now = now.plusSeconds(seconds)
                    again.pinNowForTests(now)
                    type(lock.words.field, "0000")
                    tap(lock.unlock.label)
                    // Counted once the next wait runs from this guess.
                    val guessed = now
                    waitReally("the guess counted") { again.lockScreen().waitUntil?.isAfter(guessed) == true }
                }
                waitFor("Wait 2 minutes. Then try again.")
                again.pinNowForTests(now.plusSeconds(121))
                type(lock.words.field, "2580")
                tap(lock.unlock.label)
                waitFor(home.words.title)
                assertFalse(again.isLocked())
            }
        }

    @Test
    fun `I feel unsafe and quick exit work from the lock screen without the PIN`() = samplePhone().use { phone ->
        phone.app.setPin(Samples.PIN, Samples.PIN)
        val host = RecordingHost()
        phoneTest(phone, host, ScriptedBiometrics()) { reopen ->
            val app = reopen()
            val lock = app.lockScreen()
            waitFor(lock.words.title)
            tap(lock.feelUnsafe.label)
            val unsafe = app.unsafeNow()
            waitFor(unsafe.title)
            tap(unsafe.calls.first().button.label)
            assertEquals(listOf(unsafe.calls.first().number), host.dialled.toList())
            // The urgent message waits for the server, sent without the PIN.
            waitFor(app.unsafeNow().told)
            assertTrue(app.isLocked(), "getting help did not open the app")
            tap(app.chrome().back.label)
            waitFor(lock.words.title)
            tap(lock.quickExit.label)
            waitReally("the app") { host.exits == 1 }
            app.enterPin(Samples.PIN)
            assertTrue(app.outbox().any { it.urgent }, "the urgent message is in the outbox")
        }
    }

    @Test
    fun `when the fingerprint fails the PIN still opens the app, and a recognised one opens it`() = samplePhone().use { phone ->
        phone.app.setPin(Samples.PIN, Samples.PIN)
        val biometrics = ScriptedBiometrics(available = true, failure = "the sensor is covered")
        phone.app.setBiometricUnlock(true, biometrics)
        // Read while the child who set the PIN is still in: a locked core shows nothing.
        val homeTitle = phone.app.home().words.title
        phoneTest(phone, RecordingHost(), biometrics) { reopen ->
            val app = reopen()
            val lock = app.lockScreen()
            tap(lock.biometrics!!.label)
            waitFor("That did not work. Use your PIN.")
            assertTrue(app.isLocked())
            biometrics.failure = null
            biometrics.owner = false
            tap(lock.biometrics!!.label)
            waitReally("the app") { biometrics.asked.size == 2 }
            assertTrue(app.isLocked(), "someone else's finger opens nothing")
            type(lock.words.field, Samples.PIN)
            tap(lock.unlock.label)
            waitFor(homeTitle)

            reopen()
            biometrics.owner = true
            tap(lock.biometrics!!.label)
            waitFor(homeTitle)
            assertTrue(biometrics.asked.all { it.isNotBlank() }, "the prompt says why, in the core's words")
        }
    }

    @Test
    fun `a finger someone adds to the phone does not open the app until the child turns it on again`() = samplePhone().use { phone ->
        phone.app.setPin(Samples.PIN, Samples.PIN)
        val biometrics = ScriptedBiometrics(available = true, owner = true)
        phone.app.setBiometricUnlock(true, biometrics)
        val homeTitle = phone.app.home().words.title
        biometrics.addFinger()
        phoneTest(phone, RecordingHost(), biometrics) { reopen ->
            val app = reopen()
            tap(app.lockScreen().biometrics!!.label)
            waitFor("A new fingerprint or face was added to this phone.")
            assertTrue(app.isLocked(), "the added finger opened nothing")
            assertEquals(null, app.lockScreen().biometrics, "the lock screen offers the PIN only")
            val lock = app.lockScreen()
            type(lock.words.field, Samples.PIN)
            tap(lock.unlock.label)
            waitFor(homeTitle)
            place(app, Place.SETTINGS)
            tap(app.settingsScreen().privacy.label)
            val toggle = app.privacyScreen(biometrics).biometrics!!
            assertFalse(toggle.on, "biometric unlock is off until the child turns it on")
            tap(toggle.text)
            waitReally("the setting") { app.privacyScreen(biometrics).biometrics!!.on }

            val later = reopen()
            tap(later.lockScreen().biometrics!!.label)
            waitFor(homeTitle)
        }
    }

    @Test
    fun `a forgotten PIN is reset with the code from the social worker's desk, and every note and check-in is kept`() =
        Council().use { council ->
            council.jaysPhone(child).use { phone ->
                phone.app.pinNowForTests(Samples.previewNow)
                val note = phone.app.addNote("Kai likes dinosaurs.", null)
                val felt = Samples.feel(phone.app)
                assertTrue(felt.isNotEmpty(), "the child said how family time felt")
                phone.app.pinNowForTests(Samples.previewNow)
                phone.app.setPin(Samples.PIN, Samples.PIN)
                phoneTest(phone, RecordingHost(), ScriptedBiometrics(), council.url) { reopen ->
                    val app = reopen()
                    val lock = app.lockScreen()
                    tap(lock.forgot.label)
                    val forgot = app.forgotPinScreen()
                    type(forgot.words.field, "ABCD-EFGH-JKMN-PQRS")
                    tap(forgot.submit.label)
                    waitFor("That code didn't work.")
                    assertTrue(app.isLocked(), "a wrong code opens nothing")

                    type(forgot.words.field, council.pinResetCode(child))
                    tap(forgot.submit.label)
                    waitFor("That worked. Now choose a new PIN.")
                    tap(forgot.back.label)
                    val setup = app.pinSetupScreen()
                    type(setup.words.field, "1357")
                    type(setup.words.confirmField, "1357")
                    tap(setup.save.label)
                    waitFor(app.home().words.title)
                    assertEquals(listOf(note), app.notes(), "every note is kept")
                    assertEquals(felt, app.checkIns().sortedBy { it.id }, "every check-in is kept")
                    reopen()
                    waitFor(lock.words.title)
                    type(lock.words.field, "1357")
                    tap(lock.unlock.label)
                    waitFor(app.home().words.title)
                }
            }
        }

    @Test
    fun `a check-in is saved from home, stays on the phone, and is shared exactly as shown`() = Council().use { council ->
        council.jaysPhone(child).use { phone ->
            phone.app.pinNowForTests(Samples.previewNow)
            val mum = phone.app.home().people.single { it.person.name == "Mum" }
            val last = phone.app.person(mum.person.id)!!.past.first { it.end != null && it.status is SessionStatus.Planned }
            phone.app.pinNowForTests(Samples.afterwards(last))
            val host = RecordingHost()
            runSkikoComposeUiTest(Size(PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY, PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY), Density(PhoneCanvas.DENSITY)) {
                setContent { FamilyTimeApp({ phone.app }, host, council.url, remember { BackStack(Route.Home) }, ScriptedBiometrics(), dark = false) }
                val prompt = phone.app.checkInPrompts().single { it.session == last.id && it.moment == Moment.AFTER }
                tap(prompt.button.label)
                val view = phone.app.checkInScreen(last.id, Moment.AFTER)!!
                waitFor(view.words.title)
                tap(view.feelings.single { it.feeling == Feeling.SAD }.button.label)
                type(view.words.ownWordsField, "Mum had to leave early.")
                tap(view.save.label)
                waitReally("the app") { phone.app.checkIns().any { it.session == last.id } }
                val made = phone.app.checkIns().single { it.session == last.id }
                assertEquals(Feeling.SAD, made.feeling)
                assertEquals("Mum had to leave early.", made.words)
                assertFalse(council.inbox().contains("leave early"), "a check-in stays on the phone until shared")

                val share = phone.app.checkInScreen(last.id, Moment.AFTER)!!.share!!
                tap(share.label)
                val preview = phone.app.shareCheckIns(listOf(made.id), "amira")
                waitFor(preview.preview.text)
                tap(preview.send.label)
                waitReally("the app") { phone.app.outbox().any { it.message.text == preview.preview.text && it.state != Delivery.WAITING } }
                val sent = phone.app.outbox().single { it.message.text == preview.preview.text }
                assertTrue(council.inbox().contains(sent.id), "Amira's desk has the shared check-in")
                assertTrue(council.inbox().contains("Mum had to leave early."), "what was shown is what was sent")
            }
        }
    }

    @Test
    fun `how the last times felt is drawn on the person's page, and the offer to tell someone sends nothing`() =
        samplePhone().use { phone ->
            val felt = Samples.feel(phone.app)
            phone.app.pinNowForTests(Samples.previewNow)
            val person = Samples.nextPerson(phone.app)
            phoneTest(phone, RecordingHost(), ScriptedBiometrics()) { _ ->
                tap(person.words.label)
                val line = phone.app.feelingsLine(person.person.id)!!
                assertEquals(felt.map { it.id }, line.points.map { it.checkIn }, "each check-in is a face on the line, oldest first")
                line.points.forEach { waitFor(it.words.label) }
                val offer = line.offer!!
                waitFor(offer.words.question)
                tap(offer.tell.label)
                waitFor(phone.app.tell(person.person.id).writeHeading)
                assertEquals(emptyList<Any>(), phone.app.outbox(), "the offer sent nothing")
                tap(phone.app.chrome().back.label)
                tap(offer.notNow.label)
                waitReally("the app") { !shows(offer.words.question) }
            }
        }

    @Test
    fun `a disguise chosen in privacy is shown by the host`() = samplePhone().use { phone ->
        val host = RecordingHost()
        phoneTest(phone, host, ScriptedBiometrics()) { _ ->
            waitFor(phone.app.home().words.title)
            place(phone.app, Place.SETTINGS)
            tap(phone.app.settingsScreen().privacy.label)
            val notes = phone.app.privacyScreen(ScriptedBiometrics()).disguises.single { it.disguise == Disguise.NOTES }
            tap(notes.button.text)
            waitReally("the app") { host.shownAs.toList() == listOf(Disguise.NOTES) }
            assertEquals(Disguise.NOTES, phone.app.disguise())
        }
    }
}
