"""What can be checked of the iOS app without a Swift compiler.

Every Swift file parses with tree-sitter's Swift grammar; every name the Swift takes from
the core exists in the bindings generated from the current library; each Android screen
has its iOS screen under the same name; and neither shell holds words of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import tree_sitter
import tree_sitter_kotlin
import tree_sitter_swift

SWIFT = tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))
KOTLIN = tree_sitter.Parser(tree_sitter.Language(tree_sitter_kotlin.language()))
CORE_MODULE = "FamilyTimeCore"
APPLE_MODULES = {"SwiftUI", "Foundation", "UIKit", "Security", "Network", "UserNotifications", "os"}
# Members every value has, or every error has: not the core's to declare.
COMMON_MEMBERS = {"self", "hashValue", "localizedDescription", "errorDescription"}
# Members of an optional itself, reached without `?.`.
OPTIONAL_MEMBERS = {"map", "flatMap"}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def problem(path: Path | str, node: tree_sitter.Node, message: str) -> Problem:
    return Problem(str(path), node.start_point[0] + 1, message)


def parse_swift(path: Path) -> tree_sitter.Tree:
    return SWIFT.parse(path.read_bytes())


def syntax_errors(path: Path, tree: tree_sitter.Tree) -> list[Problem]:
    """Each place tree-sitter could not read, as the first error or missing token under it."""
    found: list[Problem] = []

    def visit(node: tree_sitter.Node) -> None:
        if node.is_error or node.is_missing:
            what = f"missing {node.type}" if node.is_missing else f"cannot read {node.text.decode()[:40]!r}"
            found.append(problem(path, node, f"Swift syntax error: {what}"))
            return
        if node.has_error:
            for child in node.children:
                visit(child)

    visit(tree.root_node)
    return found


def text(node: tree_sitter.Node | None) -> str:
    return node.text.decode().strip("`") if node is not None else ""


def type_text(node: tree_sitter.Node | None) -> str | None:
    return re.sub(r"\s+", "", node.text.decode()) if node is not None else None


# ---------------------------------------------------------------------------------------
# The bindings: what the generated Swift declares in public.


@dataclass
class Method:
    labels: list[str]
    params: list[str]
    returns: str | None


@dataclass
class CoreType:
    kind: str  # struct, enum, class, protocol
    fields: dict[str, str] = field(default_factory=dict)
    methods: dict[str, Method] = field(default_factory=dict)
    # Each case's associated values, as (label, type).
    cases: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)


@dataclass
class Bindings:
    types: dict[str, CoreType]
    aliases: dict[str, str]
    functions: dict[str, Method]

    def resolve(self, name: str | None) -> str | None:
        seen = 0
        while name in self.aliases and seen < 10:
            name, seen = self.aliases[name], seen + 1
        return name


def is_public(node: tree_sitter.Node) -> bool:
    modifiers = next((c for c in node.children if c.type == "modifiers"), None)
    return modifiers is not None and any(text(m) in ("public", "open") for m in modifiers.children)


def parameter_type(param: tree_sitter.Node) -> str | None:
    """A parameter's whole written type: `(FamilyTime) throws -> Void` for a closure, whose
    last `name` child alone would be only what it returns."""
    written = re.sub(r"\s+", "", param.text.decode()).split(":", 1)
    return written[1].split("=", 1)[0] if len(written) > 1 else None


def method_of(node: tree_sitter.Node) -> Method:
    labels, params = [], []
    for param in (c for c in node.children if c.type == "parameter"):
        external = param.child_by_field_name("external_name")
        labels.append(text(external or param.child_by_field_name("name")))
        params.append(parameter_type(param))
    names = node.children_by_field_name("name")
    returns = type_text(names[-1]) if len(names) > 1 else None
    return Method(labels, params, returns)


def load_bindings(path: Path) -> Bindings:
    tree = parse_swift(path)
    types: dict[str, CoreType] = {}
    aliases: dict[str, str] = {}
    functions: dict[str, Method] = {}
    for node in tree.root_node.children:
        if not is_public(node):
            continue
        name = text(node.child_by_field_name("name"))
        if node.type == "typealias_declaration":
            aliases[name] = type_text(node.children_by_field_name("name")[-1])
        elif node.type == "function_declaration":
            functions[name] = method_of(node)
        elif node.type in ("class_declaration", "protocol_declaration") and not name.startswith("FfiConverter"):
            kind = text(node.child_by_field_name("declaration_kind"))
            core = types.setdefault(name, CoreType(kind))
            for member in node.child_by_field_name("body").children:
                if member.type == "property_declaration" and is_public(member):
                    annotation = next(c for c in member.children if c.type == "type_annotation")
                    core.fields[text(member.child_by_field_name("name"))] = type_text(
                        annotation.child_by_field_name("name")
                    )
                elif member.type in ("function_declaration", "protocol_function_declaration"):
                    core.methods[text(member.child_by_field_name("name"))] = method_of(member)
                elif member.type == "enum_entry":
                    contents = member.child_by_field_name("data_contents")
                    labels = [text(c) for c in contents.children if c.type == "simple_identifier"] if contents else []
                    kinds = [type_text(c) for c in contents.children_by_field_name("name")] if contents else []
                    core.cases[text(member.child_by_field_name("name"))] = list(zip(labels, kinds))
    return Bindings(types, aliases, functions)


# ---------------------------------------------------------------------------------------
# The iOS code's use of them.


def strip(type_name: str | None) -> str | None:
    """The type a value of `type_name` has once unwrapped: optionals and `try?` away."""
    if type_name is None:
        return None
    return type_name.rstrip("?!").removeprefix(f"{CORE_MODULE}.")


def element(type_name: str | None) -> str | None:
    """The element of an array type, `[X]` or `ArraySlice<X>`."""
    bare = strip(type_name)
    if bare and bare.startswith("[") and bare.endswith("]") and ":" not in bare:
        return bare[1:-1]
    return None


@dataclass
class Code:
    """Every owned Swift file, parsed, and what they declare themselves."""

    files: dict[Path, tree_sitter.Tree]
    declared: set[str]
    # Members of the code's own types, and what its extensions add to the core's.
    members: dict[str, dict[str, str | None]]
    extensions: dict[str, dict[str, str | None]]
    # The code's own enums: each case's associated value types.
    cases: dict[str, dict[str, list[str | None]]]
    # The code's own functions: their parameters' types, by the function's name.
    functions: dict[str, list[str | None]]


def annotated(member: tree_sitter.Node) -> str | None:
    """The written type of a property declaration, if it has one."""
    annotation = next((c for c in member.children if c.type == "type_annotation"), None)
    return type_text(annotation.child_by_field_name("name")) if annotation is not None else None


def read_code(paths: list[Path]) -> Code:
    files = {path: parse_swift(path) for path in paths}
    code = Code(files, set(), {}, {}, {}, {})
    for tree in files.values():
        for node in walk(tree.root_node):
            if node.type in ("class_declaration", "protocol_declaration", "typealias_declaration"):
                kind = text(node.child_by_field_name("declaration_kind"))
                name = text(node.child_by_field_name("name"))
                if kind != "extension":
                    code.declared.add(name)
                body = node.child_by_field_name("body")
                if body is None:
                    continue
                members = (code.extensions if kind == "extension" else code.members).setdefault(name, {})
                for member in body.children:
                    if member.type == "property_declaration":
                        members[text(member.child_by_field_name("name"))] = annotated(member)
                    elif member.type == "function_declaration":
                        members[text(member.child_by_field_name("name"))] = None
                    elif member.type == "enum_entry":
                        contents = member.child_by_field_name("data_contents")
                        kinds = [type_text(c) for c in contents.children_by_field_name("name")] if contents else []
                        code.cases.setdefault(name, {})[text(member.child_by_field_name("name"))] = kinds
            elif node.type == "function_declaration":
                code.functions[text(node.child_by_field_name("name"))] = method_of(node).params
            elif node.type == "type_parameter":
                code.declared.add(text(node.children[0]))
            elif node.type == "associatedtype_declaration":
                code.declared.add(text(node.child_by_field_name("name")))
    return code


def first_parameter(function_type: str | None) -> str | None:
    """`@escaping @Sendable (inout X) throws -> Void`: X, the type a closure's `$0` has."""
    match = re.search(r"\((?:inout)?([\w.]+)[,)]", function_type or "")
    return match.group(1) if match else None


