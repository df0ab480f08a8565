package app.familytime.ui.navigation

import androidx.compose.runtime.Stable
import androidx.compose.runtime.mutableStateListOf
import app.familytime.core.Moment
import java.time.LocalDate

/** Where the child is. Each is one screen; the stack of them is the way back. */
sealed interface Route {
    /** Language, the code, the word for family time, the age band: before the phone has joined. */
    data object FirstOpen : Route
    data object Home : Route
    data class Week(val day: LocalDate) : Route
    data class Month(val year: Int, val month: Int) : Route
    data class Person(val id: String) : Route
    data class Session(val id: String) : Route
    data object Changes : Route
    data object Rights : Route
    /** [about] is the person a change request would be about, when the child came from their page. */
    data class Tell(val about: String? = null) : Route
    data object Outbox : Route
    data object Unsafe : Route
    data object Settings : Route
    data object Notes : Route
    /** How the child feels about [session], before or after it. */
    data class CheckIn(val session: String, val moment: Moment) : Route
    /** Showing exactly what sharing [checkIns] with helper [to] sends; [to] is the first helper until the child picks. */
    data class Share(val checkIns: List<Long>, val to: String? = null) : Route
    /** The lock, the disguise and the "How was it?" reminder, from Settings. */
    data object Privacy : Route
    /** Choosing a PIN: from Privacy, and after a forgotten one was reset. */
    data object PinSetup : Route
}

/** The screens the child went through, newest last; the first is never popped. */
@Stable
class BackStack(start: Route) {
    private val routes = mutableStateListOf(start)

    val top: Route get() = routes.last()
    val canGoBack: Boolean get() = routes.size > 1

    fun push(route: Route) {
        if (route != top) routes.add(route)
    }

    /** Replaces the top screen: moving week to week is not a trail to walk back through. */
    fun replaceTop(route: Route) {
        routes[routes.lastIndex] = route
    }

    fun pop(): Boolean {
        if (!canGoBack) return false
        routes.removeAt(routes.lastIndex)
        return true
    }

    /** Only [route], nothing to go back to: where the app starts over. */
    fun restart(route: Route) {
        routes.clear()
        routes.add(route)
    }

    /** Straight to [route] from the menu, with home under it. */
    fun jumpTo(route: Route, home: Route) {
        routes.clear()
        routes.add(home)
        push(route)
    }
}
