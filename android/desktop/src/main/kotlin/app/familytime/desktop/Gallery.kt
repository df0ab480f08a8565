package app.familytime.desktop

import androidx.compose.runtime.Composable
import app.familytime.core.FamilyTime
import app.familytime.core.Next
import app.familytime.core.LockView
import app.familytime.core.Moment
import app.familytime.core.UnlockOutcome
import app.familytime.ui.AppScaffold
import app.familytime.ui.LockedFrame
import app.familytime.ui.screens.CheckInScreen
import app.familytime.ui.screens.ForgotPinScreen
import app.familytime.ui.screens.LockScreen
import app.familytime.ui.screens.PinSetupScreen
import app.familytime.ui.screens.PrivacyScreen
import app.familytime.ui.screens.ShareScreen
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
 * Every screen of the app for the child on [phone] (a sample's, see [Samples.phone]), read
 * from the real core: the pictures the tests compare and the headless desktop app writes.
 * Taps do nothing here.
 */
fun gallery(phone: Phone, dark: Boolean = false): List<Shot> {
    val app = phone.app
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
    // The locked app has no frame: nothing but the lock screen's own ways in and out.
    fun locked(name: String, content: @Composable () -> Unit) = Shot(name) { FamilyTimeTheme(band, dark) { LockedFrame(content) } }
    // First open's last two steps come after the code worked and the plan arrived.
    fun joinedStep(step: FirstOpenStep) = Shot("first-open-${step.name.lowercase()}") {
        FamilyTimeTheme(band, dark) {
            AppScaffold(chrome, canGoBack = false, onBack = {}, onPlace = null, onUnsafe = {}, onQuickExit = {}, status = status) {
                FirstOpenScreen(app.firstOpen(), FirstOpenState(step, joined = step == FirstOpenStep.WORD)) {}
            }
        }
    }
    // The person the child sees next, and that session: the pages a child opens most.
    val person = Samples.nextPerson(app)
    val personView = app.person(person.person.id)!!
    val line = app.feelingsLine(person.person.id)
    val session = (person.next as? Next.Session)?.session ?: personView.past.firstOrNull()
    val prompts = app.checkInPrompts()
    // A check-in open now if there is one; else the one before the next family time, not open yet.
    val checkIn = prompts.firstOrNull()?.let { app.checkInScreen(it.session, it.moment) }
        ?: session?.let { app.checkInScreen(it.id, Moment.BEFORE) }
    val shared = app.checkIns().filter { it.people.contains(person.person.id) }.take(1).map { it.id }
    val share = shared.takeIf { it.isNotEmpty() }?.let { app.shareCheckIns(it, app.tell(null).helpers.first().helper.id) }
    val (lock, waiting) = lockScreens(phone)
    val privacy = app.privacyScreen(ScriptedBiometrics(available = true))
    val pinSetup = app.pinSetupScreen()
    val forgot = app.forgotPinScreen()
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
        shot("home") { HomeScreen(home, prompts) {} },
        shot("week") { WeekScreen(week) {} },
        shot("month") { MonthScreen(month, home.today) {} },
        shot("person") { PersonScreen(personView, line) {} },
        session?.let { card -> app.session(card.id) }?.let { detail ->
            shot("session") { SessionScreen(detail, prompts.filter { it.session == detail.session.id }) {} }
        },
        checkIn?.let { view -> shot("check-in") { CheckInScreen(view, view.feelings.firstOrNull { it.selected }?.feeling, view.ownWords.orEmpty()) {} } },
        share?.let { view -> shot("share") { ShareScreen(view) {} } },
        shot("changes") { ChangesScreen(changes) {} },
        shot("rights") { RightsScreen(rights) },
        shot("tell") { TellScreen(tell, draft) {} },
        shot("outbox") { OutboxScreen(outbox) },
        shot("unsafe") { UnsafeScreen(unsafe) {} },
        shot("settings") { SettingsScreen(settings, settings.ownWord.orEmpty()) {} },
        shot("notes") { NotesScreen(notes, typed = "", asking = null) {} },
        shot("privacy") { PrivacyScreen(privacy) {} },
        shot("pin-setup") { PinSetupScreen(pinSetup, pin = "", again = "") {} },
        locked("lock") { LockScreen(lock, pin = "") {} },
        locked("lock-wait") { LockScreen(waiting, pin = "") {} },
        locked("forgot-pin") { ForgotPinScreen(forgot, code = "") {} },
    )
}

/**
 * The lock screen as someone else opening the phone meets it (a second `FamilyTime` on the
 * same store, so locked), and after six wrong guesses: a wait. Any wait left from before is
 * over two hours on, where the right PIN starts the count again, so each call draws the same.
 */
private fun lockScreens(phone: Phone): Pair<LockView, LockView> = phone.open().use { other ->
    other.pinNowForTests(Samples.previewNow.plusSeconds(2 * 3600))
    check(other.enterPin(Samples.PIN) is UnlockOutcome.Unlocked)
    other.pinNowForTests(Samples.previewNow)
    val plain = other.lockScreen()
    val wrong = (1..6).map { other.enterPin("0000") }.last()
    plain to (wrong as UnlockOutcome.Locked).view
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