def walk(node: tree_sitter.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


class UseChecker:
    """Follows the types the Swift writes out (properties, parameters, closures with their
    parameter types, `if let`, `for`, `switch`) and checks every member, call, label and
    enum case reached through a core type against the bindings."""

    def __init__(self, bindings: Bindings, code: Code, apple: set[str]):
        self.bindings = bindings
        self.code = code
        self.apple = apple
        self.problems: list[Problem] = []
        self.path = Path()
        # How many members of core types were looked up: what the check reaches.
        self.reached = 0

    def check(self) -> list[Problem]:
        for path, tree in self.code.files.items():
            self.path = path
            self.block(tree.root_node.children, {})
        return self.problems

    def report(self, node: tree_sitter.Node, message: str) -> None:
        self.problems.append(problem(self.path, node, message))

    def core(self, type_name: str | None) -> CoreType | None:
        return self.bindings.types.get(self.bindings.resolve(strip(type_name)) or "")

    # Statements and scopes ------------------------------------------------------------

    def block(self, nodes, scope: dict[str, str | None]) -> None:
        scope = dict(scope)
        for node in nodes:
            self.statement(node, scope)

    def statement(self, node: tree_sitter.Node, scope: dict[str, str | None]) -> None:
        kind = node.type
        if kind in ("import_declaration", "attribute", "modifiers"):
            return
        if kind in ("class_declaration", "protocol_declaration"):
            self.type_declaration(node, scope)
        elif kind in ("function_declaration", "init_declaration", "protocol_function_declaration"):
            inner = dict(scope)
            for param in (c for c in node.children if c.type == "parameter"):
                inner[text(param.child_by_field_name("name"))] = type_text(param.children_by_field_name("name")[-1])
                self.type_names(param, inner)
            for child in node.children:
                if child.type != "parameter":
                    self.statement(child, inner)
        elif kind == "property_declaration":
            self.type_names(node, scope)
            value = node.child_by_field_name("value")
            found = self.expression(value, scope) if value is not None else None
            for child in node.children:
                if child.type in ("computed_property", "lambda_literal") or child.type.endswith("_statement"):
                    self.statement(child, scope)
            annotation = next((c for c in node.children if c.type == "type_annotation"), None)
            declared = type_text(annotation.child_by_field_name("name")) if annotation else found
            scope[text(node.child_by_field_name("name"))] = declared
        elif kind in ("if_statement", "guard_statement", "while_statement"):
            inner = scope if kind == "guard_statement" else dict(scope)
            self.conditions(node, inner)
            for child in node.children:
                if child.type == "statements":
                    self.block(child.children, inner)
                elif child.type in ("if_statement", "else"):
                    self.statement(child, scope)
        elif kind == "for_statement":
            inner = dict(scope)
            items = node.child_by_field_name("collection")
            pattern = node.child_by_field_name("item")
            inner[text(pattern)] = element(self.expression(items, scope))
            for child in node.children:
                if child.type == "statements":
                    self.block(child.children, inner)
        elif kind == "switch_statement":
            self.switch(node, scope)
        elif kind == "catch_block":
            inner = dict(scope)
            caught = node.child_by_field_name("error")
            bound = next((c for c in walk(caught) if c.type == "simple_identifier"), None) if caught else None
            if bound is not None:
                inner[text(bound)] = type_text(caught.child_by_field_name("name"))
            for child in node.children:
                if child.type == "statements":
                    self.block(child.children, inner)
        elif kind == "do_statement":
            for child in node.children:
                if child.type in ("statements", "catch_block"):
                    self.statement(child, scope)
        elif kind in ("statements", "class_body", "computed_property", "function_body", "enum_class_body"):
            self.block(node.children, scope)
        elif node.is_named:
            self.expression(node, scope)

    def type_declaration(self, node: tree_sitter.Node, scope: dict[str, str | None]) -> None:
        name = text(node.child_by_field_name("name"))
        self.type_names(node, scope, shallow=True)
        inner = dict(scope)
        inner["self"] = name
        body = node.child_by_field_name("body")
        if body is None:
            return
        for member in body.children:
            if member.type == "property_declaration":
                annotation = next((c for c in member.children if c.type == "type_annotation"), None)
                if annotation is not None:
                    inner[text(member.child_by_field_name("name"))] = type_text(annotation.child_by_field_name("name"))
        for extended in self.code.extensions.get(name, {}).items():
            inner.setdefault(*extended)
        self.conformance(node, body)
        self.block(body.children, inner)

    def conformance(self, node: tree_sitter.Node, body: tree_sitter.Node) -> None:
        """A class that implements a core protocol has each of its methods, by name and labels."""
        ours = {
            text(m.child_by_field_name("name")): method_of(m).labels
            for m in body.children
            if m.type == "function_declaration"
        }
        for inherited in (c for c in node.children if c.type == "inheritance_specifier"):
            protocol = self.core(type_text(inherited.child_by_field_name("inherits_from")))
            if protocol is None or protocol.kind != "protocol":
                continue
            for name, method in protocol.methods.items():
                if ours.get(name) != method.labels:
                    self.report(inherited, f"{text(inherited)} requires {name}({''.join(l + ':' for l in method.labels)}), "
                                f"which {text(node.child_by_field_name('name'))} does not implement")

    def conditions(self, node: tree_sitter.Node, scope: dict[str, str | None]) -> None:
        """`if let x = e`, `if let x`, `if case .c(let a) = e`: what each binds."""
        for condition in node.children_by_field_name("condition"):
            bound = condition.child_by_field_name("bound_identifier") or next(
                (c for c in condition.children if c.type == "simple_identifier"), None)
            value = condition.child_by_field_name("value")
            if condition.type == "if_let_binding" or (bound is not None and value is not None):
                name = text(condition.child_by_field_name("name") or bound)
                found = self.expression(value, scope) if value is not None else scope.get(name)
                pattern = condition.child_by_field_name("name")
                if pattern is not None and pattern.type == "pattern" and any(c.type == "." for c in pattern.children):
                    self.case_pattern(pattern, found, scope, condition)
                else:
                    scope[name] = strip(found)
            else:
                self.expression(condition, scope)

    def switch(self, node: tree_sitter.Node, scope: dict[str, str | None]) -> None:
        subject = self.expression(node.child_by_field_name("expr"), scope)
        for entry in (c for c in node.children if c.type == "switch_entry"):
            inner = dict(scope)
            for pattern in (c for c in entry.children if c.type == "switch_pattern"):
                for alternative in (c for c in pattern.children if c.type == "pattern"):
                    self.case_pattern(alternative, subject, inner, alternative)
            for child in entry.children:
                if child.type == "statements":
                    self.block(child.children, inner)

    def case_pattern(self, pattern, subject: str | None, scope, where) -> None:
        """`.name(let a, let b)` against the subject's enum: the case exists; bind its values."""
        names = [c for c in pattern.children if c.type == "simple_identifier"]
        enum = self.core(subject)
        if not names:
            return
        case = text(names[0])
        bound = [text(n) for n in walk(pattern) if n.type == "simple_identifier"][1:]
        if enum is not None and enum.kind == "enum":
            if case not in enum.cases:
                self.report(where, f"{strip(subject)} has no case {case} in the generated bindings")
                return
        for name in bound:
            scope[name] = None
        if enum is not None and case in enum.cases:
            for name, (_, found) in zip(bound, enum.cases[case]):
                scope[name] = found
        ours = self.code.cases.get(strip(subject) or "", {}).get(case, [])
        for name, found in zip(bound, ours):
            scope[name] = found

    # Expressions ----------------------------------------------------------------------

    def expression(self, node: tree_sitter.Node | None, scope) -> str | None:
        """The type of `node` where it can be followed, checking what it uses on the way."""
        if node is None:
            return None
        kind = node.type
        if kind == "simple_identifier":
            name = text(node)
            if name in scope:
                return scope[name]
            if name[:1].isupper():
                self.known_type(node, name)
                return f"type:{name}"
            return None
        if kind == "self_expression":
            return scope.get("self")
        if kind == "navigation_expression":
            return self.member(node, scope)
        if kind == "call_expression":
            return self.call(node, scope)
        if kind in ("try_expression", "await_expression"):
            inner = self.expression(node.named_children[-1], scope)
            optional = kind == "try_expression" and "?" in text(node.children[0])
            return f"{inner}?" if optional and inner else inner
        if kind == "parenthesized_expression" and node.named_child_count == 1:
            return self.expression(node.named_children[0], scope)
        if kind == "lambda_literal":
            self.lambda_(node, scope, None)
            return None
        if kind == "switch_statement":
            self.switch(node, scope)
            return None
        for child in node.children:
            if child.type in ("statements", "switch_statement", "if_statement", "property_declaration"):
                self.statement(child, scope)
            elif child.type == "user_type":
                self.type_names(child, scope)
            elif child.is_named:
                self.expression(child, scope)
        return None

    def lambda_(self, node: tree_sitter.Node, scope, hint: str | None) -> None:
        inner = dict(scope)
        params = [c for c in walk(node) if c.type == "lambda_parameter" and c.parent.parent.parent == node]
        if not params:
            inner["$0"] = hint
        for index, param in enumerate(params):
            annotation = param.children_by_field_name("type")
            name = text(param.child_by_field_name("name"))
            inner[name] = type_text(annotation[-1]) if annotation else (hint if index == 0 else None)
            for part in annotation:
                self.type_names(part, inner)
        for child in node.children:
            if child.type == "statements":
                self.block(child.children, inner)

    def member(self, node: tree_sitter.Node, scope) -> str | None:
        target = node.child_by_field_name("target")
        suffix = node.child_by_field_name("suffix")
        name = text(suffix.child_by_field_name("suffix")) if suffix is not None else ""
        if target is None:
            return None
        base = self.expression(target, scope)
        if base is None:
            return None
        if base == f"type:{CORE_MODULE}":
            self.known_core(node, name)
            return f"type:{name}"
        if base.startswith("type:"):
            core = self.core(base[5:])
            if core is None:
                return None
            if core.kind == "enum":
                if name not in core.cases:
                    self.report(node, f"{base[5:]} has no case {name} in the generated bindings")
                return base[5:]
            if name in core.methods:
                return f"method:{base[5:]}.{name}"
            self.report(node, f"{base[5:]} has no static member {name} in the generated bindings")
            return None
        if name in ("first", "last") and element(base):
            return f"{element(base)}?"
        if base.endswith("?") and name in OPTIONAL_MEMBERS and target.type != "optional_chain":
            return None
        core_name = self.bindings.resolve(strip(base))
        core = self.bindings.types.get(core_name or "")
        if core is None:
            return self.code.members.get(strip(base) or "", {}).get(name)
        extended = self.code.extensions.get(core_name, {})
        self.reached += 1
        if name in core.fields:
            return core.fields[name]
        if name in core.methods:
            return f"method:{core_name}.{name}"
        if name in extended:
            return extended[name]
        if name in COMMON_MEMBERS:
            return None
        self.report(node, f"{core_name} has no member {name} in the generated bindings")
        return None

    def call(self, node: tree_sitter.Node, scope) -> str | None:
        callee = node.children[0]
        found = self.expression(callee, scope)
        suffix = next((c for c in node.children if c.type == "call_suffix"), None)
        arguments = [] if suffix is None else [
            a for v in suffix.children if v.type == "value_arguments" for a in v.children if a.type == "value_argument"
        ]
        labels = [text(a.child_by_field_name("name")) for a in arguments]
        expected: Method | None = None
        returns: str | None = None
        if found and found.startswith("method:"):
            owner, method = found[7:].rsplit(".", 1)
            expected = self.bindings.types[owner].methods[method]
            returns = expected.returns
            if owner == "FamilyTime" and method == "open":
                returns = "FamilyTime"
        elif found and found.startswith("type:"):
            core = self.core(found[5:])
            if core is not None and core.kind == "struct":
                expected = Method(list(core.fields), list(core.fields.values()), None)
            returns = found[5:] if core is not None else None
        if expected is not None and labels != expected.labels:
            self.report(node, f"{text(callee)} takes ({', '.join(l + ':' for l in expected.labels)}) in the "
                        f"generated bindings, not ({', '.join(l + ':' for l in labels)})")
        name = text(callee.child_by_field_name("suffix").child_by_field_name("suffix")) if (
            callee.type == "navigation_expression" and callee.child_by_field_name("suffix") is not None) else text(callee)
        ours = self.code.functions.get(name)
        hint: str | None = first_parameter(ours[-1]) if ours else None
        for index, argument in enumerate(arguments):
            value = argument.child_by_field_name("value")
            value_type = self.expression(value, scope)
            if index == 0 and text(callee) == "ForEach":
                hint = element(value_type)
            if expected is not None and index < len(expected.params) and value is not None:
                self.implicit_case(value, expected.params[index])
        for lambda_ in (c for c in (suffix.children if suffix else []) if c.type == "lambda_literal"):
            self.lambda_(lambda_, scope, hint)
        for argument in arguments:
            for child in argument.named_children:
                if child.type == "lambda_literal":
                    self.lambda_(child, scope, hint)
        return returns

    def implicit_case(self, value: tree_sitter.Node, expected: str | None) -> None:
        """`.tooLittle` passed where the core wants a `HowOften`: the case exists."""
        if value.type != "prefix_expression" or text(value.children[0]) != ".":
            return
        enum = self.core(expected)
        case = text(value.child_by_field_name("target"))
        if enum is not None and enum.kind == "enum" and case not in enum.cases:
            self.report(value, f"{strip(expected)} has no case {case} in the generated bindings")

    # Type names -----------------------------------------------------------------------

    def type_names(self, node: tree_sitter.Node, scope, shallow: bool = False) -> None:
        for user_type in walk(node):
            if shallow and user_type.type in ("class_body", "enum_class_body", "protocol_body"):
                break
            if user_type.type != "user_type" or in_attribute(user_type):
                continue
            parts = [text(c) for c in user_type.children if c.type == "type_identifier"]
            if not parts:
                continue
            if parts[0] == CORE_MODULE and len(parts) > 1:
                self.known_core(user_type, parts[1])
            elif parts[0] not in APPLE_MODULES:
                self.known_type(user_type, parts[0])

    def known_core(self, node: tree_sitter.Node, name: str) -> None:
        if name not in self.bindings.types and name not in self.bindings.aliases:
            self.report(node, f"{CORE_MODULE}.{name} is not in the generated bindings")

    def known_type(self, node: tree_sitter.Node, name: str) -> None:
        if (name in self.bindings.types or name in self.bindings.aliases or name in self.code.declared
                or name in self.apple or name in APPLE_MODULES or name in (CORE_MODULE, "Self", "throws", "async")):
            return
        self.report(node, f"{name} is not in the generated bindings, not declared in ios/, and not one of "
                    "Apple's types listed in ios/checks/apple_names.txt")


def in_attribute(node: tree_sitter.Node) -> bool:
    """Attributes (`@MainActor`, `@unchecked`) and imports name no types."""
    while node is not None:
        if node.type in ("attribute", "import_declaration"):
            return True
        node = node.parent
    return False


def check_uses(bindings: Bindings, code: Code, apple: set[str]) -> list[Problem]:
    return UseChecker(bindings, code, apple).check()


def reach(bindings: Bindings, code: Code, apple: set[str]) -> int:
    """How many uses of a core value's members the check followed."""
    checker = UseChecker(bindings, code, apple)
    checker.check()
    return checker.reached


# ---------------------------------------------------------------------------------------
# Words: every word a person reads comes from the core.


def swift_literals(path: Path, tree: tree_sitter.Tree) -> list[Problem]:
    """String literals are allowed only as the value of a named constant (`static let`, or
    a `let` at the top of a file), and never with interpolation: an identifier the phone
    uses, never a word on screen."""
    found = []
    for node in walk(tree.root_node):
        if node.type not in ("line_string_literal", "multi_line_string_literal", "raw_string_literal"):
            continue
        if node.text in (b'""',):
            continue
        interpolated = any(c.type == "interpolated_expression" for c in walk(node))
        if interpolated or not named_constant(node):
            found.append(problem(path, node, f"a string literal {node.text.decode()[:40]} in the app: words come from "
                                 "the core, identifiers are named constants (static let)"))
    return found


def named_constant(literal: tree_sitter.Node) -> bool:
    declaration = literal.parent
    if declaration is None or declaration.type != "property_declaration":
        return False
    if declaration.child_by_field_name("value") != literal:
        return False
    modifiers = next((c for c in declaration.children if c.type == "modifiers"), None)
    static = modifiers is not None and "static" in modifiers.text.decode().split()
    top = declaration.parent is not None and declaration.parent.type == "source_file"
    constant = any(c.type == "value_binding_pattern" and text(c) == "let" for c in declaration.children)
    return constant and (static or top)


def kotlin_literals(path: Path) -> list[Problem]:
    """The Android UI's Kotlin: no literal with a letter in it (but `const val` values and
    the names of vector images, never shown), and no literal joined to other text."""
    tree = KOTLIN.parse(path.read_bytes())
    found = []
    for node in walk(tree.root_node):
        if node.type != "string_literal" or node.text == b'""':
            continue
        parent = node.parent
        joined = parent is not None and parent.type == "binary_expression" and any(
            c.type == "+" for c in parent.children) or any("interpolat" in c.type for c in walk(node))
        wordy = any(ch.isalpha() for ch in node.text.decode()[1:-1])
        if (wordy and not (kotlin_constant(node) or image_name(node))) or joined:
            found.append(problem(path, node, f"a string literal {node.text.decode()[:40]} in the Android UI: words "
                                 "come from the core"))
    return found


def kotlin_constant(literal: tree_sitter.Node) -> bool:
    declaration = literal.parent
    return declaration is not None and declaration.type == "property_declaration" and b"const" in (
        declaration.children[0].text if declaration.children[0].type == "modifiers" else b"")


def image_name(literal: tree_sitter.Node) -> bool:
    call = literal
    while call is not None and call.type != "call_expression":
        call = call.parent
    return call is not None and call.children[0].text.endswith(b"ImageVector.Builder")


# ---------------------------------------------------------------------------------------
# Screen parity.


def android_screens(screens: Path) -> dict[str, Path]:
    """Each `fun NameScreen(` declared at the top of a file in the Android UI's screens/."""
    found = {}
    for path in sorted(screens.glob("*.kt")):
        tree = KOTLIN.parse(path.read_bytes())
        for node in tree.root_node.children:
            if node.type == "function_declaration":
                name = text(node.child_by_field_name("name") or next(
                    c for c in node.children if c.type in ("simple_identifier", "identifier")))
                if name.endswith("Screen"):
                    found[name] = path
    return found


def ios_screens(screens: Path) -> dict[str, Path]:
    """Each `struct NameScreen: View` in the iOS UI's Screens/."""
    found = {}
    for path in sorted(screens.glob("*.swift")):
        for node in parse_swift(path).root_node.children:
            if node.type == "class_declaration" and text(node.child_by_field_name("declaration_kind")) == "struct":
                name = text(node.child_by_field_name("name"))
                if name.endswith("Screen"):
                    found[name] = path
    return found


def parity(android: dict[str, Path], ios: dict[str, Path]) -> list[str]:
    """Each Android screen has its iOS screen, in the file named for it."""
    problems = [f"the Android app has {name} ({path.name}); the iOS app has no {name}"
                for name, path in android.items() if name not in ios]
    problems += [f"{name} is in {path.name}; it belongs in {name}.swift" for name, path in ios.items()
                 if path.stem != name]
    return problems


def android_events(screens: Path) -> dict[str, set[str]]:
    """Each `sealed interface NameEvent` in the Android screens, with its cases named as
    Swift names them (`OpenPerson` is `openPerson`)."""
    found = {}
    for path in sorted(screens.glob("*.kt")):
        for node in KOTLIN.parse(path.read_bytes()).root_node.children:
            name = text(node.child_by_field_name("name"))
            if node.type == "class_declaration" and name.endswith("Event") and b"sealed" in node.text.split(b"{")[0]:
                body = next(c for c in node.children if c.type == "class_body")
                found[name] = {
                    lower_camel(text(c.child_by_field_name("name"))) for c in body.children
                    if c.type in ("class_declaration", "object_declaration")
                }
    return found


def lower_camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def ios_events(sources: Path) -> dict[str, set[str]]:
    """Each `enum NameEvent` in the iOS UI, with its cases."""
    found = {}
    for path in sorted(sources.rglob("*.swift")):
        for node in parse_swift(path).root_node.children:
            name = text(node.child_by_field_name("name"))
            if node.type == "class_declaration" and name.endswith("Event") and text(
                    node.child_by_field_name("declaration_kind")) == "enum":
                found[name] = {text(c.child_by_field_name("name")) for c in node.child_by_field_name("body").children
                               if c.type == "enum_entry"}
    return found


def event_parity(android: dict[str, set[str]], ios: dict[str, set[str]]) -> list[str]:
    """Each Android screen's events are the iOS screen's: what the child can do is the same."""
    problems = []
    for name, cases in android.items():
        if name not in ios:
            problems.append(f"the Android app has {name}; the iOS app has no {name}")
        elif cases != ios[name]:
            missing, extra = sorted(cases - ios[name]), sorted(ios[name] - cases)
            problems.append(f"{name} differs: the iOS app lacks {missing}, and has {extra} the Android app lacks")
    return problems


def ahead(android: dict[str, Path], ios: dict[str, Path]) -> list[str]:
    """iOS screens the Android app does not have yet (reported, not failed: the two apps'
    screens arrive on separate branches)."""
    return sorted(name for name in ios if name not in android)
