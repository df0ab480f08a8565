package app.familytime.appcheck

import com.pinterest.ktlint.rule.engine.api.Code
import com.pinterest.ktlint.rule.engine.api.KtLintRuleEngine
import com.pinterest.ktlint.ruleset.standard.StandardRuleSetProvider
import org.jetbrains.kotlin.psi.KtClassOrObject
import org.jetbrains.kotlin.psi.KtFile
import org.jetbrains.kotlin.psi.psiUtil.collectDescendantsOfType
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import java.io.File

private const val UI_PACKAGE = "app.familytime.ui"

/**
 * The Android app module, checked without the Android SDK: its Kotlin parses and keeps
 * ktlint's rules, and what it takes from the core exists in the generated bindings.
 */
class AppModuleTest {
    private val android = File(System.getProperty("familytime.android")).canonicalFile
    private val engine = KtLintRuleEngine(ruleProviders = StandardRuleSetProvider().getRuleProviders())
    private val appSources =
        File(android, "app/src/main/kotlin").walk().filter { it.extension == "kt" }.sorted().toList()
    private val gradleScripts =
        listOf("settings.gradle.kts", "build.gradle.kts", "app/build.gradle.kts", "ui/build.gradle.kts")
            .map { File(android, it) }
    private val bindings: Bindings by lazy {
        val generated = File(System.getProperty("familytime.generated"), CORE_PACKAGE.replace('.', '/'))
        val files = generated.listFiles { file -> file.extension == "kt" }.orEmpty().map(::parse)
        assertTrue(files.isNotEmpty(), "no generated Kotlin in $generated: run `cargo xtask bindings` first")
        Bindings(files)
    }

    private fun parse(file: File): KtFile = engine.transformToAst(Code.fromFile(file)).psi as KtFile

    private fun snippet(text: String): KtFile = engine.transformToAst(Code.fromSnippet(text.trimIndent())).psi as KtFile

    @Test
    fun `the app's Kotlin and the Gradle scripts parse and keep ktlint's rules`() {
        assertTrue(appSources.size >= 8, "the app's sources are missing: found $appSources")
        val problems =
            (appSources + gradleScripts).flatMap { file ->
                buildList {
                    engine.lint(Code.fromFile(file)) { error ->
                        add("${file.relativeTo(android)}:${error.line}:${error.col}: ${error.detail} (${error.ruleId.value})")
                    }
                }
            }
        assertEquals(emptyList<String>(), problems, problems.joinToString("\n"))
    }

    @Test
    fun `everything the app takes from the core is in the generated bindings`() {
        val app = appSources.map(::parse)
        val check = CoreUse(bindings, app)
        val problems = app.flatMap(check::problems)
        assertEquals(emptyList<String>(), problems, problems.joinToString("\n"))
    }

    @Test
    fun `everything the app imports from the UI module is declared there`() {
        val ui = File(android, "ui/src/main/kotlin")
        assumeTrue(ui.isDirectory, "no UI sources in $ui")
        val declared =
            ui
                .walk()
                .filter { it.extension == "kt" }
                .map(::parse)
                .flatMap { file -> file.declarations.mapNotNull { it.name?.let { name -> "${file.packageFqName}.$name" } } }
                .toSet()
        val problems =
            appSources.map(::parse).flatMap { file ->
                file.importDirectives
                    .mapNotNull { it.importedFqName?.asString() }
                    .filter { it.startsWith("$UI_PACKAGE.") && it !in declared }
                    .map { "${File(file.name).relativeTo(android)} imports $it, which android/ui does not declare" }
            }
        assertEquals(emptyList<String>(), problems, problems.joinToString("\n"))
    }

    @Test
    fun `the app implements every platform trait the core asks for`() {
        val implemented =
            appSources
                .map(::parse)
                .flatMap { it.collectDescendantsOfType<KtClassOrObject>() }
                .flatMap { type -> type.superTypeListEntries.mapNotNull { simpleName(it.typeReference) } }
                .toSet()
        for (trait in listOf("KeyStore", "ReminderScheduler", "BackgroundSync", "Reachability", "Biometrics")) {
            assertTrue(trait in bindings.topLevel, "the bindings no longer declare $trait")
            assertTrue(trait in implemented, "no class of the app implements $trait")
        }
    }

    @Test
    fun `a renamed import, call, field, argument or override is caught`() {
        val wrong =
            snippet(
                """
                import app.familytime.core.FamilyTime
                import app.familytime.core.KeyStore
                import app.familytime.core.PlatformException
                import app.familytime.core.Reminder
                import app.familytime.core.ReminderSchedule

                class Keys : KeyStore {
                    override fun load(name: String): ByteArray? = null

                    override fun saveSecret(name: String, secret: ByteArray) = Unit
                }

                suspend fun use(app: FamilyTime, reminder: Reminder) {
                    app.synchronise()
                    println(reminder.time)
                    PlatformException.Broken("no")
                    PlatformException.Failed(why = "no")
                    FamilyTime.open(folderPath = "")
                }
                """,
            )
        val problems = CoreUse(bindings, listOf(wrong)).problems(wrong).joinToString("\n")
        for (name in listOf("ReminderSchedule", "saveSecret", "synchronise", "time", "Broken", "why", "folderPath")) {
            assertTrue(problems.contains(" $name"), "$name is not reported in:\n$problems")
        }

        val right =
            snippet(
                """
                import app.familytime.core.FamilyTime
                import app.familytime.core.KeyStore
                import app.familytime.core.PlatformException
                import app.familytime.core.Reminder

                class Keys : KeyStore {
                    override fun load(name: String): ByteArray? = null

                    override fun save(name: String, secret: ByteArray) = Unit
                }

                suspend fun use(app: FamilyTime, reminder: Reminder) {
                    app.sync()
                    println(reminder.at)
                    PlatformException.Failed(reason = "no")
                }
                """,
            )
        assertEquals(emptyList<String>(), CoreUse(bindings, listOf(right)).problems(right))
    }
}
