package app.familytime.android

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.ComponentName
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import app.familytime.core.Disguise
import app.familytime.ui.Host

/** What the UI asks of the phone, done with Android's own means. */
class AndroidHost(
    private val activity: Activity,
) : Host {
    /**
     * Opens the phone's dialler with the number typed in, for the child to press call;
     * nothing is dialled for them. A tablet may have no dialler: the number stays on
     * the screen, large enough to read out.
     */
    override fun dial(number: String) {
        try {
            activity.startActivity(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", number, null)))
        } catch (e: ActivityNotFoundException) {
            // Nothing to open; the screen already shows the number.
        }
    }

    /**
     * Quick exit: the phone's home screen at once, with no animation, and the app gone
     * from recents, so someone looking over the child's shoulder sees nothing of it.
     */
    override fun quickExit() {
        activity.startActivity(
            Intent(Intent.ACTION_MAIN)
                .addCategory(Intent.CATEGORY_HOME)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
        )
        activity.finishAndRemoveTask()
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) {
            activity.overrideActivityTransition(Activity.OVERRIDE_TRANSITION_CLOSE, 0, 0)
        } else {
            @Suppress("DEPRECATION")
            activity.overridePendingTransition(0, 0)
        }
    }

    /**
     * The launcher shows the app under [disguise]'s name and picture: its activity-alias
     * enabled, every other one disabled, without stopping the app. The launcher may take a
     * moment to redraw.
     */
    override fun showAs(disguise: Disguise) {
        val packages = activity.packageManager
        LAUNCHERS.forEach { (each, alias) ->
            val state =
                if (each == disguise) {
                    PackageManager.COMPONENT_ENABLED_STATE_ENABLED
                } else {
                    PackageManager.COMPONENT_ENABLED_STATE_DISABLED
                }
            packages.setComponentEnabledSetting(
                ComponentName(activity, "${activity.packageName}.$alias"),
                state,
                PackageManager.DONT_KILL_APP,
            )
        }
    }

    private companion object {
        /** Each disguise's activity-alias in the manifest. */
        val LAUNCHERS =
            mapOf(
                Disguise.FAMILY_TIME to "FamilyTimeLauncher",
                Disguise.NOTES to "NotesLauncher",
                Disguise.PLANNER to "PlannerLauncher",
            )
    }
}
