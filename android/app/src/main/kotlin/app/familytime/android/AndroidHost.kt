package app.familytime.android

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.os.Build
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
}
