package app.familytime.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import app.familytime.core.FamilyTime
import app.familytime.core.FamilyTimeException
import app.familytime.core.Message
import app.familytime.ui.design.Body
import app.familytime.core.AgeBand
import app.familytime.core.ChromeView
import app.familytime.core.Place
import app.familytime.ui.design.FamilyTimeTheme
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import app.familytime.ui.screens.CalendarEvent
import app.familytime.ui.screens.ChangesScreen
import app.familytime.ui.screens.HomeEvent
import app.familytime.ui.screens.HomeScreen
import app.familytime.ui.screens.MonthScreen
import app.familytime.ui.screens.OutboxScreen
import app.familytime.ui.screens.PersonEvent
import app.familytime.ui.screens.PersonScreen
import app.familytime.ui.screens.RightsScreen
import app.familytime.ui.screens.SessionScreen
import app.familytime.ui.screens.TellEvent
import app.familytime.ui.screens.TellScreen
import app.familytime.ui.screens.UnsafeScreen
import app.familytime.ui.screens.WeekScreen
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import java.time.LocalDate

/** The draft the child is writing; one at a time, kept by the core as they type. */
const val DRAFT_ID = "tell"

/**
 * The child's app: a back stack of screens over [app], each read from the core off the
 * main thread and drawn by its stateless screen. [dark] follows the phone's setting.
 */
@Composable
fun FamilyTimeApp(app: FamilyTime, host: Host, dark: Boolean, start: Route = Route.Home) {
    val stack = remember { BackStack(start) }
    // Bumped after anything the child does that changes what screens show.
    var changed by remember { mutableIntStateOf(0) }
    var hidden by remember { mutableStateOf(false) }
    val scope = rememberCoroutineScope()
    if (hidden) {
        // Quick exit: nothing left to see, even for a moment before the host hides the window.
        Box(Modifier.fillMaxSize().clearAndSetSemantics {})
        return
    }
    val frame by loadFromCore(changed) { Frame(app.chrome(), app.syncStatus().text, bandOf(app)) }
    val ready = (frame as? Loaded.Ready)?.view ?: return
    FamilyTimeTheme(ready.band, dark) {
        AppScaffold(
            // Settings and notes have no screens here yet: the menu does not offer them.
            chrome = ready.chrome.copy(places = ready.chrome.places.filter { it.place !in NOT_YET }),
            status = ready.status,
            canGoBack = stack.canGoBack,
            onBack = { stack.pop() },
            // From the menu, a place is read afresh: a sync may have brought answers since.
            onPlace = { place ->
                scope.launch {
                    stack.jumpTo(io { routeFor(place, app) }, Route.Home)
                    changed++
                }
            },
            onUnsafe = { stack.push(Route.Unsafe) },
            onQuickExit = {
                hidden = true
                host.quickExit()
            },
        ) {
            Screen(stack.top, app, host, stack, changed, scope) { changed++ }
        }
    }
}

private val NOT_YET = setOf(Place.SETTINGS, Place.NOTES)

/** What every screen carries, read with the screen. */
private data class Frame(val chrome: ChromeView, val status: String, val band: AgeBand)

/** The band the child chose, or their plan's; before any plan, the middle one. */
private fun bandOf(app: FamilyTime): AgeBand = app.settings().ageBand
    ?: try {
        app.home().child.ageBand
    } catch (_: FamilyTimeException.NoPlan) {
        AgeBand.MIDDLE
    }

private fun routeFor(place: Place, app: FamilyTime): Route {
    val today = app.home().today
    return when (place) {
        Place.HOME -> Route.Home
        Place.WEEK -> Route.Week(today)
        Place.MONTH -> Route.Month(today.year, today.monthValue)
        Place.CHANGES -> Route.Changes
        Place.RIGHTS -> Route.Rights
        Place.TELL -> Route.Tell()
        Place.OUTBOX -> Route.Outbox
        Place.NOTES -> Route.Notes
        Place.SETTINGS -> Route.Settings
    }
}

