package app.familytime.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.layout.Layout
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.role
import androidx.compose.ui.unit.Constraints
import androidx.compose.ui.unit.dp
import app.familytime.core.Button
import app.familytime.core.ChromeView
import app.familytime.core.Place
import app.familytime.ui.design.FamilyIcons
import app.familytime.ui.design.MinTouch

/** From this font scale on, the top bar's text buttons get a row of their own. */
private const val LARGE_TEXT = 1.3f

/**
 * Every screen's frame: back and the menu, and on every screen, first open included,
 * "I feel unsafe" and "Quick exit" one tap away. [status] is the line saying whether what
 * is shown is up to date.
 */
@Composable
fun AppScaffold(
    chrome: ChromeView,
    canGoBack: Boolean,
    onBack: () -> Unit,
    onPlace: ((Place) -> Unit)?,
    onUnsafe: () -> Unit,
    onQuickExit: () -> Unit,
    status: String? = null,
    content: @Composable () -> Unit,
) {
    val colours = MaterialTheme.colorScheme
    Column(Modifier.fillMaxSize().background(colours.background)) {
        // With large text the two always-there buttons get a row of their own, so their
        // words are never broken inside a word; otherwise they share what back and the
        // menu leave, and a long label wraps between words.
        val ownRow = LocalDensity.current.fontScale > LARGE_TEXT
        Column(Modifier.fillMaxWidth().background(colours.surfaceContainerHigh).padding(4.dp)) {
            Row(
                Modifier.fillMaxWidth(),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = if (ownRow) Arrangement.spacedBy(4.dp) else Arrangement.spacedBy(4.dp, Alignment.End),
            ) {
                if (canGoBack) IconAction(FamilyIcons.Back, chrome.back.label, onBack)
                if (onPlace != null) Menu(chrome, onPlace)
                if (!ownRow) AlwaysThere(chrome, onUnsafe, onQuickExit, Modifier.weight(1f, fill = false))
            }
            if (ownRow) HalvesOrStacked { AlwaysThere(chrome, onUnsafe, onQuickExit, Modifier) }
        }
        status?.let {
            Text(
                it,
                style = MaterialTheme.typography.labelMedium,
                color = colours.onSurfaceVariant,
                modifier = Modifier.fillMaxWidth().background(colours.surfaceVariant).padding(horizontal = 16.dp, vertical = 4.dp),
            )
        }
        Box(Modifier.weight(1f)) { content() }
    }
}

/** The locked app's frame: the page's colour and nothing else, no menu and no way back. */
@Composable
fun LockedFrame(content: @Composable () -> Unit) {
    Box(Modifier.fillMaxSize().background(MaterialTheme.colorScheme.background)) { content() }
}

/**
 * Side by side in equal halves while the longest word of each fits its half; else one
 * under the other, each the full width, so no word is ever broken inside itself.
 */
@Composable
private fun HalvesOrStacked(content: @Composable () -> Unit) {
    Layout(content, Modifier.fillMaxWidth()) { parts, constraints ->
        val gap = 4.dp.roundToPx()
        val half = (constraints.maxWidth - gap * (parts.size - 1)) / parts.size
        // A part's narrowest width is its longest word with the icon and padding beside it.
        val halves = parts.all { it.minIntrinsicWidth(constraints.maxHeight) <= half }
        val placed = parts.map { it.measure(Constraints.fixedWidth(if (halves) half else constraints.maxWidth)) }
        val height = if (halves) placed.maxOf { it.height } else placed.sumOf { it.height } + gap * (placed.size - 1)
        layout(constraints.maxWidth, height) {
            var x = 0
            var y = 0
            placed.forEach {
                it.placeRelative(x, y)
                if (halves) x += it.width + gap else y += it.height + gap
            }
        }
    }
}

/** "I feel unsafe" and "Quick exit", each given [share] of the row they are in. */
@Composable
private fun AlwaysThere(chrome: ChromeView, onUnsafe: () -> Unit, onQuickExit: () -> Unit, share: Modifier) {
    val colours = MaterialTheme.colorScheme
    TextAction(chrome.feelUnsafe, FamilyIcons.Help, colours.error, colours.onError, onUnsafe, share)
    TextAction(chrome.quickExit, FamilyIcons.Exit, colours.secondaryContainer, colours.onSecondaryContainer, onQuickExit, share)
}

@Composable
private fun Menu(chrome: ChromeView, onPlace: (Place) -> Unit) {
    var open by remember { mutableStateOf(false) }
    Box {
        IconAction(FamilyIcons.Menu, chrome.menu.label) { open = true }
        DropdownMenu(expanded = open, onDismissRequest = { open = false }) {
            chrome.places.forEach { item ->
                DropdownMenuItem(
                    text = { Text(item.button.text) },
                    onClick = {
                        open = false
                        onPlace(item.place)
                    },
                    modifier = Modifier.clearAndSetSemantics {
                        contentDescription = item.button.label
                        role = Role.Button
                    },
                )
            }
        }
    }
}

@Composable
private fun IconAction(icon: ImageVector, description: String, onClick: () -> Unit) {
    Box(
        Modifier.size(MinTouch).clip(MaterialTheme.shapes.small).clickable(role = Role.Button, onClick = onClick)
            .clearAndSetSemantics {
                contentDescription = description
                role = Role.Button
            },
        contentAlignment = Alignment.Center,
    ) {
        Icon(icon, contentDescription = null, tint = MaterialTheme.colorScheme.onSurface)
    }
}

@Composable
private fun TextAction(
    button: Button,
    icon: ImageVector,
    fill: Color,
    on: Color,
    onClick: () -> Unit,
    modifier: Modifier = Modifier,
) {
    Row(
        modifier.sizeIn(minHeight = MinTouch, minWidth = MinTouch).clip(MaterialTheme.shapes.small).background(fill)
            .clickable(role = Role.Button, onClick = onClick)
            .clearAndSetSemantics {
                contentDescription = button.label
                role = Role.Button
            }
            .padding(horizontal = 6.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(4.dp),
    ) {
        Icon(icon, contentDescription = null, tint = on, modifier = Modifier.size(20.dp))
        Text(button.text, color = on, style = MaterialTheme.typography.labelLarge)
    }
}
