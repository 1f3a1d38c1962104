"""ReDoS audit: every regular expression in the package, fed adversarial strings.

The patterns are found, not listed by hand: every module of ``commentguard`` is
imported and searched for compiled patterns (also inside tuples, lists and dicts, like
the pretext table), and the source is parsed for ``re.*`` calls with a literal pattern
(``re.sub(r"…", …)`` inside a function). A new pattern is audited the day it is added.

Each pattern is run with ``findall`` (every start position: the worst case of any
``search``/``sub``) on strings built from the characters it loops on: every character
of its parse tree, alone and in pairs ("1 1 1 …", "a.a.a …"), and hand-written
near-misses. A linear pattern takes about 10× as long on 100k characters as on 10k; a
quadratic one 100×, an exponential one never finishes. The test measures the 10k time
first (so a catastrophic pattern fails in a fraction of a second instead of hanging),
then the 100k time, and when that is not negligible, the ratio of the best of 3 runs
of each: it must stay under 30 (3× the linear ratio, generous to noise). A
``timeout`` mark is the last line of defence.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import pkgutil
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import commentguard
from commentguard.normalize import MAX_RAW_CHARS

try:
    import re._constants as sre_c
    import re._parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = tuple(
    op
    for op in (
        sre_c.MAX_REPEAT,
        sre_c.MIN_REPEAT,
        getattr(sre_c, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)
_ATOMIC = getattr(sre_c, "ATOMIC_GROUP", object())

PACKAGE_DIR = Path(commentguard.__file__).resolve().parent
SMALL, BIG = 10_000, 100_000
#: A pattern slower than this on SMALL characters (2 µs a character; the slowest
#: linear pattern here needs a tenth of that) is already broken: BIG is not tried.
SMALL_LIMIT = 0.02
#: Below this on SMALL characters a pattern is harmless whatever its curve (100× this,
#: the quadratic worst case, on BIG characters is still nothing).
NEGLIGIBLE_SMALL = 0.0005
#: Below this on BIG characters the ratio is noise.
NEGLIGIBLE = 0.02
#: BIG / SMALL time ratio: linear is 10, quadratic 100. Over SCREEN_RATIO in one run
#: the pair is timed again, best of 3, and must stay under MAX_RATIO.
SCREEN_RATIO = 15.0
MAX_RATIO = 30.0
HARD_LIMIT = 1.0  # seconds for BIG characters

#: Near-misses and loop bait that the parse tree does not show: partial URLs, phone
#: numbers, e-mail addresses, entities, spaced letters, template phrases, markup.
NEAR_MISSES = [
    "a ", "1 ", "a.", "a-", "a_ ", "a@", "a.b", "a  ", "+1 ", "(1)", "{a|", "-- ", "\n ",
    " \xa0", "\xa0", "a\u0301", "<a", "<!--", "&#9", "www.", "http://", "a[.]", " dot ",
    "casino ", "your feed is ", "1st ", "v1", "Aa", "qq:1",
]  # fmt: skip

SKIP_MODULES = ("__main__",)


@dataclass(frozen=True)
class Audited:
    name: str
    pattern: re.Pattern[Any]
    module: str = ""


def _walk(obj: Any, name: str, out: dict[int, Audited], seen: set[int], module: str) -> None:
    if isinstance(obj, re.Pattern):
        out.setdefault(id(obj), Audited(name, obj, module))
        return
    if id(obj) in seen or not isinstance(obj, (tuple, list, dict, frozenset, set)):
        return
    seen.add(id(obj))
    items = obj.items() if isinstance(obj, dict) else enumerate(obj)
    for key, value in items:
        _walk(value, f"{name}[{key!r}]", out, seen, module)


def runtime_patterns() -> tuple[list[Audited], list[str]]:
    """Compiled patterns held by the package's modules, and modules that failed to import."""
    found: dict[int, Audited] = {}
    failed = []
    modules = sorted(
        m.name
        for m in pkgutil.walk_packages(commentguard.__path__, "commentguard.")
        if not m.name.endswith(SKIP_MODULES)
    )
    for name in modules:
        try:
            module = importlib.import_module(name)
        except Exception:  # e.g. the Django adapter without settings
            failed.append(name)
            continue
        for attr, value in vars(module).items():
            if not attr.startswith("__"):
                # Named where it is defined, not where it is imported.
                if isinstance(value, re.Pattern) and f"{attr} = " not in _source(name):
                    continue
                _walk(value, f"{name}.{attr}", found, set(), name)
    return sorted(found.values(), key=lambda a: a.name), failed


def _source(module: str) -> str:
    rel = module.removeprefix("commentguard").lstrip(".").replace(".", "/")
    path = PACKAGE_DIR / (rel + ".py") if rel else PACKAGE_DIR / "__init__.py"
    if not path.exists():
        path = PACKAGE_DIR / rel / "__init__.py"
    return path.read_text(encoding="utf-8")


RE_FUNCS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
}


