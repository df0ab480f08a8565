package app.familytime.android

import android.app.Application
import app.familytime.android.platform.ConnectivityReachability
import app.familytime.android.platform.KeystoreSecrets
import app.familytime.android.platform.NotificationReminders
import app.familytime.android.platform.WorkManagerSync
import app.familytime.core.FamilyTime
import java.util.Locale

/**
 * Holds the one `FamilyTime` for the process: the activity and the background workers
 * share it, so a sync and a screen never open the store twice.
 */
class FamilyTimeApplication : Application() {
    private var opened: FamilyTime? = null

    /**
     * Opens the child's store on first use. Call it off the main thread: opening reads
     * the key from the Keystore and the encrypted file from disk. Throws
     * `FamilyTimeException` when the store cannot be opened, and tries again next call.
     */
    @Synchronized
    fun familyTime(): FamilyTime =
        opened ?: FamilyTime
            .open(
                // Never backed up or moved to another phone, like the key that opens it.
                folder = noBackupFilesDir.path,
                phoneLanguage = Locale.getDefault().toLanguageTag(),
                keys = KeystoreSecrets(noBackupFilesDir),
                reminders = NotificationReminders(this),
                background = WorkManagerSync(this),
                network = ConnectivityReachability(this),
            ).also { opened = it }
}
