package app.familytime.ui.design

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import app.familytime.core.PersonRef
import app.familytime.core.SessionCard
import app.familytime.core.SessionStatus

/** The smallest thing a finger can hit reliably. */
val MinTouch = 48.dp

/**
 * A section title, announced as a heading by screen readers. A [big] one is a step
 * larger than the others, but not with very large text: there the child's text is
 * already large, and a screen title twice the size of a headline would break its longer
 * words ("Gosodiadau", "Something") inside themselves on a phone's width.
 */
@Composable
fun Heading(text: String, modifier: Modifier = Modifier, big: Boolean = false) {
    Text(
        text,
        style = if (big && !textIsLarge()) MaterialTheme.typography.headlineMedium else MaterialTheme.typography.titleLarge,
        color = MaterialTheme.colorScheme.onBackground,
        modifier = modifier.padding(top = LocalLook.current.gap / 2).semantics { heading() },
    )
}

@Composable
fun Body(text: String, modifier: Modifier = Modifier, muted: Boolean = false) {
    Text(
        text,
        style = MaterialTheme.typography.bodyLarge,
        color = if (muted) MaterialTheme.colorScheme.onSurfaceVariant else MaterialTheme.colorScheme.onSurface,
        modifier = modifier,
    )
}

/**
 * A card; tappable when [onClick] is given, and then read out as one thing with [label]
 * (the core's words for it) rather than piece by piece.
 */
@Composable
fun InfoCard(
    modifier: Modifier = Modifier,
    label: String? = null,
    onClick: (() -> Unit)? = null,
    border: BorderStroke? = null,
    content: @Composable ColumnScope.() -> Unit,
) {
    val tappable = if (onClick != null) {
        Modifier.clickable(role = Role.Button, onClickLabel = label, onClick = onClick)
    } else {
        Modifier
    }
    val described = if (label != null) Modifier.clearAndSetSemantics { contentDescription = label } else Modifier
    Card(
        // The click first: semantics cleared after it keep its action, so screen readers can tap it.
        modifier = modifier.fillMaxWidth().heightIn(min = MinTouch).clip(MaterialTheme.shapes.medium).then(tappable)
            .then(described),
        colors = CardDefaults.cardColors(containerColor = MaterialTheme.colorScheme.surfaceContainer),
        border = border ?: BorderStroke(1.dp, MaterialTheme.colorScheme.surfaceVariant),
    ) {
        Column(Modifier.padding(LocalLook.current.gap), verticalArrangement = Arrangement.spacedBy(4.dp), content = content)
    }
}

/** The person's picture: their emoji on their colour, or their initial in a readable colour on it. */
@Composable
fun PersonPicture(person: PersonRef, size: Dp = LocalLook.current.avatar) {
    val fill = planColour(person.colour) ?: MaterialTheme.colorScheme.primaryContainer
    Box(
        Modifier.size(size).clip(CircleShape).background(fill).clearAndSetSemantics {},
        contentAlignment = Alignment.Center,
    ) {
        val emoji = person.emoji
        if (emoji != null) {
            Text(emoji, fontSize = (size.value * 0.5f).sp)
        } else {
            // The core picks black or white for the person's colour; the same rule if it has none.
            val ink = planColour(person.textColour) ?: readableOn(fill)
            Text(person.name.take(1), color = ink, fontSize = (size.value * 0.45f).sp)
        }
    }
}

/** A session: who, when, how; cancelled and moved ones say so in words and in shape. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SessionRow(card: SessionCard, onClick: () -> Unit) {
    val status = card.status
    val cancelled = status is SessionStatus.Cancelled || status is SessionStatus.DidNotHappen ||
        status is SessionStatus.Suspended
    val moved = status is SessionStatus.Moved
    val dashed = when {
        cancelled -> BorderStroke(2.dp, MaterialTheme.colorScheme.error)
        moved -> BorderStroke(2.dp, MaterialTheme.colorScheme.secondary)
        else -> null
    }
    InfoCard(label = card.words.label, onClick = onClick, border = dashed) {
        PictureBeside(pictures = {
            FlowRow(horizontalArrangement = Arrangement.spacedBy((-8).dp)) { card.people.forEach { PersonPicture(it) } }
        }) {
            Text(
                card.words.title,
                style = MaterialTheme.typography.titleMedium,
                textDecoration = if (cancelled) TextDecoration.LineThrough else null,
                color = MaterialTheme.colorScheme.onSurface,
            )
            Text(card.words.`when`, style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.onSurface)
            if (!LocalLook.current.fewWords) {
                Text(card.words.how, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
            }
        }
        card.words.status?.let { StatusTag(it, cancelled) }
    }
}

/**
 * Pictures beside the words; above them when the child has made text very large, so the
 * words keep the width they need.
 */
