package app.familytime.desktop

import app.familytime.jvm.CouncilServer
import app.familytime.jvm.Phone
import kotlinx.coroutines.runBlocking
import java.io.File
import java.nio.file.Files
import java.sql.DriverManager

/** The council's real server on 127.0.0.1, and the worker tool's desk for one helper. */
class Council : AutoCloseable {
    private val server = CouncilServer(File(System.getProperty("familytime.bindir") ?: error("run through `cargo xtask`")))
    private val data = server.data
    val url = server.url
    val desk: File = Files.createTempDirectory("familytime-desk").toFile()
    private val token = server.tokenFile.path

    private fun worker(vararg args: String) = server.worker(*args)

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

    /**
     * A new phone for [child], joined with a code and synced, after Amira's desk has
     * joined and Jay's plan naming it was published. The caller closes it.
     */
    fun jaysPhone(child: String): Phone {
        publish("jay-8-10", child, "amira", joinDesk("amira"))
        return Phone().apply {
            runBlocking {
                app.enrol(url, code(child))
                app.sync()
            }
        }
    }

    /** A one-time code for the child's phone, as the social worker would read it out. */
    fun code(child: String): String {
        val offered = worker("desk", "code", "--server", url, "--worker-token-file", token, "--child", child)
        return Regex("enrolment code for $child: (\\S+)").find(offered)!!.groupValues[1]
    }

    /**
     * A day goes by for every code made so far: each now expires a second ago, as the
     * server would find it 24 hours after it was made. (The server's own clock is the
     * system's; its SQLite file is where the expiry is kept.)
     */
    fun ageCodes() {
        DriverManager.getConnection("jdbc:sqlite:" + File(data, "familytime.sqlite").path).use { db ->
            db.createStatement().use { it.executeUpdate("UPDATE enrolment_codes SET expires_at = strftime('%s', 'now') - 1") }
        }
    }

    /** A one-time code that takes a forgotten PIN off the child's phone, as `familytime desk pin-reset` prints it. */
    fun pinResetCode(child: String): String {
        val offered = worker("desk", "pin-reset", "--server", url, "--worker-token-file", token, "--child", child)
        return Regex("PIN reset code for $child: (\\S+)").find(offered)!!.groupValues[1]
    }

    fun inbox(): String = worker("desk", "inbox", "--dir", desk.path, "--json")

    fun reply(id: String, text: String) = worker("desk", "reply", id, text, "--dir", desk.path)

    /** The server goes away: the phone is now as good as offline. */
    fun stop() = server.stop()

    override fun close() {
        server.close()
        desk.deleteRecursively()
    }
}
