package app.familytime.ui.design

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.layout.IntrinsicSize
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import app.familytime.core.FeelingPoint

/** The highest a feeling sits on the line (happy); the lowest is 0 (scared, unsafe). */
private const val TOP_LEVEL = 4

/**
 * A feeling to pick: its face, big enough for a four-year-old to find, with its word under
 * it, read out as the core's label ("I feel sad"); picked shows by a border and a fill.
 */
@Composable
fun FaceChoice(face: String, text: String, label: String, selected: Boolean, onClick: () -> Unit) {
    val look = LocalLook.current
    val colours = MaterialTheme.colorScheme
    Column(
        Modifier.sizeIn(minWidth = look.avatar * 1.4f, minHeight = MinTouch).clip(MaterialTheme.shapes.medium)
            .background(if (selected) colours.primaryContainer else Color.Transparent)
            .border(if (selected) 3.dp else 1.dp, if (selected) colours.primary else colours.outline, MaterialTheme.shapes.medium)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onClick)
            .clearAndSetSemantics {
                contentDescription = label
                role = Role.RadioButton
                this.selected = selected
            }
            .padding(8.dp),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        Text(face, fontSize = (look.avatar.value * 0.6f).sp)
        Text(
            text,
            style = MaterialTheme.typography.labelLarge,
            color = if (selected) colours.onPrimaryContainer else colours.onSurface,
            textAlign = TextAlign.Center,
        )
    }
}

/**
 * How time with someone has felt, oldest first: each face sits higher the happier it was,
 * along a line, with its day under it. Each is read out whole ("After seeing Mum on
 * Saturday 21 November: sad").
 */
@Composable
fun FaceLine(points: List<FeelingPoint>) {
    val look = LocalLook.current
    val step = look.avatar * 0.35f
    // Many check-ins scroll sideways rather than shrink the faces.
    Row(Modifier.horizontalScroll(rememberScrollState()).padding(vertical = 4.dp), verticalAlignment = Alignment.Bottom) {
        points.forEach { point ->
            val level = point.level.toInt().coerceIn(0, TOP_LEVEL)
            // As wide as the longest word of its day, never narrower than a face: the day
            // wraps between words, never inside one, and a few points fit a phone's width.
            Column(
                Modifier.width(IntrinsicSize.Min).widthIn(min = look.avatar * 1.4f)
                    .clearAndSetSemantics { contentDescription = point.words.label },
                horizontalAlignment = Alignment.CenterHorizontally,
            ) {
                Spacer(Modifier.height(step * (TOP_LEVEL - level)))
                Text(point.face, fontSize = (look.avatar.value * 0.5f).sp)
                Spacer(Modifier.height(step * level))
                // Each point's piece of the line: side by side they make one line under the faces.
                Box(Modifier.fillMaxWidth().height(2.dp).background(MaterialTheme.colorScheme.outline))
                Text(
                    point.words.date,
                    style = MaterialTheme.typography.labelMedium,
                    color = MaterialTheme.colorScheme.onSurfaceVariant,
                    textAlign = TextAlign.Center,
                    modifier = Modifier.padding(horizontal = 6.dp),
                )
            }
        }
    }
}

/** A PIN or a code field: digits only on the keyboard, dots on the screen, labelled by the core. */
@Composable
fun SecretField(value: String, label: String, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword),
        modifier = Modifier.fillMaxWidth().semantics { contentDescription = label },
    )
}
