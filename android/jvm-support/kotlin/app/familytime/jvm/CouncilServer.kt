package app.familytime.jvm

import java.io.File
import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * The council's server (the built binary in [bin]) on a free port of 127.0.0.1 with a
 * fresh data folder, and the worker tool (`familytime`) beside it.
 */
class CouncilServer(private val bin: File) : AutoCloseable {
    val data: File = Files.createTempDirectory("familytime-server").toFile()
    private val process: Process = ProcessBuilder(
        File(bin, "familytime-server").path, "serve", "--data", data.path, "--listen", "127.0.0.1:0",
    ).redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val url: String

    init {
        val line = process.inputStream.bufferedReader().readLine() ?: error("the server stopped before listening")
        url = line.removePrefix("listening on ").trimEnd('/') + "/"
        check(url.startsWith("http://127.0.0.1:")) { "unexpected first line from the server: $line" }
    }

    /** The file the server wrote the workers' token to. */
    val tokenFile: File get() = File(data, "worker-token")

    /** Runs the worker tool (`familytime …`) and returns what it printed. */
    fun worker(vararg args: String): String {
        val run = ProcessBuilder(File(bin, "familytime").path, *args).redirectErrorStream(true).start()
        val output = run.inputStream.bufferedReader().readText()
        check(run.waitFor(60, TimeUnit.SECONDS)) { "familytime ${args.toList()} did not finish" }
        check(run.exitValue() == 0) { "familytime ${args.toList()} failed: $output" }
        return output
    }

    /** The server goes away: a phone is now as good as offline. */
    fun stop() {
        process.destroy()
        process.waitFor(10, TimeUnit.SECONDS)
    }

    override fun close() {
        stop()
        data.deleteRecursively()
    }
}
