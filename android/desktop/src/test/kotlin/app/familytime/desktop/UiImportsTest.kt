package app.familytime.desktop

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File

/**
 * The UI module compiles on a desktop only while it stays off the Android platform: no
 * android.* imports, no R, no LocalContext. What the phone does goes through the Host.
 */
class UiImportsTest {
    private val sources = File(Samples.repo, "android/ui/src/main/kotlin")
    private val forbidden = listOf(
        Regex("""^\s*import\s+android\.""") to "imports android.*",
        Regex("""^\s*import\s+.*\.R(\s|$)""") to "imports R",
        Regex("""\bR\.(string|drawable|color|dimen|raw|font)\.""") to "uses R",
        Regex("""\bLocalContext\b""") to "uses LocalContext",
    )

    @Test
    fun `the UI module uses nothing from android`() {
        val files = sources.walk().filter { it.extension == "kt" }.toList()
        assertTrue(files.size >= 10, "found the UI's sources in $sources")
        val problems = files.flatMap { file ->
            file.readLines().withIndex().flatMap { (index, line) ->
                forbidden.filter { (pattern, _) -> pattern.containsMatchIn(line) }
                    .map { (_, what) -> "${file.relativeTo(sources)}:${index + 1} $what" }
            }
        }
        assertEquals(emptyList<String>(), problems)
    }

    @Test
    fun `the check itself catches an android import`() {
        val line = "import android.content.Context"
        assertTrue(forbidden.any { (pattern, _) -> pattern.containsMatchIn(line) })
    }
}
