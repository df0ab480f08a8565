package app.familytime.ui.design

import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.automirrored.filled.ExitToApp
import androidx.compose.material.icons.automirrored.filled.Send
import androidx.compose.material.icons.filled.Check
import androidx.compose.material.icons.filled.Close
import androidx.compose.material.icons.filled.Menu
import androidx.compose.material.icons.filled.Phone
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.SolidColor
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.graphics.vector.path
import androidx.compose.ui.unit.dp

/** The app's icons, all vectors in code: no resources, so the desktop draws the same ones. */
object FamilyIcons {
    val Back = Icons.AutoMirrored.Filled.ArrowBack
    val Menu = Icons.Filled.Menu
    val Exit = Icons.AutoMirrored.Filled.ExitToApp
    val Send = Icons.AutoMirrored.Filled.Send
    val Phone = Icons.Filled.Phone
    val Tick = Icons.Filled.Check
    val Cross = Icons.Filled.Close

    /** A crescent moon: one sleep. */
    val Moon: ImageVector = ImageVector.Builder("Moon", 24.dp, 24.dp, 24f, 24f).apply {
        path(fill = SolidColor(Color.Black)) {
            moveTo(14.5f, 2.5f)
            arcToRelative(9.5f, 9.5f, 0f, true, false, 7f, 15.9f)
            arcToRelative(7.5f, 7.5f, 0f, false, true, -7f, -15.9f)
            close()
        }
    }.build()

    /** An arrow bending to a new place: a session that moved. */
    val Moved: ImageVector = ImageVector.Builder("Moved", 24.dp, 24.dp, 24f, 24f).apply {
        path(stroke = SolidColor(Color.Black), strokeLineWidth = 2.5f) {
            moveTo(4f, 18f)
            verticalLineTo(11f)
            arcToRelative(4f, 4f, 0f, false, true, 4f, -4f)
            horizontalLineTo(18f)
        }
        path(fill = SolidColor(Color.Black)) {
            moveTo(15f, 3f)
            lineTo(21f, 7f)
            lineTo(15f, 11f)
            close()
        }
    }.build()

    /** A heart in a hand: "I feel unsafe", help now. */
    val Help: ImageVector = ImageVector.Builder("Help", 24.dp, 24.dp, 24f, 24f).apply {
        path(fill = SolidColor(Color.Black)) {
            moveTo(12f, 20f)
            lineTo(4.2f, 12.3f)
            arcToRelative(4.4f, 4.4f, 0f, false, true, 7.8f, -5.6f)
            arcToRelative(4.4f, 4.4f, 0f, false, true, 7.8f, 5.6f)
            close()
        }
    }.build()
}
