package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.familytime.core.AgeBand
import app.familytime.core.AgeChoice
import app.familytime.core.LanguageChoice
import app.familytime.core.SettingsView
import app.familytime.core.Toggle
import app.familytime.core.WordChoice
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Choice
import app.familytime.ui.design.Heading
import app.familytime.ui.design.MinTouch

sealed interface SettingsEvent {
    data class Language(val language: String) : SettingsEvent
    data class Age(val band: AgeBand) : SettingsEvent
    /** One of the offered words; `null` is the language's own. */
    data class Word(val word: String?) : SettingsEvent
    /** A word of the child's own making, as typed so far. */
    data class OwnWord(val text: String) : SettingsEvent
    data class ReminderDetails(val on: Boolean) : SettingsEvent
    /** To the lock, the app's name and picture, and "How was it?". */
    data object Privacy : SettingsEvent
}

/** Language, age band, the word for family time, what reminders may show, and the way to privacy. */
@Composable
fun SettingsScreen(view: SettingsView, ownWord: String, onEvent: (SettingsEvent) -> Unit) = ScreenColumn {
    Heading(view.title, big = true)
    Heading(view.languageHeading)
    LanguageChoices(view.languages) { onEvent(SettingsEvent.Language(it)) }
    Heading(view.ageHeading)
    AgeChoices(view.ages) { onEvent(SettingsEvent.Age(it)) }
    Heading(view.wordHeading)
    WordChoices(view.words, view.ownField, ownWord, onPick = { onEvent(SettingsEvent.Word(it)) }) {
        onEvent(SettingsEvent.OwnWord(it))
    }
    Heading(view.remindersHeading)
    Switched(view.reminderDetails) { onEvent(SettingsEvent.ReminderDetails(it)) }
    BigButton(view.privacy.text, view.privacy.label, onClick = { onEvent(SettingsEvent.Privacy) }, modifier = Modifier.fillMaxWidth())
}

/** Each language named in itself, so a child finds theirs whatever the screen is in now. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun LanguageChoices(choices: List<LanguageChoice>, onPick: (String) -> Unit) =
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        choices.forEach { choice -> Choice(choice.name, choice.selected) { onPick(choice.language) } }
    }

@Composable
fun AgeChoices(choices: List<AgeChoice>, onPick: (AgeBand) -> Unit) =
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        choices.forEach { choice -> Choice(choice.text, choice.selected) { onPick(choice.band) } }
    }

/** The offered words for family time, and a field for one of the child's own. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun WordChoices(choices: List<WordChoice>, ownField: String, ownWord: String, onPick: (String?) -> Unit, onOwn: (String) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        // A word of their own is typed below; none of these is picked then.
        choices.forEach { choice -> Choice(choice.text, choice.selected && ownWord.isBlank()) { onPick(choice.word) } }
    }
    OutlinedTextField(
        value = ownWord,
        onValueChange = onOwn,
        label = { Text(ownField) },
        singleLine = true,
        modifier = Modifier.fillMaxWidth().semantics { contentDescription = ownField },
    )
}

/** A setting that is on or off: the whole row is the switch, read out with its words. */
@Composable
fun Switched(toggle: Toggle, onChange: (Boolean) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = MinTouch).toggleable(value = toggle.on, role = Role.Switch, onValueChange = onChange)
            .padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Column(Modifier.weight(1f).padding(end = 12.dp)) {
            Text(toggle.text, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.onSurface)
            Body(toggle.explain, muted = true)
        }
        Switch(checked = toggle.on, onCheckedChange = null)
    }
}
