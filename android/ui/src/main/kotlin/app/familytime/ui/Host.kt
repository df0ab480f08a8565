package app.familytime.ui

import app.familytime.core.Disguise

/**
 * What only the phone (or the desktop) can do, asked for by the UI. The Android app
 * implements it with Android APIs; the desktop host and the tests implement it too.
 */
interface Host {
    /** Opens the dialler with [number] ready to call; the child presses call themselves. */
    fun dial(number: String)

    /** Hides the app at once and takes it out of the recent apps. */
    fun quickExit()

    /** Shows the app on the phone under the name and picture of [disguise]. */
    fun showAs(disguise: Disguise)
}
