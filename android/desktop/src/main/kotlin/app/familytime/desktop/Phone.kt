package app.familytime.desktop

import app.familytime.core.AgeBand
import app.familytime.core.FamilyTime
import app.familytime.core.Next
import app.familytime.core.SessionCard
import app.familytime.core.SessionStatus
import java.io.File
import java.nio.file.Files
import java.time.Instant

/** One child's phone on this computer: a fresh folder for the store, and the phone's services. */
class Phone(private val language: String = "en-GB") : AutoCloseable {
    val folder: File = Files.createTempDirectory("familytime-desktop").toFile()
    val keys = DesktopKeyStore()
    val reminders = RecordedReminders()
    val background = RecordedBackgroundSync()
    val network = DesktopNetwork()
    var app: FamilyTime = open()
        private set

    private fun open(): FamilyTime = FamilyTime.open(folder.path, language, keys, reminders, background, network)

    /** The app closed (its process killed) and opened again on the same store. */
    fun reopen(): FamilyTime {
        app.close()
        app = open()
        return app
    }

    override fun close() {
        app.close()
        folder.deleteRecursively()
    }
}

/** The sample plans in assets/samples and the day their previews are pinned to. */
object Samples {
    val repo = File(System.getProperty("familytime.repo") ?: error("run through `cargo xtask`"))
    val names: List<String> =
        File(repo, "assets/samples").listFiles { f -> f.extension == "json" }!!.map { it.nameWithoutExtension }.sorted()

    /** 09:00 on the samples' preview day (UK time is UTC in November), as the worker tool's snapshots. */
    val previewNow: Instant = Instant.parse("2026-11-22T09:00:00Z")

    fun file(name: String): File = File(repo, "assets/samples/$name.json").also {
        require(it.isFile) { "no sample plan \"$name\"; there are ${names.joinToString()}" }
    }

    /**
     * A phone with the sample imported, then its next version, which cancels the child's
     * next session (so there is something on "what changed"); the clock pinned, in
     * [language] and [band] (the plan's own when null).
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
        app.setSettings(app.settings().copy(language = language, ageBand = band))
        return phone
    }

    /** The plan's next version, with [session] cancelled by the social worker. */
    fun cancelling(plan: String, session: SessionCard): String {
        val version = Regex("\"version\": (\\d+)").find(plan)!!.groupValues[1].toInt()
        val reason = if ("\"language\": \"cy\"" in plan) "Mae'r ganolfan ar gau y diwrnod hwnnw." else "The family centre is closed that day."
        val cancelled = """{"arrangement": "${session.arrangement}", "planned": "${session.start}", "kind": "cancelled",
            "reason": "$reason", "decided_by": "social_worker"},"""
        return plan.replaceFirst("\"version\": $version", "\"version\": ${version + 1}")
            .replaceFirst("\"session_changes\": [", "\"session_changes\": [$cancelled")
    }
}
