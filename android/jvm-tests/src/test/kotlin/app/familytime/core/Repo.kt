package app.familytime.core

import app.familytime.jvm.CouncilServer
import java.io.File

/** The repository and the built server and worker tool, as `cargo xtask test` passes them. */
object Repo {
    val root = File(System.getProperty("familytime.repo") ?: error("run through `cargo xtask test`"))
    val bin = File(System.getProperty("familytime.bindir") ?: error("run through `cargo xtask test`"))

    /** A sample plan, with `helper`'s device set when given, as a worker would publish it. */
    fun samplePlan(name: String, helper: String? = null, device: String? = null): ByteArray {
        var json = File(root, "assets/samples/$name.json").readText()
        if (helper != null && device != null) {
            val entry = "\"id\": \"$helper\","
            check(entry in json) { "the sample $name has no helper $helper" }
            json = json.replace(entry, "$entry \"device\": \"$device\",")
        }
        return json.toByteArray()
    }
}

/** The council's server, built by `cargo xtask test`, on a free port of 127.0.0.1. */
fun councilServer(): CouncilServer = CouncilServer(Repo.bin)