@dataclass(frozen=True)
class CallSite:
    where: str
    func: str
    literal: str | bytes | None
    flags: int


def call_sites() -> list[CallSite]:
    """Every ``re.<func>(…)`` call in the package's source, with its literal pattern."""
    sites = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCS
                and node.args
            ):
                continue
            first = node.args[0]
            literal = first.value if isinstance(first, ast.Constant) else None
            flags = 0
            for sub in [*node.args[1:], *(k.value for k in node.keywords)]:
                for n in ast.walk(sub):
                    if (
                        isinstance(n, ast.Attribute)
                        and isinstance(n.value, ast.Name)
                        and n.value.id == "re"
                        and n.attr.isupper()
                    ):
                        flags |= int(getattr(re, n.attr))
            where = f"{path.relative_to(PACKAGE_DIR.parent)}:{node.lineno}"
            sites.append(CallSite(where, node.func.attr, literal, flags))
    return sites


def audited_patterns() -> list[Audited]:
    patterns, _failed = runtime_patterns()
    known = {(a.pattern.pattern, a.pattern.flags & ~re.UNICODE) for a in patterns}
    for site in call_sites():
        if site.literal is None:
            continue
        compiled = re.compile(site.literal, site.flags)
        if (compiled.pattern, compiled.flags & ~re.UNICODE) not in known:
            known.add((compiled.pattern, compiled.flags & ~re.UNICODE))
            patterns.append(Audited(f"{site.where} (re.{site.func})", compiled))
    return patterns


# -- adversarial strings ------------------------------------------------------------------

_CATEGORY_CHAR = {
    sre_c.CATEGORY_DIGIT: "1",
    sre_c.CATEGORY_NOT_DIGIT: "a",
    sre_c.CATEGORY_WORD: "a",
    sre_c.CATEGORY_NOT_WORD: " ",
    sre_c.CATEGORY_SPACE: " ",
    sre_c.CATEGORY_NOT_SPACE: "a",
}


def alphabet(pattern: re.Pattern[Any], limit: int = 6) -> list[str]:
    """Characters the pattern's parse tree matches, loops first: its bait."""
    looped: list[str] = []
    other: list[str] = []

    def add(ch: str, inside_loop: bool) -> None:
        target = looped if inside_loop else other
        if ch not in looped and ch not in other:
            target.append(ch)

    def visit(tree: Any, loop: bool) -> None:
        for op, av in tree:
            if op is sre_c.LITERAL:
                add(chr(av), loop)
            elif op is sre_c.NOT_LITERAL:
                add("b" if av == ord("a") else "a", loop)
            elif op is sre_c.ANY:
                add("a", loop)
            elif op is sre_c.IN:
                if any(o is sre_c.NEGATE for o, _ in av):
                    add("a", loop)
                    add(" ", loop)
                    continue
                for o, a in av:
                    if o is sre_c.LITERAL:
                        add(chr(a), loop)
                    elif o is sre_c.RANGE:
                        add(chr(a[0]), loop)
                    elif o is sre_c.CATEGORY:
                        add(_CATEGORY_CHAR.get(a, "a"), loop)
            elif op in _REPEATS:
                visit(av[2], loop or av[1] > 1)
            elif op is sre_c.SUBPATTERN:
                visit(av[-1], loop)
            elif op is sre_c.BRANCH:
                for branch in av[1]:
                    visit(branch, loop)
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                visit(av[1], loop)
            elif op is _ATOMIC:
                visit(av, loop)

    source = pattern.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    visit(sre_parse.parse(source, pattern.flags & ~re.UNICODE), False)
    return (looped + other)[:limit]


def adversarial_units(pattern: re.Pattern[Any]) -> list[str]:
    chars = alphabet(pattern)
    units = list(chars)
    units += [a + b for a, b in itertools.permutations(chars, 2)]
    units += NEAR_MISSES
    return list(dict.fromkeys(units))


