package app.familytime.desktop

import app.familytime.core.AgeBand
import app.familytime.core.CheckIn
import app.familytime.core.FamilyTime
import app.familytime.core.Feeling
import app.familytime.core.Moment
import app.familytime.core.PersonNext
import app.familytime.core.Next
import app.familytime.core.SessionCard
import app.familytime.core.SessionStatus
import app.familytime.jvm.Phone
import java.io.File
import java.time.Instant
import java.time.ZoneId

/** The sample plans in assets/samples and the day their previews are pinned to. */
object Samples {
    val repo = File(System.getProperty("familytime.repo") ?: error("run through `cargo xtask`"))
    val names: List<String> =
        File(repo, "assets/samples").listFiles { f -> f.extension == "json" }!!.map { it.nameWithoutExtension }.sorted()

    /** A loopback port nobody answers: a phone trying to join there is offline. */
    const val NOBODY = "http://127.0.0.1:9/"

    /** 09:00 on the samples' preview day (UK time is UTC in November), as the worker tool's snapshots. */
    val previewNow: Instant = Instant.parse("2026-11-22T09:00:00Z")

    /** The PIN every sample phone is locked with. */
    const val PIN = "2580"

    fun file(name: String): File = File(repo, "assets/samples/$name.json").also {
        require(it.isFile) { "no sample plan \"$name\"; there are ${names.joinToString()}" }
    }

    /**
     * A phone as the child has it after enrolling: the sample imported, then its next
     * version, which cancels the child's next session (so there is something on "what
     * changed"), and a sync that finished at [previewNow]; the clock pinned, in [language]
     * and [band] (the plan's own when null). The child said how the last times with the
     * person they see next felt, and locked the app with [PIN] (this `FamilyTime` is the
     * one they unlocked).
     */
    fun phone(name: String, language: String, band: AgeBand? = null): Phone {
        val phone = Phone(language)
        val app = phone.app
        app.pinNowForTests(previewNow)
        val plan = file(name).readText()
        app.importUnsignedPlanForTests(plan.toByteArray())
        val next = app.home().people.firstNotNullOfOrNull { person ->
            (person.next as? Next.Session)?.session?.takeIf { it.status is SessionStatus.Planned }
        }
        if (next != null) app.importUnsignedPlanForTests(cancelling(plan, next).toByteArray())
        app.enrolOfflineForTests(previewNow)
        val first = app.home().people.first().person
        app.addNote(note(plan), first.id)
        app.setSettings(app.settings().copy(language = language, ageBand = band))
        feel(app, inWelsh(plan))
        app.pinNowForTests(previewNow)
        app.setPin(PIN, PIN)
        return phone
    }

    /** The person the child sees next: the pages a child opens most. */
    fun nextPerson(app: FamilyTime): PersonNext = app.home().people.let { people -> people.firstOrNull { it.next is Next.Session } ?: people.first() }

    /**
     * After each of the last three family times with the person seen next: happy, then
     * sad, then scared with a few words, each said an hour after it ended. The last two
     * were hard, so their page offers to tell someone. The clock is left at the last.
     */
    fun feel(app: FamilyTime, welsh: Boolean = false): List<CheckIn> {
        val past = app.person(nextPerson(app).person.id)!!.past
            .filter { it.end != null && it.status is SessionStatus.Planned }.take(FELT.size).reversed()
        return past.zip(FELT).map { (session, feeling) ->
            app.pinNowForTests(afterwards(session))
            val words = if (feeling == Feeling.SCARED) (if (welsh) "Roedd hi'n swnllyd iawn." else "It was very loud.") else null
            app.checkIn(session.id, Moment.AFTER, feeling, words)
        }
    }

    /** An hour after [session] ended: its "how was it?" is open. */
    fun afterwards(session: SessionCard): Instant = session.end!!.atZone(UK).toInstant().plusSeconds(3600)

    private val FELT = listOf(Feeling.HAPPY, Feeling.SAD, Feeling.SCARED)
    private val UK = ZoneId.of("Europe/London")

    private fun inWelsh(plan: String) = "\"language\": \"cy\"" in plan

    /** A note the child wrote to remember, in the plan's language. */
    private fun note(plan: String): String =
        if (inWelsh(plan)) "Gofyn os cawn ni fynd i'r parc y tro nesaf." else "Ask if we can go to the park next time."

    /** The plan's next version, with [session] cancelled by the social worker. */
    fun cancelling(plan: String, session: SessionCard): String {
        val version = Regex("\"version\": (\\d+)").find(plan)!!.groupValues[1].toInt()
        val reason = if (inWelsh(plan)) "Mae'r ganolfan ar gau y diwrnod hwnnw." else "The family centre is closed that day."
        val cancelled = """{"arrangement": "${session.arrangement}", "planned": "${session.start}", "kind": "cancelled",
            "reason": "$reason", "decided_by": "social_worker"},"""
        return plan.replaceFirst("\"version\": $version", "\"version\": ${version + 1}")
            .replaceFirst("\"session_changes\": [", "\"session_changes\": [$cancelled")
    }
}
