package app.familytime.ui.design

import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.luminance

/** A plan colour "#RRGGBB" as a Compose colour; null when it is not one (the plan checker refuses those). */
fun planColour(hex: String?): Color? {
    val digits = hex?.removePrefix("#")?.takeIf { it.length == 6 } ?: return null
    val rgb = digits.toIntOrNull(16) ?: return null
    return Color(0xFF000000 or rgb.toLong())
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
fun contrast(a: Color, b: Color): Float {
    val (light, dark) = listOf(a.luminance(), b.luminance()).sortedDescending()
    return (light + 0.05f) / (dark + 0.05f)
}

/** Black or white, whichever reads better on [background]: one of them is always at least 4.5:1. */
fun readableOn(background: Color): Color =
    if (contrast(Color.Black, background) >= contrast(Color.White, background)) Color.Black else Color.White
