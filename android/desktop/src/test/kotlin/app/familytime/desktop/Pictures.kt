package app.familytime.desktop

import java.awt.image.BufferedImage
import java.io.ByteArrayInputStream
import java.io.File
import javax.imageio.ImageIO
import kotlin.math.abs

/**
 * Reference images in android/desktop/reference, compared with what is drawn now. With
 * `-Dfamilytime.record=true` (FAMILYTIME_RECORD=1 through xtask) they are written instead.
 */
object Pictures {
    private val reference = File(Samples.repo, "android/desktop/reference")
    private val out = File(Samples.repo, "android/desktop/target/pictures")
    private val recording = System.getProperty("familytime.record") == "true"

    /** Pixels may differ a little (anti-aliasing); this many in a thousand may differ a lot. */
    private const val CHANNEL_TOLERANCE = 24
    private const val DIFFERENT_PER_THOUSAND = 2

    fun check(name: String, png: ByteArray) {
        val expected = File(reference, "$name.png")
        if (recording) {
            expected.parentFile.mkdirs()
            expected.writeBytes(png)
            return
        }
        val actualFile = File(out, "actual/$name.png").also { it.parentFile.mkdirs(); it.writeBytes(png) }
        check(expected.isFile) {
            "no reference image $expected; look at $actualFile and record with FAMILYTIME_RECORD=1 cargo xtask desktop-test"
        }
        val want = ImageIO.read(expected)
        val got = ImageIO.read(ByteArrayInputStream(png))
        check(want.width == got.width && want.height == got.height) {
            "$name is ${got.width}x${got.height}, its reference ${want.width}x${want.height}"
        }
        val diff = BufferedImage(got.width, got.height, BufferedImage.TYPE_INT_RGB)
        var different = 0
        for (y in 0 until got.height) for (x in 0 until got.width) {
            val a = want.getRGB(x, y)
            val b = got.getRGB(x, y)
            val far = (0..16 step 8).any { shift -> abs((a shr shift and 0xFF) - (b shr shift and 0xFF)) > CHANNEL_TOLERANCE }
            if (far) different++
            diff.setRGB(x, y, if (far) 0xFF0000 else (b and 0xFEFEFE) shr 1 or 0x808080)
        }
        val allowed = got.width.toLong() * got.height * DIFFERENT_PER_THOUSAND / 1000
        if (different > allowed) {
            val diffFile = File(out, "diff/$name.png").also { it.parentFile.mkdirs() }
            ImageIO.write(diff, "png", diffFile)
            error("$name differs from its reference in $different pixels (allowed $allowed): see $diffFile and $actualFile")
        }
    }
}
