package app.familytime.desktop

import androidx.compose.runtime.Composable
import app.familytime.core.FamilyTime
import app.familytime.core.Next
import app.familytime.ui.AppScaffold
import app.familytime.ui.design.FamilyTimeTheme
import app.familytime.ui.screens.ChangesScreen
import app.familytime.ui.screens.HomeScreen
import app.familytime.ui.screens.MonthScreen
import app.familytime.ui.screens.OutboxScreen
import app.familytime.ui.screens.PersonScreen
import app.familytime.ui.screens.RightsScreen
import app.familytime.ui.screens.SessionScreen
import app.familytime.ui.screens.TellScreen
import app.familytime.ui.screens.UnsafeScreen
import app.familytime.ui.screens.WeekScreen
import app.familytime.core.Message
import app.familytime.core.AgeBand
import app.familytime.core.CodeOutcome
import app.familytime.jvm.Phone
import app.familytime.ui.screens.FirstOpenScreen
import app.familytime.ui.screens.FirstOpenState
import app.familytime.ui.screens.FirstOpenStep
import app.familytime.ui.screens.NotesScreen
import app.familytime.ui.screens.SettingsScreen
import kotlinx.coroutines.runBlocking

/** One screen drawn from the core's view model, as the child would see it. */
class Shot(val name: String, val content: @Composable () -> Unit)

/**
 * Every screen of the app for the child on [app], read from the real core: the pictures
 * the tests compare and the headless desktop app writes. Taps do nothing here.
 */
fun gallery(app: FamilyTime, dark: Boolean = false): List<Shot> {
    val home = app.home()
    val band = app.settings().ageBand ?: home.child.ageBand
    val chrome = app.chrome()
    val status = app.syncStatus().text
    // Each screen in the frame every screen has: back, the menu, "I feel unsafe", "Quick exit".
    fun shot(name: String, content: @Composable () -> Unit) = Shot(name) {
        FamilyTimeTheme(band, dark) {
            AppScaffold(chrome, canGoBack = name != "home", onBack = {}, onPlace = {}, onUnsafe = {}, onQuickExit = {}, status = status) {
                content()
            }
        }
    }
    // First open's last two steps come after the code worked and the plan arrived.
    fun joinedStep(step: FirstOpenStep) = Shot("first-open-${step.name.lowercase()}") {
        FamilyTimeTheme(band, dark) {
            AppScaffold(chrome, canGoBack = false, onBack = {}, onPlace = null, onUnsafe = {}, onQuickExit = {}, status = status) {
                FirstOpenScreen(app.firstOpen(), FirstOpenState(step, joined = step == FirstOpenStep.WORD)) {}
            }
        }
    }
    // The person the child sees next, and that session: the pages a child opens most.
    val person = home.people.firstOrNull { it.next is Next.Session } ?: home.people.first()
    val personView = app.person(person.person.id)!!
    val session = (person.next as? Next.Session)?.session ?: personView.past.firstOrNull()
    val week = app.week(home.today)
    val month = app.month(home.today.year, home.today.monthValue.toUInt())
    val changes = app.changes()
    val rights = app.rights()
    val tell = app.tell(null)
    val draft = Message(tell.helpers.first().helper.id, tell.topics.first().value, null, null, null, "")
    val unsafe = app.unsafeNow()
    val outbox = app.outboxScreen()
    val settings = app.settingsScreen()
    val notes = app.notesScreen()
    return beforeJoining(app.settings().language, dark) + listOfNotNull(
        joinedStep(FirstOpenStep.WORD),
        joinedStep(FirstOpenStep.AGE),
        shot("home") { HomeScreen(home) {} },
        shot("week") { WeekScreen(week) {} },
        shot("month") { MonthScreen(month, home.today) {} },
        shot("person") { PersonScreen(personView) {} },
        session?.let { card -> app.session(card.id) }?.let { detail -> shot("session") { SessionScreen(detail) {} } },
        shot("changes") { ChangesScreen(changes) {} },
        shot("rights") { RightsScreen(rights) },
        shot("tell") { TellScreen(tell, draft) {} },
        shot("outbox") { OutboxScreen(outbox) },
        shot("unsafe") { UnsafeScreen(unsafe) {} },
        shot("settings") { SettingsScreen(settings, settings.ownWord.orEmpty()) {} },
        shot("notes") { NotesScreen(notes, typed = "", asking = null) {} },
    )
}

/**
 * First open's first two steps on a new phone in [language]: nothing joined, no plan
 * yet. The code step shows what a child reads when the phone cannot reach the council.
 */
private fun beforeJoining(language: String, dark: Boolean): List<Shot> = Phone(language).use { phone ->
    val app = phone.app
    app.setSettings(app.settings().copy(language = language))
    val chrome = app.chrome()
    val status = app.syncStatus().text
    val problem = runBlocking { app.enterCode(Samples.NOBODY, "ABCD EFGH JKMN PQRS") } as CodeOutcome.Problem
    val view = app.firstOpen()
    listOf(
        FirstOpenState(FirstOpenStep.LANGUAGE),
        FirstOpenState(FirstOpenStep.CODE, code = "ABCD EFGH JKMN PQRS", problem = problem.view),
    ).map { state ->
        Shot("first-open-${state.step.name.lowercase()}") {
            // Before a plan, the middle band's look, as the app has it.
            FamilyTimeTheme(AgeBand.MIDDLE, dark) {
                AppScaffold(chrome, canGoBack = false, onBack = {}, onPlace = null, onUnsafe = {}, onQuickExit = {}, status = status) {
                    FirstOpenScreen(view, state) {}
                }
            }
        }
    }
}