@Composable
fun PictureBeside(pictures: @Composable () -> Unit, words: @Composable ColumnScope.() -> Unit) {
    if (textIsLarge()) {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            pictures()
            words()
        }
    } else {
        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            pictures()
            Column(Modifier.weight(1f), content = words)
        }
    }
}

/** Whether the child has made text very large (150% and more) in the phone's settings. */
@Composable
fun textIsLarge(): Boolean = LocalDensity.current.fontScale >= LARGE_TEXT

private const val LARGE_TEXT = 1.5f

/** "Cancelled", "Moved": a tag with an icon, so it is not told by colour alone. */
@Composable
fun StatusTag(text: String, stopped: Boolean) {
    val colour = if (stopped) MaterialTheme.colorScheme.errorContainer else MaterialTheme.colorScheme.secondaryContainer
    val on = if (stopped) MaterialTheme.colorScheme.onErrorContainer else MaterialTheme.colorScheme.onSecondaryContainer
    Row(
        Modifier.clip(MaterialTheme.shapes.small).background(colour).padding(horizontal = 8.dp, vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(6.dp),
    ) {
        Icon(if (stopped) FamilyIcons.Cross else FamilyIcons.Moved, contentDescription = null, tint = on, modifier = Modifier.size(18.dp))
        Text(text, color = on, style = MaterialTheme.typography.labelLarge)
    }
}

/** Sleeps until a visit as moons to count, for the youngest; the words beside them say the number. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SleepMarks(sleeps: Long, modifier: Modifier = Modifier) {
    if (sleeps !in 1..MAX_SLEEP_MARKS) return
    FlowRow(modifier.clearAndSetSemantics {}, horizontalArrangement = Arrangement.spacedBy(4.dp)) {
        repeat(sleeps.toInt()) {
            Icon(FamilyIcons.Moon, contentDescription = null, tint = MaterialTheme.colorScheme.secondary, modifier = Modifier.size(22.dp))
        }
    }
}

/** Beyond two weeks a row of moons is no longer something to count. */
private const val MAX_SLEEP_MARKS = 14L

/** A button with at least a finger's size, and the core's label for screen readers. */
@Composable
fun BigButton(text: String, label: String, onClick: () -> Unit, modifier: Modifier = Modifier, urgent: Boolean = false) {
    val fill = if (urgent) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.primary
    val on = if (urgent) MaterialTheme.colorScheme.onError else MaterialTheme.colorScheme.onPrimary
    Box(
        modifier.sizeIn(minWidth = MinTouch, minHeight = MinTouch).clip(MaterialTheme.shapes.small).background(fill)
            .clickable(role = Role.Button, onClick = onClick).semantics { contentDescription = label }
            .padding(horizontal = 16.dp, vertical = 10.dp),
        contentAlignment = Alignment.Center,
    ) {
        Text(text, color = on, style = MaterialTheme.typography.labelLarge)
    }
}

/**
 * An outlined choice that shows whether it is picked by a tick as well as by colour;
 * [detail] is a second line under it ("Your social worker" under "Priya").
 */
@Composable
fun Choice(text: String, selected: Boolean, detail: String? = null, onClick: () -> Unit) {
    val fill = if (selected) MaterialTheme.colorScheme.primaryContainer else Color.Transparent
    Row(
        Modifier.heightIn(min = MinTouch).clip(MaterialTheme.shapes.small).background(fill)
            .border(1.dp, MaterialTheme.colorScheme.outline, MaterialTheme.shapes.small)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onClick).padding(horizontal = 12.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(6.dp),
    ) {
        if (selected) {
            Icon(FamilyIcons.Tick, contentDescription = null, tint = MaterialTheme.colorScheme.onPrimaryContainer, modifier = Modifier.size(18.dp))
        }
        val ink = if (selected) MaterialTheme.colorScheme.onPrimaryContainer else MaterialTheme.colorScheme.onSurface
        Column(Modifier.padding(vertical = if (detail != null) 6.dp else 0.dp)) {
            Text(text, style = MaterialTheme.typography.labelLarge, color = ink)
            detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium, color = ink) }
        }
    }
}
