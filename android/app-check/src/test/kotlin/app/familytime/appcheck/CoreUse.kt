package app.familytime.appcheck

import org.jetbrains.kotlin.com.intellij.psi.PsiElement
import org.jetbrains.kotlin.lexer.KtTokens
import org.jetbrains.kotlin.psi.KtCallExpression
import org.jetbrains.kotlin.psi.KtClassOrObject
import org.jetbrains.kotlin.psi.KtExpression
import org.jetbrains.kotlin.psi.KtFile
import org.jetbrains.kotlin.psi.KtImportDirective
import org.jetbrains.kotlin.psi.KtNameReferenceExpression
import org.jetbrains.kotlin.psi.KtNamedFunction
import org.jetbrains.kotlin.psi.KtPackageDirective
import org.jetbrains.kotlin.psi.KtParameter
import org.jetbrains.kotlin.psi.KtProperty
import org.jetbrains.kotlin.psi.KtQualifiedExpression
import org.jetbrains.kotlin.psi.psiUtil.collectDescendantsOfType
import org.jetbrains.kotlin.psi.psiUtil.getStrictParentOfType

const val CORE_PACKAGE = "app.familytime.core"

/** Members every Kotlin value has, or that the standard library adds to all. */
private val KOTLIN_MEMBERS =
    setOf(
        "toString", "equals", "hashCode", "copy", "let", "also", "apply", "run", "takeIf",
        "takeUnless", "use", "message", "cause", "javaClass", "stackTrace", "localizedMessage",
    )

/** A value of a generated type: an instance, or the type itself (`FamilyTime.open`). */
private data class CoreType(
    val name: String,
    val isStatic: Boolean,
)

/**
 * Finds where the app's Kotlin uses a name of the core's generated bindings that they do
 * not declare: an import, a member of a value whose type is known from the source (an
 * explicit type, a constructor, a function of the app returning a generated type), a
 * named argument, an override of a generated interface. Types come from what the
 * source says, not from a compiler, so a value of unwritten type is not checked: the
 * app names its core types.
 */
class CoreUse(
    private val bindings: Bindings,
    app: List<KtFile>,
) {
    /** The app's own functions that return a generated type, by name. */
    private val returns: Map<String, String> =
        app
            .flatMap { it.collectDescendantsOfType<KtNamedFunction>() }
            .mapNotNull { f -> simpleName(f.typeReference)?.takeIf { bindings.declares(it) }?.let { f.name!! to it } }
            .toMap()

    fun problems(file: KtFile): List<String> {
        val problems = mutableListOf<String>()
        fun problem(
            at: PsiElement,
            text: String,
        ) {
            val line = file.text.substring(0, at.textOffset).count { it == '\n' } + 1
            problems += "${file.name}:$line: $text"
        }

        val imported = mutableSetOf<String>()
        for (import in file.importDirectives) {
            val path = import.importedFqName?.asString() ?: continue
            if (import.isAllUnder && path == CORE_PACKAGE) {
                problem(import, "import the core's names one by one, so this check can see which are used")
            } else if (path.startsWith("$CORE_PACKAGE.")) {
                val name = path.removePrefix("$CORE_PACKAGE.")
                if (name in bindings.topLevel) {
                    imported += import.aliasName ?: name
                } else {
                    problem(import, "imports $name, which the generated bindings do not declare")
                }
            }
        }

        val typed = typedNames(file)

        fun typeOf(expression: KtExpression?): CoreType? =
            when (expression) {
                is KtNameReferenceExpression -> {
                    val name = expression.getReferencedName()
                    when {
                        name in imported -> CoreType(name, isStatic = true)
                        name in typed -> CoreType(typed.getValue(name), isStatic = false)
                        else -> null
                    }
                }
                is KtCallExpression -> {
                    val name = expression.calleeExpression?.text
                    when (name) {
                        in imported -> CoreType(name!!, isStatic = false)
                        in returns -> CoreType(returns.getValue(name!!), isStatic = false)
                        else -> null
                    }
                }
                is KtQualifiedExpression -> {
                    val receiver = typeOf(expression.receiverExpression)
                    val selector = expression.selectorExpression
                    val name = selectorName(selector)
                    when {
                        receiver == null -> typeOf(selector as? KtCallExpression)
                        receiver.isStatic && bindings.type("${receiver.name}.$name") != null ->
                            CoreType("${receiver.name}.$name", isStatic = selector !is KtCallExpression)
                        else ->
                            bindings
                                .member(receiver.name, name)
                                ?.type
                                ?.takeIf { bindings.declares(it) }
                                ?.let { CoreType(it, isStatic = false) }
                    }
                }
                else -> null
            }

        val qualifiedInCode =
            file.collectDescendantsOfType<KtQualifiedExpression>().filter {
                it.getStrictParentOfType<KtImportDirective>() == null && it.getStrictParentOfType<KtPackageDirective>() == null
            }
        for (qualified in qualifiedInCode) {
            val receiver = typeOf(qualified.receiverExpression) ?: continue
            val selector = qualified.selectorExpression
            val name = selectorName(selector)
            val nested = bindings.type("${receiver.name}.$name")
            val member = bindings.member(receiver.name, name)
            if (nested == null && member == null && name !in KOTLIN_MEMBERS) {
                problem(qualified, "${receiver.name} has no $name in the generated bindings")
            }
            val parameters = nested?.constructorParameters ?: member?.parameters
            if (selector is KtCallExpression && parameters != null) {
                namedArguments(selector, parameters, "${receiver.name}.$name", ::problem)
            }
        }

        for (call in file.collectDescendantsOfType<KtCallExpression>()) {
            val name = call.calleeExpression?.text ?: continue
            if (name in imported && call.parent !is KtQualifiedExpression) {
                bindings.type(name)?.let { namedArguments(call, it.constructorParameters, name, ::problem) }
            }
        }

        for (type in file.collectDescendantsOfType<KtClassOrObject>()) {
            val implemented = type.superTypeListEntries.mapNotNull { simpleName(it.typeReference) }.filter { it in imported }
            if (implemented.isEmpty()) continue
            val overrides =
                type.declarations.filter { it.hasModifier(KtTokens.OVERRIDE_KEYWORD) && it.name !in KOTLIN_MEMBERS }
            for (override in overrides) {
                if (implemented.none { bindings.member(it, override.name!!) != null }) {
                    problem(override, "overrides ${override.name}, which ${implemented.joinToString()} does not declare")
                }
            }
        }
        return problems
    }

    /** Names whose declared type (a parameter, property or variable) is a generated one. */
    private fun typedNames(file: KtFile): Map<String, String> {
        val parameters =
            file.collectDescendantsOfType<KtParameter>().map { it.name to simpleName(it.typeReference) }
        val properties =
            file.collectDescendantsOfType<KtProperty>().map { it.name to simpleName(it.typeReference) }
        return (parameters + properties)
            .mapNotNull { (name, type) -> if (name != null && bindings.declares(type)) name to type!! else null }
            .toMap()
    }

    private fun namedArguments(
        call: KtCallExpression,
        parameters: List<String>,
        callee: String,
        problem: (PsiElement, String) -> Unit,
    ) {
        for (argument in call.valueArguments) {
            val name = argument.getArgumentName()?.asName?.asString() ?: continue
            if (name !in parameters) problem(argument, "$callee has no parameter $name")
        }
    }
}

private fun selectorName(selector: KtExpression?): String =
    (selector as? KtCallExpression)?.calleeExpression?.text ?: selector?.text.orEmpty()
