package app.familytime.desktop

import app.familytime.core.AgeBand
import app.familytime.jvm.Phone
import java.io.File
import kotlin.system.exitProcess

private const val USAGE = """usage: cargo xtask desktop [--sample NAME] [--lang en-GB|cy] [--band 4-7|8-10|11-18] [--dark] [--headless OUT] [--server URL]"""

/** What the desktop app was asked for. */
data class Options(
    val sample: String = "jay-8-10",
    val language: String = "en-GB",
    val band: AgeBand? = null,
    val dark: Boolean = false,
    val headless: File? = null,
    /** A council's server to join through first open, on a new phone, instead of a sample. */
    val server: String? = null,
)

fun parse(args: List<String>): Options {
    var options = Options()
    val rest = args.iterator()
    while (rest.hasNext()) {
        val flag = rest.next()
        fun value(): String = if (rest.hasNext()) rest.next() else fail("$flag needs a value")
        options = when (flag) {
            "--sample" -> options.copy(sample = value())
            "--lang" -> options.copy(language = value())
            "--band" -> options.copy(band = band(value()))
            "--dark" -> options.copy(dark = true)
            "--headless" -> options.copy(headless = File(value()))
            "--server" -> options.copy(server = value())
            else -> fail("unknown option $flag")
        }
    }
    return options
}

private fun band(text: String): AgeBand = when (text) {
    "4-7" -> AgeBand.YOUNG
    "8-10" -> AgeBand.MIDDLE
    "11-18" -> AgeBand.OLDER
    else -> fail("the age band is 4-7, 8-10 or 11-18, not $text")
}

private fun fail(problem: String): Nothing {
    System.err.println("$problem\n$USAGE")
    exitProcess(2)
}

fun main(args: Array<String>) {
    val options = parse(args.toList())
    if (options.server != null) {
        Phone(options.language).use { phone -> window(phone, options.server, options) }
        return
    }
    Samples.phone(options.sample, options.language, options.band).use { phone ->
        val out = options.headless
        if (out != null) {
            out.mkdirs()
            gallery(phone, options.dark).forEach { shot ->
                val file = File(out, "${shot.name}.png")
                file.writeBytes(renderPng(content = shot.content))
                println(file.path)
            }
        } else {
            window(phone, Samples.NOBODY, options)
        }
    }
}
