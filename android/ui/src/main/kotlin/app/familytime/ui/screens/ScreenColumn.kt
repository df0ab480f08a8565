package app.familytime.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import app.familytime.ui.design.LocalLook

/**
 * A screen's content: one scrolling column with the look's spacing; [edge] narrows the
 * margins where a wide thing (the month grid) needs the room.
 */
@Composable
fun ScreenColumn(edge: Dp? = null, content: @Composable ColumnScope.() -> Unit) {
    val gap = LocalLook.current.gap
    Column(
        Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(horizontal = edge ?: gap, vertical = 8.dp),
        verticalArrangement = Arrangement.spacedBy(betweenParts()),
        content = content,
    )
}

/** The space between a screen's parts, for a part that lays out several of its own. */
@Composable
fun betweenParts(): Dp = LocalLook.current.gap * 0.75f
