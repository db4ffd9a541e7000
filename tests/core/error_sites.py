"""Every place in core/ that builds a user-facing message, found with ``ast``, with its key.

A site is a construction of a FayanError subclass, or a FileOutcome given a literal message.
Where a helper builds the error from a ``key`` and a ``why`` its callers pass (``_fail(path,
"notes_backup.not_text", "it is not a text (JSON) file")``), each call of the helper is a site.
For every site the English message is rebuilt as a ``str.format`` template whose fields are the
params (``{name}``, ``{size:,}``), so a test can compare it with the GUI's English string.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import core.errors

CORE = Path(core.errors.__file__).resolve().parent
ERROR_CLASSES = frozenset(
    name
    for name, value in vars(core.errors).items()
    if isinstance(value, type) and issubclass(value, core.errors.FayanError)
)
OUTCOME_CLASS = "FileOutcome"


@dataclass
class Site:
    """One message: where it is built, its key, its params and its English template."""

    where: str  # "core/ingest/pdf.py:45" (the helper's call, for a helper)
    cls: str
    key: str | None = None  # None when missing or not a literal
    params: tuple[str, ...] | None = None  # None when not a literal dict
    template: str | None = None  # None when the message could not be rebuilt
    problems: list[str] = field(default_factory=list)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _message(call: ast.Call, cls: str) -> ast.expr | None:
    if cls == OUTCOME_CLASS:
        return _kw(call, "message")
    return call.args[0] if call.args else _kw(call, "message")


def _same(param: ast.expr, shown: ast.FormattedValue) -> bool:
    """The param holds the value the f-string shows (``str(x)`` shows as ``x`` does)."""
    if ast.unparse(param) == ast.unparse(shown.value):
        return True
    plain = shown.conversion == -1 and shown.format_spec is None
    return (
        plain
        and isinstance(param, ast.Call)
        and _name(param.func) == "str"
        and len(param.args) == 1
        and ast.unparse(param.args[0]) == ast.unparse(shown.value)
    )


class _Template:
    """Rebuild an f-string as a format template over named params; None when it cannot."""

    def __init__(self, params: dict[str, ast.expr], inline: dict[str, tuple]) -> None:
        self.params = params  # param name → the expression it holds (at this level)
        self.inline = inline  # helper argument name → (its value, params at the caller)
        self.problems: list[str] = []

    def build(self, node: ast.expr | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value.replace("{", "{{").replace("}", "}}")
        if not isinstance(node, ast.JoinedStr):
            self.problems.append(f"message is not a literal: {ast.unparse(node) if node else None}")
            return None
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value).replace("{", "{{").replace("}", "}}"))
                continue
            assert isinstance(part, ast.FormattedValue)
            out.append(self._field(part))
        return None if self.problems else "".join(out)

    def _field(self, part: ast.FormattedValue) -> str:
        value = part.value
        if isinstance(value, ast.Name) and value.id in self.inline and part.conversion == -1:
            arg, caller_params = self.inline[value.id]
            inner = _Template(caller_params, {})
            text = inner.build(arg)
            self.problems += inner.problems
            return text or ""
        name = next((n for n, expr in self.params.items() if _same(expr, part)), None)
        if name is None:
            self.problems.append(f"{{{ast.unparse(value)}}} is not passed in params")
            return ""
        conv = "" if part.conversion == -1 else "!" + chr(part.conversion)
        spec = ""
        if part.format_spec is not None:
            assert isinstance(part.format_spec, ast.JoinedStr)
            spec = ":" + "".join(str(c.value) for c in part.format_spec.values)  # type: ignore[attr-defined]
        return "{" + name + conv + spec + "}"


def _literal_params(
    node: ast.expr | None, spread: dict[str, ast.expr]
) -> dict[str, ast.expr] | None:
    """``{"name": expr, **kw}`` → name → expr; ``**kw`` expands to ``spread``."""
    if node is None:
        return {}
    if not isinstance(node, ast.Dict):
        return None
    out: dict[str, ast.expr] = {}
    for k, v in zip(node.keys, node.values, strict=True):
        if k is None:
            out.update(spread)
        elif isinstance(k, ast.Constant) and isinstance(k.value, str):
            out[k.value] = v
        else:
            return None
    return out


def _bind(fn: ast.FunctionDef, call: ast.Call) -> tuple[dict[str, ast.expr], dict[str, ast.expr]]:
    """The helper's named arguments at this call, and the extra keywords its ``**kw`` takes."""
    names = [a.arg for a in fn.args.args]
    bound = dict(zip(names, call.args, strict=False))
    extra: dict[str, ast.expr] = {}
    for k in call.keywords:
        if k.arg in names:
            bound[k.arg] = k.value
        elif k.arg is not None:
            extra[k.arg] = k.value
    return bound, extra


