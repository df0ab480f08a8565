package app.familytime.appcheck

import org.jetbrains.kotlin.psi.KtClass
import org.jetbrains.kotlin.psi.KtClassOrObject
import org.jetbrains.kotlin.psi.KtFile
import org.jetbrains.kotlin.psi.KtNamedFunction
import org.jetbrains.kotlin.psi.KtObjectDeclaration
import org.jetbrains.kotlin.psi.KtProperty
import org.jetbrains.kotlin.psi.KtTypeAlias
import org.jetbrains.kotlin.psi.KtTypeReference

/** A function, property or constructor parameter a generated type declares. */
data class Member(
    val parameters: List<String>,
    /** The simple name of its (return) type. */
    val type: String?,
)

/** A class, interface, object or enum entry of the generated bindings. */
class Declared(
    val members: Map<String, Member>,
    val nested: Map<String, Declared>,
    val constructorParameters: List<String>,
    val supertypes: List<String>,
)

/** Everything the generated Kotlin declares, by name, as the app may use it. */
class Bindings(
    files: List<KtFile>,
) {
    private val types = mutableMapOf<String, Declared>()
    val topLevel = mutableSetOf<String>()

    init {
        val declarations = files.flatMap { it.declarations }
        for (declaration in declarations) {
            declaration.name?.let { topLevel += it }
            if (declaration is KtClassOrObject) types[declaration.name!!] = declare(declaration)
        }
        // An alias of a generated type is that type; one of java.time's is not checked.
        for (alias in declarations.filterIsInstance<KtTypeAlias>()) {
            types[simpleName(alias.getTypeReference())]?.let { types[alias.name!!] = it }
        }
    }

    /** Whether the bindings declare this type (values of other types are not checked). */
    fun declares(type: String?): Boolean = type != null && type(type) != null

    /** A type by its simple name, or a nested one as "Outer.Inner". */
    fun type(name: String): Declared? {
        val path = name.split('.')
        return path.drop(1).fold(types[path.first()]) { outer, inner -> outer?.nested?.get(inner) }
    }

    /** A member of `type` or of any of its supertypes the bindings declare. */
    fun member(
        type: String,
        name: String,
    ): Member? {
        val declared = type(type) ?: return null
        return declared.members[name] ?: declared.supertypes.firstNotNullOfOrNull { member(it, name) }
    }

    private fun declare(type: KtClassOrObject): Declared {
        val members = mutableMapOf<String, Member>()
        val nested = mutableMapOf<String, Declared>()
        for (parameter in type.primaryConstructorParameters.filter { it.hasValOrVar() }) {
            members[parameter.name!!] = Member(emptyList(), simpleName(parameter.typeReference))
        }
        for (declaration in type.declarations) {
            when {
                declaration is KtObjectDeclaration && declaration.isCompanion() -> members += declare(declaration).members
                declaration is KtClassOrObject -> nested[declaration.name!!] = declare(declaration)
                declaration is KtNamedFunction ->
                    members[declaration.name!!] =
                        Member(declaration.valueParameters.map { it.name!! }, simpleName(declaration.typeReference))
                declaration is KtProperty -> members[declaration.name!!] = Member(emptyList(), simpleName(declaration.typeReference))
            }
        }
        val constructor = type.primaryConstructorParameters.map { it.name!! }
        val supertypes = type.superTypeListEntries.mapNotNull { simpleName(it.typeReference) }
        return Declared(members, nested, if (type is KtClass) constructor else emptyList(), supertypes)
    }
}

/** `kotlin.collections.List<Reminder>?` is `List`; `Timestamp?` is `Timestamp`. */
fun simpleName(type: KtTypeReference?): String? =
    type
        ?.text
        ?.substringBefore('<')
        ?.removeSuffix("?")
        ?.substringAfterLast('.')
        ?.trim()
        ?.takeIf { it.isNotEmpty() }
