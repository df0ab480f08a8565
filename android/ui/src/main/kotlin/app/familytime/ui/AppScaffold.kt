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
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.role
import androidx.compose.ui.unit.dp
import app.familytime.core.Button
import app.familytime.core.ChromeView
import app.familytime.core.Place
import app.familytime.ui.design.FamilyIcons
import app.familytime.ui.design.MinTouch

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
        Row(
            Modifier.fillMaxWidth().background(colours.surfaceContainerHigh).padding(horizontal = 4.dp, vertical = 4.dp),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(4.dp, Alignment.End),
        ) {
            if (canGoBack) IconAction(FamilyIcons.Back, chrome.back.label, onBack)
            if (onPlace != null) Menu(chrome, onPlace)
            // The two always-there buttons share what is left, so neither is squeezed until
            // its words break inside a word; a long label wraps between words instead.
            val share = Modifier.weight(1f, fill = false)
            TextAction(chrome.feelUnsafe, FamilyIcons.Help, colours.error, colours.onError, onUnsafe, share)
            TextAction(
                chrome.quickExit,
                FamilyIcons.Exit,
                colours.secondaryContainer,
                colours.onSecondaryContainer,
                onQuickExit,
                share,
            )
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
