package app.familytime.android.platform

import android.content.Context
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkInfo
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import app.familytime.android.FamilyTimeApplication
import app.familytime.core.BackgroundSync
import app.familytime.core.FamilyTimeException
import java.time.Duration
import java.time.Instant

/**
 * The core's next sync, as one WorkManager request that waits for a network. The core
 * says when; each request replaces the one before, so a message queued now is not kept
 * waiting behind the regular check for a new plan.
 */
class WorkManagerSync(
    private val context: Context,
) : BackgroundSync {
    override fun schedule(earliest: Instant) =
        platformCall("schedule the next sync") {
            val workManager = WorkManager.getInstance(context)
            val delay = Duration.between(Instant.now(), earliest).coerceAtLeast(Duration.ZERO)
            val request =
                OneTimeWorkRequestBuilder<SyncWorker>()
                    .setInitialDelay(delay)
                    .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                    .build()
            // A sync asks for the next one while it runs; replacing the running request
            // would stop it half way, so the next one waits for it to end instead.
            val running =
                workManager
                    .getWorkInfosForUniqueWork(UNIQUE_NAME)
                    .get()
                    .any { it.state == WorkInfo.State.RUNNING }
            val policy = if (running) ExistingWorkPolicy.APPEND_OR_REPLACE else ExistingWorkPolicy.REPLACE
            workManager.enqueueUniqueWork(UNIQUE_NAME, policy, request)
            Unit
        }

    private companion object {
        const val UNIQUE_NAME = "familytime-sync"
    }
}

/** Sends the outbox and fetches answers and new plans, with the app closed. */
class SyncWorker(
    context: Context,
    parameters: WorkerParameters,
) : CoroutineWorker(context, parameters) {
    override suspend fun doWork(): Result {
        val app = applicationContext as FamilyTimeApplication
        try {
            app.familyTime().sync()
        } catch (e: FamilyTimeException) {
            // The core has already asked for the next try (it does whatever went
            // wrong); failing here would also cancel that request, which waits on this one.
        }
        return Result.success()
    }
}
