package app.familytime.core

import app.familytime.jvm.CouncilServer
import app.familytime.jvm.Phone
import java.io.File
import java.nio.file.Files
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.assertThrows

/**
 * The core through its generated Kotlin: the real library, a real encrypted store file,
 * the real council server on 127.0.0.1 and the worker tool's desk.
 */
// A server that never answers must fail the run, not hang it.
@Timeout(120)
class FamilyTimeTest {
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

    @Test
    fun `home and calendar speak English and Welsh`() = Phone().use { phone ->
        val app = phone.app
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))

        val home = app.home()
        assertEquals("Hi Jay", home.words.title)
        assertTrue(home.people.map { it.person.name }.containsAll(listOf("Mum", "Kai", "Dad")))
        val mum = home.people.first { it.person.name == "Mum" }
        assertTrue(mum.next is Next.Session, "Jay has family time planned with Mum")
        val november = app.month(2026, 11u)
        assertEquals("November 2026", november.title)
        assertEquals(30, november.days.size)
        assertEquals(java.time.LocalDate.of(2026, 11, 1), november.days[0].date)

        app.setSettings(app.settings().copy(language = "cy"))
        assertEquals("Helo Jay", app.home().words.title)
        val tachwedd = app.month(2026, 11u)
        assertEquals("Tachwedd 2026", tachwedd.title)
        val cancelled = tachwedd.days.first { it.date.dayOfMonth == 11 }.sessions.single()
        assertTrue(cancelled.status is SessionStatus.Cancelled)
        assertEquals("Wedi'i ganslo", cancelled.words.status)
        assertEquals("Dydd Llun 16 Tachwedd", app.week(java.time.LocalDate.of(2026, 11, 18)).days[0].title)

        // The choice survives the app being closed: it is kept by the platform's key store.
        phone.app.close()
        phone.open().use { reopened -> assertEquals("Helo Jay", reopened.home().words.title) }
    }

    @Test
    fun `a message reaches a helper on the council's server and the answer comes back`() = Phone().use { phone ->
        val desk = Files.createTempDirectory("familytime-desk").toFile()
        try {
            val token = council.tokenFile.path
            val joined = council.worker("desk", "join", "--server", council.url, "--worker-token-file", token,
                "--helper", "amira", "--dir", desk.path)
            val device = Regex("joined as device (\\S+):").find(joined)!!.groupValues[1]
            val app = phone.app
            app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10", helper = "amira", device = device))

            val offered = council.worker("desk", "code", "--server", council.url, "--worker-token-file", token,
                "--child", "jay-plan")
            val code = Regex("enrolment code for jay-plan: (\\S+)").find(offered)!!.groupValues[1]
            runBlocking { app.enrol(council.url, code) }

            val words = "Can we meet Kai at the park? Not a small room."
            app.saveDraft("compose", Message("amira", Topic.CHANGE_REQUEST, Change.DIFFERENT_PLACE, "kai", null, words))
            assertEquals(words, app.drafts().single().message.text, "the draft is kept as the child types")
            val queued = app.send("compose")
            assertEquals(Delivery.WAITING, queued.state)
            assertTrue(app.drafts().isEmpty())
            val asked = phone.background.requests.last()
            assertFalse(asked.isAfter(java.time.Instant.now()), "a background sync is asked for at once, not at $asked")

            val report = runBlocking { app.sync() }
            assertEquals(1u, report.sent)
            assertEquals(Delivery.SENT, app.outbox().single().state)

            val inbox = council.worker("desk", "inbox", "--dir", desk.path, "--json")
            assertTrue(queued.id in inbox && words in inbox, "Amira's desk has Jay's message: $inbox")
            council.worker("desk", "reply", queued.id, "Yes, let's try the park on Wednesday.", "--dir", desk.path)

            val answered = runBlocking { app.sync() }
            assertEquals(1u, answered.replies)
            val reply = app.replies().single()
            assertEquals(queued.id, reply.thread)
            assertEquals("amira", reply.helper)
            val card = app.tell(null).sent.single { it.id == queued.id }
            assertEquals(Delivery.ANSWERED, card.state)
            assertEquals("Amira wrote back:", card.answers.single().from)
            assertEquals("Yes, let's try the park on Wednesday.", card.answers.single().text)
        } finally {
            desk.deleteRecursively()
        }
    }

    @Test
    fun `errors arrive as typed exceptions in the core's words`() = Phone().use { phone ->
        val app = phone.app
        val noPlan = assertThrows<FamilyTimeException.NoPlan> { app.home() }
        assertTrue("no plan has arrived yet" in noPlan.message!!, noPlan.message)
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))

        app.saveDraft("empty", Message("amira", Topic.WORRY, null, null, null, "   "))
        val empty = assertThrows<FamilyTimeException.Refused> { app.send("empty") }
        assertEquals("the message is empty", empty.message)
        assertEquals(1, app.drafts().size, "a refused draft is kept")

        val french = assertThrows<FamilyTimeException.Refused> { app.setSettings(app.settings().copy(language = "fr")) }
        assertTrue("there are no words for the language \"fr\"" in french.message!!, french.message)
        assertEquals("en-GB", app.settings().language)

        val notJoined = assertThrows<FamilyTimeException.NotEnrolled> { runBlocking { app.sync() } }
        assertTrue("ask your social worker for a code" in notJoined.message!!, notJoined.message)
        val badCode = assertThrows<FamilyTimeException.Refused> { runBlocking { app.enrol(council.url, "not-a-code") } }
        assertTrue("refused" in badCode.message!!, badCode.message)

        phone.network.online = false
        val offline = assertThrows<FamilyTimeException.Offline> { runBlocking { app.sync() } }
        assertTrue("offline" in offline.message!!, offline.message)

        // A store whose key the platform lost is reported, and the file is left alone.
        app.close()
        phone.keys.secrets.clear()
        val store = File(phone.folder, "familytime.db")
        val before = store.readBytes()
        val lost = assertThrows<FamilyTimeException.CannotOpenStore> { phone.open() }
        assertTrue("key is missing" in lost.message!!, lost.message)
        assertTrue(before.contentEquals(store.readBytes()))

        // A platform failure is the platform's, with its own words.
        phone.keys.failing = "the keystore is locked"
        val locked = assertThrows<FamilyTimeException.Platform> { phone.open() }
        assertTrue("the keystore is locked" in locked.message!!, locked.message)
    }

    @Test
    fun `a panic in the core is an exception and the app keeps working`() = Phone().use { phone ->
        val app = phone.app
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))
        val panic = assertThrows<InternalException> { app.panicForTests("a bug in the core") }
        assertTrue("a bug in the core" in panic.message!!, panic.message)
        // It panicked holding the store; the store still serves the next screen.
        assertEquals("Hi Jay", app.home().words.title)
    }

    @Test
    fun `reminders go to the platform and say nothing on the lock screen unless the child chooses`() =
        Phone().use { phone ->
            val app = phone.app
            app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))
            app.scheduleReminders()
            val plain = phone.reminders.scheduled
            // Jay sees Mum and Kai every week.
            assertTrue(plain.isNotEmpty(), "sessions in the next two weeks get reminders")
            assertTrue(plain.none { r -> listOf("Mum", "Kai", "Dad").any { it in r.body || it in r.title } })

            app.setSettings(app.settings().copy(reminderDetails = true))
            assertEquals(plain.map { it.id }, phone.reminders.scheduled.map { it.id })
            assertTrue(phone.reminders.scheduled.any { r -> listOf("Mum", "Kai", "Dad").any { it in r.body } })
        }

    @Test
    fun `a sync abandoned by its caller still finishes, and the next one is safe`() = Phone().use { phone ->
        val app = phone.app
        app.importUnsignedPlanForTests(Repo.samplePlan("jay-8-10"))
        val token = council.tokenFile.path
        val offered = council.worker("desk", "code", "--server", council.url, "--worker-token-file", token,
            "--child", "jay-plan")
        val code = Regex("enrolment code for jay-plan: (\\S+)").find(offered)!!.groupValues[1]
        runBlocking {
            val job = launch { app.enrol(council.url, code) }
            delay(1)
            job.cancel()
        }
        // The enrolment went on to the end on the app's own thread: the one-time code is
        // spent and the phone has joined, so a sync works.
        val report = runBlocking { app.sync() }
        assertEquals(0u, report.sent)
        assertFalse(app.outbox().any())
    }
}