def _subject(pattern: re.Pattern[Any], unit: str, n: int) -> Any:
    s = (unit * (n // len(unit) + 1))[:n]
    if isinstance(pattern.pattern, bytes):
        return s.encode("utf-8", "surrogatepass")
    return s


def _timed(pattern: re.Pattern[Any], subject: Any, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _match in pattern.finditer(subject):  # every start position, constant memory
            pass
        best = min(best, time.perf_counter() - start)
    return best


def scaling_problems(pattern: re.Pattern[Any]) -> list[str]:
    problems = []
    for unit in adversarial_units(pattern):
        small = _subject(pattern, unit, SMALL)
        t_small = _timed(pattern, small)
        if t_small > SMALL_LIMIT:
            t_small = _timed(pattern, small, 3)  # not a scheduling hiccup?
            if t_small > SMALL_LIMIT:
                problems.append(f"{unit!r}: {t_small * 1e3:.1f} ms for {SMALL:,} chars")
                continue
        if t_small < NEGLIGIBLE_SMALL:
            continue  # even quadratic, BIG would take < 100 × this: harmless
        big = _subject(pattern, unit, BIG)
        t_big = _timed(pattern, big)
        if t_big < HARD_LIMIT and t_big / t_small < SCREEN_RATIO:
            continue
        if t_big < HARD_LIMIT:  # looks super-linear: measure again, best of 3
            t_small, t_big = _timed(pattern, small, 3), _timed(pattern, big, 3)
        ratio = t_big / max(t_small, 1e-6)
        if t_big > HARD_LIMIT or (t_big >= NEGLIGIBLE and ratio > MAX_RATIO):
            problems.append(
                f"{unit!r}: {t_small * 1e3:.2f} ms for {SMALL:,} chars, "
                f"{t_big * 1e3:.1f} ms for {BIG:,} (×{ratio:.0f}, linear is ×{BIG // SMALL})"
            )
    return problems


# -- the audit ------------------------------------------------------------------------

PATTERNS = audited_patterns()

#: Patterns known to backtrack, in files this suite's authors may not edit; the marks
#: are strict, so the day a pattern is fixed its test says so.
KNOWN_QUADRATIC: dict[str, str] = {}


def _param(a: Audited) -> Any:
    marks = []
    if a.name in KNOWN_QUADRATIC:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_QUADRATIC[a.name]))
    return pytest.param(a.pattern, id=a.name, marks=marks)


def test_the_audit_finds_the_patterns():
    names = {a.name for a in PATTERNS}
    # A few that must be there, from each kind of place patterns live in.
    for expected in (
        "commentguard.normalize._URL_RE",
        "commentguard.normalize._SPACED_RE",
        "commentguard.lexicon.COMMERCIAL_RE",
        "commentguard.checks.contact._PHONE_RE",
        "commentguard.checks.praise._PHRASE_RE",
        "commentguard.features._PHONE_RE",
        "commentguard.io.base._NEWLINES_RE",
    ):
        assert expected in names
    assert any(n.startswith("commentguard.checks.pretext._PRETEXT_RES[") for n in names)
    assert len(PATTERNS) >= 45


def test_every_re_call_site_is_audited():
    """Each literal pattern in the source is among the audited ones, and each module with
    a computed ``re.compile(...)`` contributes patterns found at run time."""
    patterns = {(a.pattern.pattern, a.pattern.flags & ~re.UNICODE) for a in PATTERNS}
    runtime, failed = runtime_patterns()
    assert all(name.startswith("commentguard.contrib") for name in failed), failed
    modules_with_patterns = {a.module for a in runtime}
    for site in call_sites():
        if site.literal is not None:
            compiled = re.compile(site.literal, site.flags)
            assert (compiled.pattern, compiled.flags & ~re.UNICODE) in patterns, site
        elif site.func == "compile":
            path = Path(site.where.split(":")[0]).with_suffix("")
            module = ".".join(path.parts).removesuffix(".__init__")
            assert module in modules_with_patterns, f"computed pattern at {site.where} not found"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("pattern", [_param(a) for a in PATTERNS])
def test_pattern_scales_linearly(pattern):
    problems = scaling_problems(pattern)
    assert not problems, "super-linear matching:\n" + "\n".join(problems)


# -- end to end: the whole pipeline on hostile text -----------------------------------

END_TO_END_UNITS = [
    "1 ", "a.", "a ", "a  ", "a_ ", "<a", "<!--", "<a href='", "&#99;", "http://", "www.a.",
    "a.com ", "c a s i n o ", "v1agra ", "\xa0", "\u200b", "é", "a\u0301", "+1 (888) ",
    "{a|b} ", "hello there ", "your feed is ", "a@b.", "casino ", "<p>x", "</", "1st",
    ";<a href='-&>'", "o n l i n e c-a-s-i-n-o ", "cryp70 ",
]  # fmt: skip


def _check_time(guard: Any, text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        guard.check({"content": text, "author": text[:300], "author_url": text[:300]})
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.timeout(120)
def test_guard_check_scales_linearly_on_hostile_text(guard):
    """normalize + classifier + every check, on 20k and 200k characters of each unit."""
    slow = []
    small_n, big_n = MAX_RAW_CHARS // 10, MAX_RAW_CHARS
    for unit in END_TO_END_UNITS:
        small = (unit * (small_n // len(unit) + 1))[:small_n]
        big = (unit * (big_n // len(unit) + 1))[:big_n]
        t_small = _check_time(guard, small)
        assert t_small < 2.0, f"{unit!r}: {t_small:.2f} s for {small_n:,} chars"
        t_big = _check_time(guard, big)
        if t_big > 5.0:
            t_big = _check_time(guard, big, 2)
        assert t_big < 5.0, f"{unit!r}: {t_big:.2f} s for {big_n:,} chars"
        if t_big > 0.25 and t_big / t_small > SCREEN_RATIO:
            t_small, t_big = _check_time(guard, small, 3), _check_time(guard, big, 3)
            if t_big / t_small > MAX_RATIO:
                slow.append(f"{unit!r}: {t_small:.3f} s → {t_big:.3f} s")
    assert not slow, slow
