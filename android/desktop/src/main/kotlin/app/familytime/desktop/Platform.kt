package app.familytime.desktop

import app.familytime.core.BackgroundSync
import app.familytime.core.KeyStore
import app.familytime.core.PlatformException
import app.familytime.core.Reachability
import app.familytime.core.Reminder
import app.familytime.core.ReminderScheduler
import java.time.Instant
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

/**
 * The phone's services on a desktop: the store key is kept in memory for the life of the
 * process (the desktop app always starts on a fresh store), reminders and background
 * syncs are recorded, and the network is there unless a test takes it away.
 */
class DesktopKeyStore : KeyStore {
    private val secrets = ConcurrentHashMap<String, ByteArray>()

    override fun load(name: String): ByteArray? = secrets[name]?.copyOf()

    override fun save(name: String, secret: ByteArray) {
        if (secret.isEmpty()) throw PlatformException.Failed("an empty secret for $name")
        secrets[name] = secret.copyOf()
    }
}

class RecordedReminders : ReminderScheduler {
    @Volatile var scheduled: List<Reminder> = emptyList()

    override fun replaceAll(reminders: List<Reminder>) {
        scheduled = reminders
    }
}

class RecordedBackgroundSync : BackgroundSync {
    val requests = CopyOnWriteArrayList<Instant>()

    override fun schedule(earliest: Instant) {
        requests.add(earliest)
    }
}

class DesktopNetwork(@Volatile var online: Boolean = true) : Reachability {
    override fun isOnline(): Boolean = online
}
