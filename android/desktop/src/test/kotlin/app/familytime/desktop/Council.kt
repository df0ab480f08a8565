package app.familytime.desktop

import java.io.File
import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * The council's server (the built binary) on a free port of 127.0.0.1 with a fresh data
 * folder, and the worker tool's desk for one helper.
 */
class Council : AutoCloseable {
    private val bin = File(System.getProperty("familytime.bindir") ?: error("run through `cargo xtask`"))
    val data: File = Files.createTempDirectory("familytime-server").toFile()
    val desk: File = Files.createTempDirectory("familytime-desk").toFile()
    private val process: Process = ProcessBuilder(
        File(bin, "familytime-server").path, "serve", "--data", data.path, "--listen", "127.0.0.1:0",
    ).redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val url: String

    init {
        val line = process.inputStream.bufferedReader().readLine() ?: error("the server stopped before listening")
        url = line.removePrefix("listening on ").trimEnd('/') + "/"
        check(url.startsWith("http://127.0.0.1:")) { "unexpected first line from the server: $line" }
    }

    private val token get() = File(data, "worker-token").path

    /** Runs the worker tool (`familytime …`) and returns what it printed. */
    fun worker(vararg args: String): String {
        val run = ProcessBuilder(File(bin, "familytime").path, *args).redirectErrorStream(true).start()
        val output = run.inputStream.bufferedReader().readText()
        check(run.waitFor(60, TimeUnit.SECONDS)) { "familytime ${args.toList()} did not finish" }
        check(run.exitValue() == 0) { "familytime ${args.toList()} failed: $output" }
        return output
    }

    /** `helper` joins with a desk of their own; returns its device id for the plan. */
    fun joinDesk(helper: String): String {
        val joined = worker("desk", "join", "--server", url, "--worker-token-file", token, "--helper", helper, "--dir", desk.path)
        return Regex("joined as device (\\S+):").find(joined)!!.groupValues[1]
    }

    /** The sample, with `helper`'s desk as their device, signed and published for `child`. */
    fun publish(sample: String, child: String, helper: String, device: String, edit: (String) -> String = { it }) {
        var json = Samples.file(sample).readText()
        val entry = "\"id\": \"$helper\","
        check(entry in json) { "the sample $sample has no helper $helper" }
        json = edit(json.replace(entry, "$entry \"device\": \"$device\","))
        val file = File(desk, "$sample-plan.json").apply { writeText(json) }
        worker("plan", "publish", file.path, "--child", child, "--server", url, "--worker-token-file", token)
    }

    /** A one-time code for the child's phone, as the social worker would read it out. */
    fun code(child: String): String {
        val offered = worker("desk", "code", "--server", url, "--worker-token-file", token, "--child", child)
        return Regex("enrolment code for $child: (\\S+)").find(offered)!!.groupValues[1]
    }

    fun inbox(): String = worker("desk", "inbox", "--dir", desk.path, "--json")

    fun reply(id: String, text: String) = worker("desk", "reply", id, text, "--dir", desk.path)

    /** The server goes away: the phone is now as good as offline. */
    fun stop() {
        process.destroy()
        process.waitFor(10, TimeUnit.SECONDS)
    }

    override fun close() {
        stop()
        data.deleteRecursively()
        desk.deleteRecursively()
    }
}