/** Each route's holder: reads its view model and turns taps into calls and moves. */
@Composable
private fun Screen(
    route: Route,
    app: FamilyTime,
    host: Host,
    stack: BackStack,
    changed: Int,
    scope: CoroutineScope,
    onChanged: () -> Unit,
) {
    when (route) {
        Route.Home -> Holder(route, changed, read = app::home) { view ->
            HomeScreen(view) { event ->
                when (event) {
                    is HomeEvent.OpenPerson -> stack.push(Route.Person(event.id))
                    is HomeEvent.OpenSession -> stack.push(Route.Session(event.id))
                    HomeEvent.OpenChanges -> stack.push(Route.Changes)
                }
            }
        }
        is Route.Week -> Holder(route, changed, read = { app.week(route.day) }) { view ->
            WeekScreen(view) { event ->
                when (event) {
                    CalendarEvent.Today -> stack.replaceTop(Route.Week(view.today))
                    CalendarEvent.Switch -> stack.replaceTop(Route.Month(route.day.year, route.day.monthValue))
                    else -> calendar(event, route, stack)
                }
            }
        }
        is Route.Month -> {
            var picked by remember(route) { mutableStateOf<LocalDate?>(null) }
            Holder(route, changed, read = { app.month(route.year, route.month.toUInt()) }) { view ->
                MonthScreen(view, picked ?: view.today.takeIf { it.monthValue == route.month }) { event ->
                    when (event) {
                        is CalendarEvent.PickDay -> picked = event.day
                        CalendarEvent.Today -> stack.replaceTop(Route.Month(view.today.year, view.today.monthValue))
                        CalendarEvent.Switch -> stack.replaceTop(Route.Week(picked ?: LocalDate.of(route.year, route.month, 1)))
                        else -> calendar(event, route, stack)
                    }
                }
            }
        }
        is Route.Person -> Holder(route, changed, read = { app.person(route.id) }) { view ->
            if (view == null) return@Holder
            PersonScreen(view) { event ->
                when (event) {
                    is PersonEvent.OpenSession -> stack.push(Route.Session(event.id))
                    is PersonEvent.HowOftenFelt -> scope.launch {
                        val offered = io { app.suggestedRequest(route.id, event.feeling) } ?: return@launch
                        io { app.saveDraft(DRAFT_ID, offered) }
                        stack.push(Route.Tell(route.id))
                    }
                }
            }
        }
        is Route.Session -> Holder(route, changed, read = { app.session(route.id) }) { view ->
            if (view != null) SessionScreen(view) { stack.push(Route.Person(it)) }
        }
        Route.Changes -> Holder(route, changed, read = app::changes) { view ->
            ChangesScreen(view) { upTo ->
                scope.launch {
                    io { app.markChangesSeen(upTo) }
                    onChanged()
                    stack.pop()
                }
            }
        }
        Route.Rights -> Holder(route, changed, read = app::rights) { RightsScreen(it) }
        is Route.Tell -> TellHolder(route, app, stack, scope, onChanged)
        Route.Outbox -> Holder(route, changed, read = app::outboxScreen) { OutboxScreen(it) }
        Route.Unsafe -> {
            // The urgent message is queued as the screen opens; it goes when the server can be reached.
            LaunchedEffect(Unit) {
                io { app.raiseUnsafe() }
                trySync(app)
                onChanged()
            }
            Holder(route, changed, read = app::unsafeNow) { UnsafeScreen(it, host::dial) }
        }
        Route.Settings, Route.Notes -> Unit
    }
}

private fun calendar(event: CalendarEvent, route: Route, stack: BackStack) {
    when (event) {
        is CalendarEvent.OpenSession -> stack.push(Route.Session(event.id))
        is CalendarEvent.Move -> when (route) {
            is Route.Week -> stack.replaceTop(Route.Week(route.day.plusWeeks(event.by.toLong())))
            is Route.Month -> {
                val month = LocalDate.of(route.year, route.month, 1).plusMonths(event.by.toLong())
                stack.replaceTop(Route.Month(month.year, month.monthValue))
            }
            else -> Unit
        }
        CalendarEvent.Today, CalendarEvent.Switch -> Unit
        is CalendarEvent.PickDay -> Unit
    }
}

@Composable
private fun TellHolder(route: Route.Tell, app: FamilyTime, stack: BackStack, scope: CoroutineScope, onChanged: () -> Unit) {
    var draft by remember(route) { mutableStateOf<Message?>(null) }
    Holder(route, 0, read = { app.tell(route.about) to app.drafts().firstOrNull { it.id == DRAFT_ID }?.message }) { (view, kept) ->
        val current = draft ?: kept ?: Message(
            to = view.helpers.first().helper.id,
            topic = view.topics.first().value,
            change = null,
            aboutPerson = route.about,
            aboutSession = null,
            text = "",
        )
        TellScreen(view, current) { event ->
            val next = when (event) {
                is TellEvent.To -> current.copy(to = event.helper)
                is TellEvent.About -> current.copy(topic = event.topic)
                is TellEvent.Asking -> current.copy(change = event.change)
                is TellEvent.Write -> current.copy(text = event.text)
                TellEvent.Send -> null
            }
            if (next != null) {
                draft = next
                scope.launch { io { app.saveDraft(DRAFT_ID, next) } }
            } else {
                scope.launch {
                    io { app.saveDraft(DRAFT_ID, current) }
                    io { app.send(DRAFT_ID) }
                    draft = null
                    stack.replaceTop(Route.Outbox)
                    trySync(app)
                    onChanged()
                }
            }
        }
    }
}

/** A sync now if the server can be reached; if not, what waits goes with the next one. */
private suspend fun trySync(app: FamilyTime) {
    try {
        app.sync()
    } catch (_: FamilyTimeException) {
        // Kept in the outbox; the background sync the core asked for tries again.
    }
}

private suspend fun <T> io(call: () -> T): T = withContext(Dispatchers.IO) { call() }

/** Shows [content] once [read] has given the view model; the core's words if it failed. */
@Composable
private fun <T> Holder(route: Route, changed: Int, read: () -> T, content: @Composable (T) -> Unit) {
    when (val loaded = loadFromCore(route, changed, read = read).value) {
        Loaded.Loading -> Unit
        is Loaded.Failed -> Body(loaded.message)
        is Loaded.Ready -> content(loaded.view)
    }
}
