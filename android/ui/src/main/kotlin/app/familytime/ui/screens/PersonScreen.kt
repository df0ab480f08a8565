package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.familytime.core.ArrangementSummary
import app.familytime.core.ChangeNotice
import app.familytime.core.HowOften
import app.familytime.core.Next
import app.familytime.core.FeelingsLineView
import app.familytime.core.PersonView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.FaceLine
import app.familytime.ui.design.Body
import app.familytime.ui.design.Choice
import app.familytime.ui.design.Heading
import app.familytime.ui.design.InfoCard
import app.familytime.ui.design.LocalLook
import app.familytime.ui.design.PersonPicture
import app.familytime.ui.design.PictureBeside
import app.familytime.ui.design.SessionRow
import app.familytime.ui.design.SleepMarks

sealed interface PersonEvent {
    data class OpenSession(val id: String) : PersonEvent
    /** The child's answer to "how often do you see them?"; it may lead to a request. */
    data class HowOftenFelt(val feeling: HowOften) : PersonEvent
    /** "Do you want to tell someone?": yes, to Tell; nothing is sent from here. */
    data object Tell : PersonEvent
    /** The offer put away for now. */
    data object NotNow : PersonEvent
    data object FeelUnsafe : PersonEvent
}

/**
 * Who, when next, why it is like this, how time with them has felt (when the core gives a
 * [feelings] line, only to the child), how often and where, what changed, days to remember.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun PersonScreen(view: PersonView, feelings: FeelingsLineView?, onEvent: (PersonEvent) -> Unit) = ScreenColumn {
    val words = view.words
    val look = LocalLook.current
    // With very large text the name goes under the big picture, so it keeps its whole width.
    PictureBeside(pictures = { PersonPicture(view.person, look.avatar * 1.5f) }) {
        Heading(view.person.name, big = true)
        Body(words.person.relationship, muted = true)
    }
    words.nextHeading?.let { Heading(it) }
    Body(words.person.next)
    val next = view.next
    if (next is Next.Session) {
        if (look.countSleeps) SleepMarks(next.session.daysAway)
        SessionRow(next.session) { onEvent(PersonEvent.OpenSession(next.session.id)) }
    }
    words.person.explain?.let { Body(it) }
    words.person.why?.let { Body(it, muted = true) }
    view.statusReason?.let { Body(it, muted = true) }
    feelings?.let { FeelingsLine(it, onEvent) }

    if (view.arrangements.isNotEmpty()) {
        Heading(words.arrangementsHeading)
        view.arrangements.forEach { Arrangement(it) }
        words.howOften?.let { howOften ->
            Body(howOften.question)
            FlowRow(
                horizontalArrangement = Arrangement.spacedBy(8.dp),
                verticalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                Choice(howOften.tooLittle, false) { onEvent(PersonEvent.HowOftenFelt(HowOften.TOO_LITTLE)) }
                Choice(howOften.justRight, false) { onEvent(PersonEvent.HowOftenFelt(HowOften.JUST_RIGHT)) }
                Choice(howOften.tooMuch, false) { onEvent(PersonEvent.HowOftenFelt(HowOften.TOO_MUCH)) }
            }
        }
    }
    if (view.upcoming.size > 1) {
        Heading(words.upcomingHeading)
        view.upcoming.drop(1).take(if (look.fewWords) 2 else 5).forEach {
            SessionRow(it) { onEvent(PersonEvent.OpenSession(it.id)) }
        }
    }
    if (view.changes.isNotEmpty()) {
        Heading(words.changesHeading)
        view.changes.forEach { ChangeNoticeCard(it) }
    }
    if (view.remembering.isNotEmpty()) {
        Heading(words.rememberingHeading)
        view.remembering.forEach { RememberingCard(it) }
    }
    if (view.past.isNotEmpty() && !look.fewWords) {
        Heading(words.pastHeading)
        view.past.take(3).forEach { SessionRow(it) { onEvent(PersonEvent.OpenSession(it.id)) } }
    }
}

/** Faces along a line, that only the child sees, and the gentle offer when times felt hard. */
@Composable
private fun FeelingsLine(line: FeelingsLineView, onEvent: (PersonEvent) -> Unit) {
    Heading(line.words.title)
    line.words.empty?.let { Body(it, muted = true) }
    if (line.points.isNotEmpty()) FaceLine(line.points)
    Body(line.words.privateNote, muted = true)
    line.offer?.let { offer ->
        InfoCard {
            Text(offer.words.question, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            Body(offer.words.upToYou)
            BigButton(offer.tell.text, offer.tell.label, onClick = { onEvent(PersonEvent.Tell) }, modifier = Modifier.fillMaxWidth())
            BigButton(offer.notNow.text, offer.notNow.label, onClick = { onEvent(PersonEvent.NotNow) }, modifier = Modifier.fillMaxWidth())
            BigButton(
                offer.feelUnsafe.text,
                offer.feelUnsafe.label,
                onClick = { onEvent(PersonEvent.FeelUnsafe) },
                modifier = Modifier.fillMaxWidth(),
                urgent = true,
            )
        }
    }
}

/** How often, how, where (described, never an address), who takes me, what we can do, why, review. */
@Composable
fun Arrangement(arrangement: ArrangementSummary) {
    val words = arrangement.words
    InfoCard {
        Text(words.title, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
        Body(words.howOften)
        Body(words.form)
        Body(words.support, muted = true)
        words.place?.let { Body(it) }
        words.whoTakesMe?.let { Body(it) }
        words.activitiesHeading?.let { heading ->
            Text(heading, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            arrangement.activities?.let { Body(it) }
        }
        Text(words.purposeHeading, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
        Body(arrangement.purpose)
        words.review?.let { Body(it, muted = true) }
    }
}

@Composable
fun ChangeNoticeCard(change: ChangeNotice) {
    // No card label: each line is read, who decided and what happens next included.
    InfoCard {
        Text(change.words.title, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
        change.words.rhythm?.let { Body(it) }
        change.words.why?.let { Body(it) }
        Body(change.words.decided, muted = true)
        Body(change.words.next, muted = true)
    }
}
