package app.familytime.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import app.familytime.core.Biometrics
import app.familytime.core.FamilyTime
import app.familytime.core.FamilyTimeException
import app.familytime.core.Message
import app.familytime.ui.design.Body
import app.familytime.core.ChromeView
import app.familytime.core.CodeOutcome
import app.familytime.core.Place
import app.familytime.core.Settings
import app.familytime.core.SyncState
import app.familytime.ui.design.FamilyTimeTheme
import app.familytime.ui.navigation.BackStack
import app.familytime.ui.navigation.Route
import app.familytime.ui.screens.CalendarEvent
import app.familytime.ui.screens.ChangesScreen
import app.familytime.ui.screens.FirstOpenEvent
import app.familytime.ui.screens.FirstOpenScreen
import app.familytime.ui.screens.FirstOpenState
import app.familytime.ui.screens.FirstOpenStep
import app.familytime.ui.screens.NotesEvent
import app.familytime.ui.screens.NotesScreen
import app.familytime.ui.screens.SettingsEvent
import app.familytime.ui.screens.SettingsScreen
import app.familytime.ui.screens.HomeEvent
import app.familytime.ui.screens.HomeScreen
import app.familytime.ui.screens.MonthScreen
import app.familytime.ui.screens.OutboxScreen
import app.familytime.ui.screens.PersonEvent
import app.familytime.ui.screens.PersonScreen
import app.familytime.ui.screens.RightsScreen
import app.familytime.ui.screens.SessionEvent
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
 * The child's app: a back stack of screens over the `FamilyTime` that [open] gives (it is
 * called off the main thread), each read from the core off the main thread and drawn by
 * its stateless screen. A phone that has not joined the council's server at [server]
 * starts with first open. [backStack] is the platform's, so its back gesture can pop it.
 * [away] is true while the app is in the background (the platform's lifecycle): the core
 * then decides whether the lock is due again. [biometrics] is the phone's fingerprint or face.
 */
@Composable
fun FamilyTimeApp(
    open: () -> FamilyTime,
    host: Host,
    server: String,
    backStack: BackStack,
    biometrics: Biometrics,
    away: Boolean = false,
    dark: Boolean = isSystemInDarkTheme(),
) {
    // Opened once for the life of this screen; [open] is the process's one store.
    val opened by produceState<Loaded<FamilyTime>>(Loaded.Loading) {
        value = try {
            val app = io(open)
            if (io { app.syncStatus().state } == SyncState.NOT_JOINED) backStack.restart(Route.FirstOpen)
            Loaded.Ready(app)
        } catch (e: FamilyTimeException) {
            Loaded.Failed(e.message ?: e.javaClass.simpleName)
        }
    }
    when (val app = opened) {
        Loaded.Loading -> Unit
        // The store could not be opened: the core's words for why.
        is Loaded.Failed -> Body(app.message)
        is Loaded.Ready -> App(app.view, host, server, backStack, biometrics, away, dark)
    }
}

@Composable
private fun App(app: FamilyTime, host: Host, server: String, stack: BackStack, biometrics: Biometrics, away: Boolean, dark: Boolean) {
    // Bumped after anything the child does that changes what screens show.
    var changed by remember { mutableIntStateOf(0) }
    var hidden by remember { mutableStateOf(false) }
    // Null until the core has said, and while away: nothing of the child's shows before the lock.
    var locked by remember { mutableStateOf<Boolean?>(null) }
    val scope = rememberCoroutineScope()
    LaunchedEffect(away) {
        if (away) {
            locked = null
            io { app.appLeft() }
        } else {
            locked = io { app.appReturned() }
        }
    }
    if (hidden || locked == null) {
        // Quick exit, or not yet known to be unlocked: nothing to see, not even for a moment.
        Box(Modifier.fillMaxSize().clearAndSetSemantics {})
        return
    }
    val frame by loadFromCore(changed) { Frame(app.chrome(), app.syncStatus().text) }
    val ready = (frame as? Loaded.Ready)?.view ?: return
    val quickExit = {
        hidden = true
        host.quickExit()
    }
    if (locked == true) {
        FamilyTimeTheme(ready.chrome.band, dark) {
            LockGate(app, host, ready.chrome, biometrics, scope, onQuickExit = quickExit) { reset ->
                locked = false
                // A PIN reset with the social worker's code: a new one is chosen next.
                if (reset) stack.push(Route.PinSetup)
                changed++
            }
        }
        return
    }
    // From the menu, a place is read afresh: a sync may have brought answers since.
    val toPlace: (Place) -> Unit = { place ->
        scope.launch {
            stack.jumpTo(io { routeFor(place, app) }, Route.Home)
            changed++
        }
    }
    FamilyTimeTheme(ready.chrome.band, dark) {
        AppScaffold(
            chrome = ready.chrome,
            status = ready.status,
            canGoBack = stack.canGoBack,
            onBack = { stack.pop() },
            // No menu before the phone has joined: there is nothing to go to yet.
            onPlace = toPlace.takeIf { stack.top != Route.FirstOpen },
            onUnsafe = { stack.push(Route.Unsafe) },
            onQuickExit = quickExit,
        ) {
            Screen(stack.top, app, Outside(host, server, biometrics), stack, changed, scope) { changed++ }
        }
    }
}

/** What the app reaches outside itself: the phone's services and the council's server. */
private class Outside(val host: Host, val server: String, val biometrics: Biometrics)

/** What every screen carries, read with the screen. */
private data class Frame(val chrome: ChromeView, val status: String)

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
    outside: Outside,
    stack: BackStack,
    changed: Int,
    scope: CoroutineScope,
    onChanged: () -> Unit,
) {
    when (route) {
        Route.FirstOpen -> FirstOpenHolder(app, outside.server, stack, changed, scope, onChanged)
        Route.Home -> Holder(route, changed, read = { app.home() to app.checkInPrompts() }) { (view, prompts) ->
            HomeScreen(view, prompts) { event ->
                when (event) {
                    is HomeEvent.OpenPerson -> stack.push(Route.Person(event.id))
                    is HomeEvent.OpenSession -> stack.push(Route.Session(event.id))
                    HomeEvent.OpenChanges -> stack.push(Route.Changes)
                    is HomeEvent.CheckIn -> stack.push(Route.CheckIn(event.prompt.session, event.prompt.moment))
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
        is Route.Person -> {
            var offerPutAway by remember(route) { mutableStateOf(false) }
            Holder(route, changed, read = { app.person(route.id) to app.feelingsLine(route.id) }) { (view, line) ->
                if (view == null) return@Holder
                PersonScreen(view, line?.let { if (offerPutAway) it.copy(offer = null) else it }) { event ->
                    when (event) {
                        is PersonEvent.OpenSession -> stack.push(Route.Session(event.id))
                        is PersonEvent.HowOftenFelt -> scope.launch {
                            val offered = io { app.suggestedRequest(route.id, event.feeling) } ?: return@launch
                            io { app.saveDraft(DRAFT_ID, offered) }
                            stack.push(Route.Tell(route.id))
                        }
                        PersonEvent.Tell -> stack.push(Route.Tell(route.id))
                        PersonEvent.NotNow -> offerPutAway = true
                        PersonEvent.FeelUnsafe -> stack.push(Route.Unsafe)
                    }
                }
            }
        }
        is Route.Session -> {
            val read = { app.session(route.id) to app.checkInPrompts().filter { it.session == route.id } }
            Holder(route, changed, read = read) { (view, prompts) ->
                if (view == null) return@Holder
                SessionScreen(view, prompts) { event ->
                    when (event) {
                        is SessionEvent.OpenPerson -> stack.push(Route.Person(event.id))
                        is SessionEvent.CheckIn -> stack.push(Route.CheckIn(route.id, event.moment))
                    }
                }
            }
        }
        is Route.CheckIn -> CheckInHolder(route, app, stack, changed, scope, onChanged)
        is Route.Share -> ShareHolder(route, app, stack, changed, scope, onChanged)
        Route.Privacy -> PrivacyHolder(app, outside.host, outside.biometrics, stack, changed, scope, onChanged)
        Route.PinSetup -> PinSetupHolder(app, stack, scope, onChanged)
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
        Route.Unsafe -> UnsafeHolder(app, outside.host, changed, onChanged)
        Route.Settings -> SettingsHolder(app, stack, changed, scope, onChanged)
        Route.Notes -> NotesHolder(app, changed, scope, onChanged)
    }
}

@Composable
private fun FirstOpenHolder(
    app: FamilyTime,
    server: String,
    stack: BackStack,
    changed: Int,
    scope: CoroutineScope,
    onChanged: () -> Unit,
) {
    var state by remember { mutableStateOf(FirstOpenState()) }
    Holder(Route.FirstOpen, changed, read = app::firstOpen) { view ->
        FirstOpenScreen(view, state) { event ->
            when (event) {
                is FirstOpenEvent.Language -> change(app, scope, onChanged) { it.copy(language = event.language) }
                is FirstOpenEvent.TypeCode -> state = state.copy(code = event.code, problem = null)
                FirstOpenEvent.Join -> {
                    state = state.copy(checking = true, problem = null)
                    scope.launch {
                        state = when (val outcome = app.enterCode(server, state.code)) {
                            CodeOutcome.Joined -> {
                                // The plan comes with the first sync; without a network it comes later.
                                trySync(app)
                                state.copy(checking = false, joined = true, step = FirstOpenStep.WORD)
                            }
                            is CodeOutcome.Problem -> state.copy(checking = false, problem = outcome.view)
                        }
                        onChanged()
                    }
                }
                is FirstOpenEvent.Word -> {
                    state = state.copy(ownWord = "")
                    change(app, scope, onChanged) { it.copy(familyTimeWord = event.word) }
                }
                is FirstOpenEvent.OwnWord -> {
                    state = state.copy(ownWord = event.text)
                    change(app, scope, onChanged) { it.copy(familyTimeWord = event.text.trim().ifEmpty { null }) }
                }
                is FirstOpenEvent.Age -> change(app, scope, onChanged) { it.copy(ageBand = event.band) }
                FirstOpenEvent.Next -> when (state.step) {
                    FirstOpenStep.AGE -> stack.jumpTo(Route.Home, Route.Home)
                    else -> state = state.copy(step = FirstOpenStep.entries[state.step.ordinal + 1])
                }
            }
        }
    }
}

/** Who can help right now. The urgent message is queued as the screen opens; it goes when the server can be reached. */
@Composable
internal fun UnsafeHolder(app: FamilyTime, host: Host, changed: Int, onChanged: () -> Unit) {
    LaunchedEffect(Unit) {
        io { app.raiseUnsafe() }
        trySync(app)
        onChanged()
    }
    Holder(Route.Unsafe, changed, read = app::unsafeNow) { UnsafeScreen(it, host::dial) }
}

@Composable
private fun SettingsHolder(app: FamilyTime, stack: BackStack, changed: Int, scope: CoroutineScope, onChanged: () -> Unit) {
    var own by remember { mutableStateOf<String?>(null) }
    Holder(Route.Settings, changed, read = app::settingsScreen) { view ->
        SettingsScreen(view, own ?: view.ownWord.orEmpty()) { event ->
            when (event) {
                is SettingsEvent.Language -> change(app, scope, onChanged) { it.copy(language = event.language) }
                is SettingsEvent.Age -> change(app, scope, onChanged) { it.copy(ageBand = event.band) }
                is SettingsEvent.Word -> {
                    own = ""
                    change(app, scope, onChanged) { it.copy(familyTimeWord = event.word) }
                }
                is SettingsEvent.OwnWord -> {
                    own = event.text
                    change(app, scope, onChanged) { it.copy(familyTimeWord = event.text.trim().ifEmpty { null }) }
                }
                is SettingsEvent.ReminderDetails -> change(app, scope, onChanged) { it.copy(reminderDetails = event.on) }
                SettingsEvent.Privacy -> stack.push(Route.Privacy)
            }
        }
    }
}

@Composable
private fun NotesHolder(app: FamilyTime, changed: Int, scope: CoroutineScope, onChanged: () -> Unit) {
    var typed by remember { mutableStateOf("") }
    var asking by remember { mutableStateOf<Long?>(null) }
    Holder(Route.Notes, changed, read = app::notesScreen) { view ->
        NotesScreen(view, typed, asking) { event ->
            when (event) {
                is NotesEvent.Type -> typed = event.text
                NotesEvent.Save -> if (typed.isNotBlank()) {
                    val text = typed
                    typed = ""
                    scope.launch {
                        io { app.addNote(text, null) }
                        onChanged()
                    }
                }
                is NotesEvent.Delete -> asking = event.id
                NotesEvent.DeleteNo -> asking = null
                NotesEvent.DeleteYes -> {
                    val id = asking ?: return@NotesScreen
                    asking = null
                    scope.launch {
                        io { app.deleteNote(id) }
                        onChanged()
                    }
                }
            }
        }
    }
}

/** Saves the child's choice; every screen then speaks with it. */
private fun change(app: FamilyTime, scope: CoroutineScope, onChanged: () -> Unit, edit: (Settings) -> Settings) =
    act(scope, onChanged) { app.setSettings(edit(app.settings())) }

/** A choice the core keeps, then every screen read again. */
internal fun act(scope: CoroutineScope, onChanged: () -> Unit, call: () -> Unit) {
    scope.launch {
        try {
            io(call)
        } catch (_: FamilyTimeException) {
            // A choice the core refuses is not kept; the screen, read again, shows what is.
        }
        onChanged()
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
internal suspend fun trySync(app: FamilyTime) {
    try {
        app.sync()
    } catch (_: FamilyTimeException) {
        // Kept in the outbox; the background sync the core asked for tries again.
    }
}

internal suspend fun <T> io(call: () -> T): T = withContext(Dispatchers.IO) { call() }

/** Shows [content] once [read] has given the view model; the core's words if it failed. */
@Composable
internal fun <T> Holder(route: Route, changed: Int, read: () -> T, content: @Composable (T) -> Unit) {
    when (val loaded = loadFromCore(route, changed, read = read).value) {
        Loaded.Loading -> Unit
        is Loaded.Failed -> Body(loaded.message)
        is Loaded.Ready -> content(loaded.view)
    }
}
