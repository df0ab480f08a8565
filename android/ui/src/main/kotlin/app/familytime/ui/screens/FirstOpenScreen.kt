package app.familytime.ui.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardCapitalization
import androidx.compose.ui.unit.dp
import app.familytime.core.AgeBand
import app.familytime.core.CodeProblemView
import app.familytime.core.FirstOpenView
import app.familytime.ui.design.BigButton
import app.familytime.ui.design.Body
import app.familytime.ui.design.Heading
import app.familytime.ui.design.FamilyIcons

/** The four steps of first open, in order. */
enum class FirstOpenStep { LANGUAGE, CODE, WORD, AGE }

/** Where the child is in first open, and what the code they typed did. */
data class FirstOpenState(
    val step: FirstOpenStep = FirstOpenStep.LANGUAGE,
    val code: String = "",
    val checking: Boolean = false,
    val problem: CodeProblemView? = null,
    val joined: Boolean = false,
    val ownWord: String = "",
)

sealed interface FirstOpenEvent {
    data class Language(val language: String) : FirstOpenEvent
    data class TypeCode(val code: String) : FirstOpenEvent
    data object Join : FirstOpenEvent
    data class Word(val word: String?) : FirstOpenEvent
    data class OwnWord(val text: String) : FirstOpenEvent
    data class Age(val band: AgeBand) : FirstOpenEvent
    /** On to the next step; from the last, into the app. */
    data object Next : FirstOpenEvent
}

/**
 * The first time the app opens: the child's language, the code their social worker gave
 * them, their word for family time and their age. A code that did not work says why and
 * what to do, in the child's words.
 */
@Composable
fun FirstOpenScreen(view: FirstOpenView, state: FirstOpenState, onEvent: (FirstOpenEvent) -> Unit) = ScreenColumn {
    when (state.step) {
        FirstOpenStep.LANGUAGE -> {
            Steps(view.language.progress, view.language.title)
            LanguageChoices(view.language.choices) { onEvent(FirstOpenEvent.Language(it)) }
            Forward(view.language.next.text, view.language.next.label, onEvent)
        }
        FirstOpenStep.CODE -> {
            Steps(view.code.progress, view.code.title)
            Body(view.code.explain)
            OutlinedTextField(
                value = state.code,
                onValueChange = { onEvent(FirstOpenEvent.TypeCode(it)) },
                label = { Text(view.code.field) },
                singleLine = true,
                enabled = !state.checking,
                keyboardOptions = KeyboardOptions(capitalization = KeyboardCapitalization.Characters),
                modifier = Modifier.fillMaxWidth().semantics { contentDescription = view.code.field },
            )
            state.problem?.let { Problem(it) }
            if (state.checking) {
                Body(view.code.checking, muted = true, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite })
            } else {
                BigButton(view.code.join.text, view.code.join.label, onClick = { onEvent(FirstOpenEvent.Join) }, modifier = Modifier.fillMaxWidth())
            }
        }
        FirstOpenStep.WORD -> {
            if (state.joined) Body(view.code.joined, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite })
            Steps(view.word.progress, view.word.title)
            Body(view.word.explain)
            WordChoices(view.word.choices, view.word.ownField, state.ownWord, onPick = { onEvent(FirstOpenEvent.Word(it)) }) {
                onEvent(FirstOpenEvent.OwnWord(it))
            }
            Forward(view.word.next.text, view.word.next.label, onEvent)
        }
        FirstOpenStep.AGE -> {
            Steps(view.age.progress, view.age.title)
            Body(view.age.explain)
            AgeChoices(view.age.choices) { onEvent(FirstOpenEvent.Age(it)) }
            Forward(view.age.done.text, view.age.done.label, onEvent)
        }
    }
}

@Composable
private fun Steps(progress: String, title: String) {
    Text(progress, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.onSurfaceVariant)
    Heading(title, big = true)
}

@Composable
private fun Forward(text: String, label: String, onEvent: (FirstOpenEvent) -> Unit) =
    BigButton(text, label, onClick = { onEvent(FirstOpenEvent.Next) }, modifier = Modifier.fillMaxWidth())

/** Why the code did not work, and what to do, with a cross: read out as soon as it appears. */
@Composable
private fun Problem(problem: CodeProblemView) {
    val on = MaterialTheme.colorScheme.onErrorContainer
    Row(
        Modifier.fillMaxWidth().clip(MaterialTheme.shapes.medium).background(MaterialTheme.colorScheme.errorContainer)
            .semantics(mergeDescendants = true) { liveRegion = LiveRegionMode.Assertive }.padding(12.dp),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Icon(FamilyIcons.Cross, contentDescription = null, tint = on, modifier = Modifier.size(24.dp))
        Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(problem.text, style = MaterialTheme.typography.titleMedium, color = on)
            Text(problem.whatToDo, style = MaterialTheme.typography.bodyLarge, color = on)
        }
    }
}
