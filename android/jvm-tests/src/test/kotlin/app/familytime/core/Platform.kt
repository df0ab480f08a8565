package app.familytime.core

import java.io.File
import java.nio.file.Files
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.TimeUnit

/** Secrets in memory, as the Android Keystore would keep them for the app's lifetime. */
class MemoryKeyStore : KeyStore {
    val secrets = ConcurrentHashMap<String, ByteArray>()
    @Volatile var failing: String? = null

    override fun load(name: String): ByteArray? {
        failing?.let { throw PlatformException.Failed(it) }
        return secrets[name]?.copyOf()
    }

    override fun save(name: String, secret: ByteArray) {
        failing?.let { throw PlatformException.Failed(it) }
        secrets[name] = secret.copyOf()
    }
}

/** What the app asked the platform to schedule. */
class RecordingReminders : ReminderScheduler {
    @Volatile var scheduled: List<Reminder> = emptyList()
    override fun replaceAll(reminders: List<Reminder>) {
        scheduled = reminders
    }
}

class RecordingBackgroundSync : BackgroundSync {
    val requests = java.util.concurrent.CopyOnWriteArrayList<java.time.Instant>()
    override fun schedule(earliest: java.time.Instant) {
        requests.add(earliest)
    }
}

class Network(@Volatile var online: Boolean = true) : Reachability {
    override fun isOnline(): Boolean = online
}

/** One child's phone: a folder for the store and the platform's services. */
class Phone(language: String = "en-GB") : AutoCloseable {
    val folder: File = Files.createTempDirectory("familytime-phone").toFile()
    val keys = MemoryKeyStore()
    val reminders = RecordingReminders()
    val background = RecordingBackgroundSync()
    val network = Network()
    val app: FamilyTime = open(language)

    fun open(language: String = "en-GB"): FamilyTime =
        FamilyTime.open(folder.path, language, keys, reminders, background, network)

    override fun close() {
        app.close()
        folder.deleteRecursively()
    }
}

object Repo {
    val root = File(System.getProperty("familytime.repo") ?: error("run through `cargo xtask test`"))
    val bin = File(System.getProperty("familytime.bindir") ?: error("run through `cargo xtask test`"))

    /** A sample plan, with `helper`'s device set when given, as a worker would publish it. */
    fun samplePlan(name: String, helper: String? = null, device: String? = null): ByteArray {
        var json = File(root, "assets/samples/$name.json").readText()
        if (helper != null && device != null) {
            val entry = "\"id\": \"$helper\","
            check(entry in json) { "the sample $name has no helper $helper" }
            json = json.replace(entry, "$entry \"device\": \"$device\",")
        }
        return json.toByteArray()
    }
}

/** The council's server, the built binary, on a free port of 127.0.0.1 with a fresh data folder. */
class CouncilServer : AutoCloseable {
    val data: File = Files.createTempDirectory("familytime-server").toFile()
    private val process: Process = ProcessBuilder(
        File(Repo.bin, "familytime-server").path, "serve", "--data", data.path, "--listen", "127.0.0.1:0",
    ).redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val url: String

    init {
        val line = process.inputStream.bufferedReader().readLine()
            ?: error("the server stopped before listening")
        url = line.removePrefix("listening on ").trimEnd('/') + "/"
        check(url.startsWith("http://127.0.0.1:")) { "unexpected first line from the server: $line" }
    }

    val tokenFile get() = File(data, "worker-token")

    /** Runs the worker tool (`familytime …`) and returns what it printed. */
    fun worker(vararg args: String): String {
        val run = ProcessBuilder(File(Repo.bin, "familytime").path, *args).redirectErrorStream(true).start()
        val output = run.inputStream.bufferedReader().readText()
        check(run.waitFor(60, TimeUnit.SECONDS)) { "familytime ${args.toList()} did not finish" }
        check(run.exitValue() == 0) { "familytime ${args.toList()} failed: $output" }
        return output
    }

    override fun close() {
        process.destroy()
        process.waitFor(10, TimeUnit.SECONDS)
        data.deleteRecursively()
    }
}
