package app.familytime.desktop

import app.familytime.core.AgeBand
import app.familytime.core.FamilyTime
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

    /** A phone with the sample imported, the clock pinned, in [language] and [band] (the plan's own when null). */
    fun phone(name: String, language: String, band: AgeBand? = null): Phone {
        val phone = Phone(language)
        val app = phone.app
        app.pinNowForTests(previewNow)
        app.importUnsignedPlanForTests(file(name).readBytes())
        app.setSettings(app.settings().copy(language = language, ageBand = band))
        return phone
    }
}
