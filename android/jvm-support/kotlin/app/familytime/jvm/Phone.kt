package app.familytime.jvm

import app.familytime.core.BackgroundSync
import app.familytime.core.FamilyTime
import app.familytime.core.KeyStore
import app.familytime.core.PlatformException
import app.familytime.core.Reachability
import app.familytime.core.Reminder
import app.familytime.core.ReminderScheduler
import java.io.File
import java.nio.file.Files
import java.time.Instant
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

/**
 * One child's phone on a JVM (the desktop app and the JVM tests): a fresh folder for the
 * store, and what the phone does for the core, kept in memory for the life of the process.
 */
class Phone(private val language: String = "en-GB") : AutoCloseable {
    val folder: File = Files.createTempDirectory("familytime-phone").toFile()
    val keys = MemoryKeyStore()
    val reminders = RecordingReminders()
    val background = RecordingBackgroundSync()
    val network = SwitchableNetwork()
    var app: FamilyTime = open()
        private set

    /** Another `FamilyTime` on the same store and services; the caller closes it. */
    fun open(): FamilyTime = FamilyTime.open(folder.path, language, keys, reminders, background, network)

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

/** Secrets in memory, as the Android Keystore keeps them; [failing] makes it refuse, as a locked one does. */
class MemoryKeyStore : KeyStore {
    val secrets = ConcurrentHashMap<String, ByteArray>()

    @Volatile var failing: String? = null

    override fun load(name: String): ByteArray? {
        failing?.let { throw PlatformException.Failed(it) }
        return secrets[name]?.copyOf()
    }

    override fun save(name: String, secret: ByteArray) {
        failing?.let { throw PlatformException.Failed(it) }
        if (secret.isEmpty()) throw PlatformException.Failed("an empty secret for $name")
        secrets[name] = secret.copyOf()
    }
}

/** The reminders the core last asked for. */
class RecordingReminders : ReminderScheduler {
    @Volatile var scheduled: List<Reminder> = emptyList()

    override fun replaceAll(reminders: List<Reminder>) {
        scheduled = reminders
    }
}

/** The background syncs the core asked for. */
class RecordingBackgroundSync : BackgroundSync {
    val requests = CopyOnWriteArrayList<Instant>()

    override fun schedule(earliest: Instant) {
        requests.add(earliest)
    }
}

/** The network is there unless a test takes it away. */
class SwitchableNetwork(@Volatile var online: Boolean = true) : Reachability {
    override fun isOnline(): Boolean = online
}
