"""Links to sub-pages of routable pages are built from route names (core.routes.subpage_url,
{% routablepageurl %}), never glued to a page's URL, so renaming a segment is one edit; every
route has a name of its own; and the routable pages reach their views through imports at the top
of their module, without import cycles."""

import ast
import inspect
import re
from pathlib import Path

import pytest
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "tests", "migrations", "node_modules", "static"}

# A page URL in a template directly followed by a path segment or another value:
# `{% pageurl page %}archief/`, `{% pageurl page %}{{ post.pk }}/`, `{{ board_url }}nieuw/`.
# What may follow is the end of the attribute, a query string, a fragment, or a lone slash
# (a site's root URL has none).
GLUED_TEMPLATE = re.compile(
    r"(\{%\s*pageurl\b[^%]*%\}|\{\{\s*[\w.]*url\s*\}\})(?=[\w-]|/[\w{-]|\{\{|\{%\s*now)"
)
URL_CALLS = {"get_url", "get_full_url", "relative_url"}
URL_ATTRIBUTES = {"url", "full_url"}


def python_files():
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if not SKIP.intersection(parts):
            yield path


def template_files():
    for path in (ROOT / "templates").rglob("*"):
        if path.suffix in {".html", ".txt", ".xml"}:
            yield path


def is_page_url(node):
    """`x.get_url(...)`, `x.get_full_url(...)`, `x.relative_url(...)`, `x.url`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in URL_CALLS
    return isinstance(node, ast.Attribute) and node.attr in URL_ATTRIBUTES


def is_route(node):
    """What may follow a page's URL: a reverse_subpage(...) (core.routes does that)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "reverse_subpage"
    )


def starts_query_or_fragment(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value[:1] in ("?", "#", "")
    if isinstance(node, ast.JoinedStr) and node.values:
        return starts_query_or_fragment(node.values[0])
    return False


def glued_urls(tree):
    """Line numbers where a page URL is joined with a path: `page.get_url(r) + "x/"`,
    `f"{page.get_full_url()}{post.pk}/"`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if is_page_url(node.left) and not (
                is_route(node.right) or starts_query_or_fragment(node.right)
            ):
                yield node.lineno
        elif isinstance(node, ast.JoinedStr):
            values = node.values
            for value, following in zip(values, values[1:], strict=False):
                if (
                    isinstance(value, ast.FormattedValue)
                    and is_page_url(value.value)
                    and not starts_query_or_fragment(following)
                ):
                    yield node.lineno


def test_python_builds_no_url_by_gluing_a_path_to_a_page_url():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in python_files()
        for line in glued_urls(ast.parse(path.read_text()))
    ]
    assert found == []


def test_templates_glue_no_path_to_a_page_url():
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}: {match.group(0)}"
        for path in template_files()
        for text in [path.read_text()]
        for match in GLUED_TEMPLATE.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    "source, glued",
    [
        ('board.get_url(request) + f"{post.pk}/"', True),
        ('f"{board.get_full_url()}{post.pk}/"', True),
        ('page.get_full_url(request) + "rss/"', True),
        ('page.url + "archief/"', True),
        ('base + page.reverse_subpage("post", args=[1])', False),
        ('page.get_url(request) + page.reverse_subpage("feed")', False),
        ('contact + "?antwoord=1"', False),
        ('page.get_full_url(request) + "?q=1"', False),
        ('f"{page.url}#reageer"', False),
    ],
)
def test_the_python_check_tells_glued_from_built(source, glued):
    assert bool(list(glued_urls(ast.parse(source)))) is glued


@pytest.mark.parametrize(
    "source, glued",
    [
        ("{% pageurl page %}archief/", True),
        ("{% pageurl page %}{{ post.pk }}/", True),
        ("{{ board_url }}nieuw/", True),
        ("{{ page.url }}ical/", True),
        ('href="{% pageurl page %}"', False),
        ("{% pageurl page %}{% if filter_query %}?{{ filter_query }}{% endif %}", False),
        ('{% routablepageurl page "post" post.pk %}', False),
        ("{{ post.detail_url }}#reacties", False),
        ('href="{{ entry.site_url }}/"', False),
    ],
)
def test_the_template_check_tells_glued_from_built(source, glued):
    assert bool(GLUED_TEMPLATE.search(source)) is glued


def routable_page_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin) and model.__module__.split(".")[0] != "wagtail"
    ]


def test_every_route_of_our_routable_pages_is_named():
    """A route without `name=` is named after its method; ours say what they are, once per
    page (the mixin's own fallback index route aside)."""
    for model in routable_page_models():
        routes = [
            r
            for r in model.get_subpage_urls()
            if r.callback.__qualname__.split(".")[0] != "RoutablePageMixin"
        ]
        names = [route.name for route in routes]
        assert all(not name.endswith("_route") for name in names), (model, names)
        assert len(names) == len(set(names)), (model, names)


def test_routable_pages_are_found():
    names = {model.__name__ for model in routable_page_models()}
    assert {"BulletinBoardPage", "EventCalendarPage", "EventPage"} <= names


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_imports(path, modules):
    """The modules of ours that `path` imports at module level (not inside functions)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                target = f"{base}.{alias.name}"
                if target in modules:
                    found.add(target)
                elif base in modules:
                    found.add(base)
    return found


def test_our_modules_import_each_other_without_cycles():
    """A page's module imports its views at the top; nothing the views use imports the page's
    module back, so no import has to wait inside a function."""
    paths = {module_name(path): path for path in python_files()}
    graph = {name: module_imports(path, paths) for name, path in paths.items()}
    done, path = set(), []

    def visit(name):
        if name in path:
            return path[path.index(name) :] + [name]
        if name in done:
            return None
        path.append(name)
        for target in sorted(graph[name]):
            cycle = visit(target)
            if cycle:
                return cycle
        path.pop()
        done.add(name)
        return None

    cycles = [cycle for name in sorted(graph) if (cycle := visit(name))]
    assert cycles == []


def test_routable_pages_import_nothing_inside_functions():
    for model in routable_page_models():
        tree = ast.parse(Path(inspect.getfile(model)).read_text())
        lazy = [
            f"{model.__module__}:{sub.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            for sub in ast.walk(node)
            if isinstance(sub, ast.Import | ast.ImportFrom)
        ]
        assert lazy == [], model
