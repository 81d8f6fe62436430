"""No import cycle between the project's apps, read from the source (ast), not from what happens to be imported.

Granularity: the Django app. A module belongs to the innermost package holding an `apps.py` (so `home.partners`,
`home.feeds`, `home.translators`, `initiatives.events`, `initiatives.contributions`, `library.letter`,
`search.opendata` are apps of their own, with their own label), and every other sub-package to its enclosing app
(`home.models`, `initiatives.models`…). The app is the unit Django loads, migrates and orders in INSTALLED_APPS;
the top-level folders are only the site's layout, and the apps inside one may sit at different layers (`home`
is the framework every content app builds on; `home.feeds` lists them all).

The importers (documents, references and the demo loaded through them, `library.importing`, `library.demo`) are
part of the library app: they write the pages of every content app, and the library is the app above the others.

Only module-level imports count (those inside `if TYPE_CHECKING:` are skipped): they run when a module is first
imported. An import inside a function runs later and only says why in a comment next to it.
"""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"home": ROOT / "home", "initiatives": ROOT / "initiatives", "library": ROOT / "library"}
PACKAGES |= {"search": ROOT / "search", "operations": ROOT / "site" / "operations"}


def project_modules():
    """{dotted name: (path, is_package)} of every module but migrations."""
    modules = {}
    for name, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            parts = [name, *path.relative_to(folder).with_suffix("").parts]
            if "migrations" in parts:
                continue
            is_package = parts[-1] == "__init__"
            modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return modules


def unit_of(module, apps):
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in apps:
            return ".".join(parts[:end])
    return parts[0]


def module_level_imports(module, path, is_package):
    """The dotted names a module imports when it is loaded (relative imports resolved)."""
    names = []

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                names.extend(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    package = module.split(".") if is_package else module.split(".")[:-1]
                    base = ".".join(package[: len(package) - child.level + 1] + ([base] if base else []))
                names.append(base)
                names.extend(f"{base}.{alias.name}" for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(), filename=str(path)))
    return names


def app_graph():
    """{unit: {unit it imports: [one 'module -> module' example each]}}."""
    modules = project_modules()
    apps = {name for name, (path, is_package) in modules.items() if is_package and (path.parent / "apps.py").exists()}

    def resolve(name):
        parts = name.split(".")
        for end in range(len(parts), 0, -1):
            if ".".join(parts[:end]) in modules:
                return ".".join(parts[:end])
        return None

    graph = defaultdict(lambda: defaultdict(list))
    for module, (path, is_package) in modules.items():
        for name in module_level_imports(module, path, is_package):
            target = resolve(name)
            if target is None:
                continue
            source_unit, target_unit = unit_of(module, apps), unit_of(target, apps)
            if source_unit != target_unit:
                graph[source_unit][target_unit].append(f"{module} -> {target}")
    return graph


def pop_component(stack, on_stack, root):
    """The members of the stack down to `root`: one strongly connected component."""
    component = set()
    while True:
        member = stack.pop()
        on_stack.discard(member)
        component.add(member)
        if member == root:
            return component


def cycles(graph):
    """The strongly connected components of more than one unit (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = pop_component(stack, on_stack, node)
            if len(component) > 1:
                found.append(component)

    for node in list(graph):
        if node not in index:
            connect(node)
    return found


def test_no_import_cycle_between_apps():
    graph = app_graph()
    problems = [
        f"{source} -> {target}: {examples[0]}"
        for component in cycles(graph)
        for source in sorted(component)
        for target, examples in sorted(graph[source].items())
        if target in component
    ]
    assert not problems, "apps importing each other in a cycle:\n" + "\n".join(problems)


def test_the_framework_imports_no_content_app():
    """`home` (base page, visibility, content version, labels, listings) sits below every other app."""
    assert set(app_graph()["home"]) <= set(), dict(app_graph()["home"])


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b": ["a.x -> b.y"]}, "b": {"a": ["b.y -> a.x"]}}, [{"a", "b"}]),
        ({"a": {"b": ["a.x -> b.y"]}, "b": {"c": ["b.y -> c.z"]}}, []),
    ],
)
def test_the_cycle_finder_finds_a_cycle_and_only_a_cycle(graph, expected):
    assert cycles(graph) == expected


def uncommented_function_imports(path, root=ROOT):
    """["file:line: import"] of the imports inside functions with no comment on their line or above their run."""
    lines = path.read_text().splitlines()
    found = []
    for function in ast.walk(ast.parse("\n".join(lines))):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            above = node.lineno - 2
            while above >= 0 and lines[above].strip().startswith(("import ", "from ")):
                above -= 1  # a comment may open a run of imports
            if "#" not in lines[node.lineno - 1] and not (above >= 0 and lines[above].strip().startswith("#")):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    return found


def test_every_function_level_import_says_why():
    missing = [line for path, _package in project_modules().values() for line in uncommented_function_imports(path)]
    assert not missing, "move these imports to the module's top, or say in a comment why they wait:\n" + "\n".join(
        missing
    )


def test_the_import_comment_check_sees_a_bare_import(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text("def f():\n    # why\n    import os\n\n\ndef g():\n    import sys\n    return sys\n")
    assert uncommented_function_imports(module, root=tmp_path) == ["sample.py:7: import sys"]