def _site(rel: str, line: int, cls: str, call: ast.Call, key_node, params, inline) -> Site:
    site = Site(f"{rel}:{line}", cls)
    if isinstance(key_node, ast.Constant) and isinstance(key_node.value, str):
        site.key = key_node.value
    else:
        site.problems.append("no literal key")
    if params is None:
        site.problems.append("params is not a literal dict")
    else:
        site.params = tuple(sorted(params))
        builder = _Template(params, inline)
        site.template = builder.build(_message(call, cls))
        site.problems += builder.problems
    return site


def _helper_sites(tree: ast.Module, rel: str, fn: ast.FunctionDef, call: ast.Call, cls: str):
    """The sites of a helper that builds its error from the ``key`` (and ``why``) it is given."""
    key_name = _kw(call, "key").id  # type: ignore[union-attr]
    spreads = fn.args.kwarg is not None
    for c in ast.walk(tree):
        if not (isinstance(c, ast.Call) and _name(c.func) == fn.name):
            continue
        bound, extra = _bind(fn, c)
        params = _literal_params(_kw(call, "params"), extra if spreads else {})
        # A field naming an argument the caller gives as a literal (the ``why``) is that
        # literal, rebuilt over the caller's keywords.
        inline = {
            n: (v, extra)
            for n, v in bound.items()
            if n != key_name and isinstance(v, ast.Constant | ast.JoinedStr)
        }
        yield _site(rel, c.lineno, cls, call, bound.get(key_name), params, inline)


def _module_sites(path: Path) -> list[Site]:
    rel = path.relative_to(CORE.parent).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    enclosing: dict[ast.AST, ast.FunctionDef] = {}
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        for node in ast.walk(fn):
            enclosing[node] = fn  # inner functions are walked later and win
    sites: list[Site] = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        cls = _name(call.func)
        if cls == OUTCOME_CLASS:
            if isinstance(_message(call, cls), ast.Constant | ast.JoinedStr):
                params = _literal_params(_kw(call, "message_params"), {})
                sites.append(
                    _site(rel, call.lineno, cls, call, _kw(call, "message_key"), params, {})
                )
            continue  # else a message made elsewhere: an error's, or the reader's warnings
        if cls not in ERROR_CLASSES:
            continue
        fn = enclosing.get(call)
        key = _kw(call, "key")
        if fn and isinstance(key, ast.Name) and key.id in [a.arg for a in fn.args.args]:
            sites += _helper_sites(tree, rel, fn, call, cls)
        else:
            params = _literal_params(_kw(call, "params"), {})
            sites.append(_site(rel, call.lineno, cls, call, key, params, {}))
    return sorted(sites, key=lambda s: int(s.where.rsplit(":", 1)[1]))


@cache
def error_sites() -> tuple[Site, ...]:
    """Every message site in core/, in file order."""
    out: list[Site] = []
    for path in sorted(CORE.rglob("*.py")):
        out += _module_sites(path)
    return tuple(out)
