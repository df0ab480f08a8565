package app.familytime.ui.design

import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Shapes
import androidx.compose.material3.Typography
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import app.familytime.core.AgeBand

/**
 * How the app looks for the child's age band. 4-7: big pictures, big words, few of them,
 * sleeps drawn as marks to count. 11-18: a calm, grown-up look with nothing on it that
 * says "in care" to someone glancing over a shoulder.
 */
@Immutable
data class Look(
    val band: AgeBand,
    /** The person pictures (emoji on the person's colour). */
    val avatar: Dp,
    /** Space around cards and between sections. */
    val gap: Dp,
    /** Sleeps shown as marks the child can count, not as a number alone. */
    val countSleeps: Boolean,
    /** Past sessions and long explanations are folded away for the youngest. */
    val fewWords: Boolean,
)

val LocalLook = staticCompositionLocalOf { lookFor(AgeBand.MIDDLE) }

fun lookFor(band: AgeBand): Look = when (band) {
    AgeBand.YOUNG -> Look(band, avatar = 64.dp, gap = 16.dp, countSleeps = true, fewWords = true)
    AgeBand.MIDDLE -> Look(band, avatar = 52.dp, gap = 14.dp, countSleeps = false, fewWords = false)
    AgeBand.OLDER -> Look(band, avatar = 40.dp, gap = 12.dp, countSleeps = false, fewWords = false)
}

@Composable
fun FamilyTimeTheme(band: AgeBand, dark: Boolean, content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalLook provides lookFor(band)) {
        MaterialTheme(
            colorScheme = colours(band, dark),
            typography = typography(band),
            shapes = shapes(band),
            content = content,
        )
    }
}

// Every pair below is at least 4.5:1 (onX on X); AccessibilityTest checks what is drawn.
internal fun colours(band: AgeBand, dark: Boolean): ColorScheme = when {
    band == AgeBand.OLDER && !dark -> lightColorScheme(
        primary = Color(0xFF2F4858), onPrimary = Color.White,
        primaryContainer = Color(0xFFDDE6EC), onPrimaryContainer = Color(0xFF14232D),
        secondary = Color(0xFF4A5A66), onSecondary = Color.White,
        secondaryContainer = Color(0xFFE4E8EB), onSecondaryContainer = Color(0xFF1B262E),
        background = Color(0xFFF6F7F8), onBackground = Color(0xFF1A1C1E),
        surface = Color(0xFFF6F7F8), onSurface = Color(0xFF1A1C1E),
        surfaceVariant = Color(0xFFE7EAED), onSurfaceVariant = Color(0xFF3E474F),
        surfaceContainer = Color(0xFFFFFFFF), surfaceContainerHigh = Color(0xFFECEFF1),
        error = Color(0xFFB3261E), onError = Color.White,
        errorContainer = Color(0xFFF9DEDC), onErrorContainer = Color(0xFF410E0B),
        outline = Color(0xFF6E7881),
    )
    !dark -> lightColorScheme(
        primary = Color(0xFF00658F), onPrimary = Color.White,
        primaryContainer = Color(0xFFFFE7A8), onPrimaryContainer = Color(0xFF3A2C00),
        secondary = Color(0xFF7A4E00), onSecondary = Color.White,
        secondaryContainer = Color(0xFFD6F0FF), onSecondaryContainer = Color(0xFF002A3D),
        background = Color(0xFFFFFBF2), onBackground = Color(0xFF1E1B16),
        surface = Color(0xFFFFFBF2), onSurface = Color(0xFF1E1B16),
        surfaceVariant = Color(0xFFF3EAD8), onSurfaceVariant = Color(0xFF4A4437),
        surfaceContainer = Color(0xFFFFFFFF), surfaceContainerHigh = Color(0xFFFFF3D6),
        error = Color(0xFFB3261E), onError = Color.White,
        errorContainer = Color(0xFFF9DEDC), onErrorContainer = Color(0xFF410E0B),
        outline = Color(0xFF7B7466),
    )
    else -> darkColorScheme(
        primary = Color(0xFF9CCBE8), onPrimary = Color(0xFF00344C),
        primaryContainer = Color(0xFF2A3F4D), onPrimaryContainer = Color(0xFFDDEEFA),
        secondary = Color(0xFFE8C27A), onSecondary = Color(0xFF402D00),
        secondaryContainer = Color(0xFF3A3323), onSecondaryContainer = Color(0xFFF6E3BC),
        background = Color(0xFF121416), onBackground = Color(0xFFE3E5E8),
        surface = Color(0xFF121416), onSurface = Color(0xFFE3E5E8),
        surfaceVariant = Color(0xFF2A2E32), onSurfaceVariant = Color(0xFFC4C8CD),
        surfaceContainer = Color(0xFF1C1F22), surfaceContainerHigh = Color(0xFF25292C),
        error = Color(0xFFFFB4AB), onError = Color(0xFF690005),
        errorContainer = Color(0xFF93000A), onErrorContainer = Color(0xFFFFDAD6),
        outline = Color(0xFF8D9297),
    )
}

private fun typography(band: AgeBand): Typography {
    // Young children get bigger words; nothing goes below 14 sp for anyone.
    val scale = when (band) {
        AgeBand.YOUNG -> 1.2f
        AgeBand.MIDDLE -> 1.08f
        AgeBand.OLDER -> 1f
    }
    fun style(size: Int, weight: FontWeight, line: Float = 1.3f) =
        TextStyle(fontSize = (size * scale).sp, lineHeight = (size * scale * line).sp, fontWeight = weight)
    return Typography(
        headlineMedium = style(26, FontWeight.Bold, 1.2f),
        headlineSmall = style(22, FontWeight.Bold, 1.2f),
        titleLarge = style(20, FontWeight.SemiBold),
        titleMedium = style(17, FontWeight.SemiBold),
        bodyLarge = style(16, FontWeight.Normal, 1.4f),
        bodyMedium = style(15, FontWeight.Normal, 1.4f),
        labelLarge = style(15, FontWeight.SemiBold),
        labelMedium = style(14, FontWeight.Medium),
    )
}

private fun shapes(band: AgeBand): Shapes {
    val corner = if (band == AgeBand.OLDER) 10.dp else 20.dp
    return Shapes(
        small = RoundedCornerShape(corner / 2),
        medium = RoundedCornerShape(corner),
        large = RoundedCornerShape(corner),
    )
}
