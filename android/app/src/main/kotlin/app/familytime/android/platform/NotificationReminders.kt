package app.familytime.android.platform

import android.Manifest
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationChannelCompat
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.Worker
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import app.familytime.android.MainActivity
import app.familytime.android.R
import app.familytime.core.Reminder
import app.familytime.core.ReminderScheduler
import java.time.Duration
import java.time.Instant

/**
 * The core's reminders as notifications at their times, through WorkManager, which keeps
 * them across restarts without the exact-alarm permission; a reminder may come a few
 * minutes late when the phone sleeps deeply, never early.
 */
class NotificationReminders(
    private val context: Context,
) : ReminderScheduler {
    override fun replaceAll(reminders: List<Reminder>) =
        platformCall("schedule reminders") {
            val workManager = WorkManager.getInstance(context)
            workManager.cancelAllWorkByTag(TAG)
            reminders.firstOrNull()?.let { first: Reminder -> createChannel(context, first.title) }
            for (reminder: Reminder in reminders) {
                val request =
                    OneTimeWorkRequestBuilder<ReminderWorker>()
                        .setInitialDelay(Duration.between(Instant.now(), reminder.at).coerceAtLeast(Duration.ZERO))
                        .setInputData(
                            workDataOf(
                                ReminderWorker.ID to reminder.id,
                                ReminderWorker.TITLE to reminder.title,
                                ReminderWorker.BODY to reminder.body,
                            ),
                        ).addTag(TAG)
                        .build()
                workManager.enqueue(request)
            }
        }

    private companion object {
        const val TAG = "familytime-reminder"
    }
}

/** The channel is named in the child's language by the core's own word for a reminder. */
private fun createChannel(
    context: Context,
    name: String,
) {
    val channel =
        NotificationChannelCompat
            .Builder(CHANNEL, NotificationManagerCompat.IMPORTANCE_DEFAULT)
            .setName(name)
            .setShowBadge(false)
            .build()
    NotificationManagerCompat.from(context).createNotificationChannel(channel)
}

private const val CHANNEL = "reminders"

/** Shows one reminder when its time comes. */
class ReminderWorker(
    context: Context,
    parameters: WorkerParameters,
) : Worker(context, parameters) {
    override fun doWork(): Result {
        val id = inputData.getString(ID) ?: return Result.failure()
        val title = inputData.getString(TITLE) ?: return Result.failure()
        val body = inputData.getString(BODY) ?: return Result.failure()
        val manager = NotificationManagerCompat.from(applicationContext)
        // Before Android 13 there is no permission to ask; the child can still turn
        // the app's notifications off, which areNotificationsEnabled reports.
        val granted =
            Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
                ContextCompat.checkSelfPermission(applicationContext, Manifest.permission.POST_NOTIFICATIONS) ==
                PackageManager.PERMISSION_GRANTED
        if (!granted || !manager.areNotificationsEnabled()) return Result.success()
        val open =
            PendingIntent.getActivity(
                applicationContext,
                0,
                Intent(applicationContext, MainActivity::class.java),
                PendingIntent.FLAG_IMMUTABLE,
            )
        // The lock screen shows only the core's title, which names no one; the body
        // (details only if the child turned them on) waits until the phone is unlocked.
        val lockScreen =
            NotificationCompat
                .Builder(applicationContext, CHANNEL)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .build()
        val notification =
            NotificationCompat
                .Builder(applicationContext, CHANNEL)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .setContentText(body)
                .setCategory(NotificationCompat.CATEGORY_REMINDER)
                .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
                .setPublicVersion(lockScreen)
                .setContentIntent(open)
                .setAutoCancel(true)
                .build()
        manager.notify(id, 0, notification)
        return Result.success()
    }

    companion object {
        const val ID = "id"
        const val TITLE = "title"
        const val BODY = "body"
    }
}
