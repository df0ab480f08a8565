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
    return listOfNotNull(
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
    )
}
