package app.familytime.desktop

import androidx.compose.runtime.Composable
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import org.jetbrains.skia.EncodedImageFormat
import org.jetbrains.skia.Image

/** A phone's screen: 360 x 780 dp, drawn at 1.5 pixels a dp. */
object PhoneCanvas {
    const val WIDTH_DP = 360
    const val HEIGHT_DP = 780
    const val DENSITY = 1.5f
}

/** Draws [content] on a phone-sized canvas with no display and returns it as PNG bytes. */
fun renderPng(fontScale: Float = 1f, content: @Composable () -> Unit): ByteArray =
    render(fontScale, content).encodeToData(EncodedImageFormat.PNG)!!.bytes

/** Draws [content] on a phone-sized canvas with no display. */
fun render(fontScale: Float = 1f, content: @Composable () -> Unit): Image {
    val scene = ImageComposeScene(
        width = (PhoneCanvas.WIDTH_DP * PhoneCanvas.DENSITY).toInt(),
        height = (PhoneCanvas.HEIGHT_DP * PhoneCanvas.DENSITY).toInt(),
        density = Density(PhoneCanvas.DENSITY, fontScale),
        content = content,
    )
    try {
        // A second frame lets anything measured in the first settle.
        scene.render(0)
        return scene.render(FRAME_NANOS)
    } finally {
        scene.close()
    }
}

private const val FRAME_NANOS = 16_000_000L
