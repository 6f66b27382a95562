"""One settings registry: each plugin declares its section once, all are checked together.

A plugin declares `Section("PAYMENTS", PaymentSettings)` in its `register()`. When the
build starts (and when `make check` starts) every declared section is validated against
the site's settings in one pass; every mistake of every section is reported in one run, in
one format, located in the settings file when it can be found there:

    pelicanconf.py:83: PAYMENTS.bank_transfer.iban: 'FR00' is not a valid IBAN: …
    pelicanconf.py:101: OFFLINE.enabeld: unknown key (did you mean 'enabled'?); allowed keys: …

Plugins then read their typed, validated section from `Settings.of(Model)`, computed once
per build. A section may compute defaults from other settings (`defaults`) and check
itself against other validated sections (`cross_check`): those run only once every
section is valid on its own. Upper-case settings that no section, Pelican nor a plugin
knows, and that look like one that is known, get a warning ("did you mean").
"""

from __future__ import annotations

import ast
import copy
import importlib.util
import logging
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import pelican
from pelican.settings import DEFAULT_CONFIG
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .errors import ContentError, stop_build
from .suggest import did_you_mean
from .validate import fields_at

M = TypeVar("M", bound=BaseModel)
logger = logging.getLogger(__name__)

# A setting's name as Pelican's code reads it: `settings["FEED_DOMAIN"]`.
PELICAN_NAME = re.compile(r"[\"']([A-Z][A-Z0-9_]{2,})[\"']")
# Where the validated settings of a build are kept in Pelican's settings dict.
SETTINGS_KEY = "vitrine.settings"


@dataclass(frozen=True)
class SettingsMistake:
    """One mistake in the settings: `SECTION.key.sub` and what is wrong with it."""

    key: str
    message: str
    location: str = ""  # "pelicanconf.py:83" when the key was found in a settings file

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.key}: {self.message}"


def _in_file_order(mistake: SettingsMistake) -> tuple[str, int, str]:
    """Located mistakes by file and line, then the others by key."""
    path, _, line = mistake.location.rpartition(":")
    return (path or "\uffff", int(line) if line.isdigit() else 0, mistake.key)


class SettingsErrors(Exception):
    """Every mistake found in the settings; the build stops before reading anything."""

    exitcode = 2

    def __init__(self, mistakes: Iterable[SettingsMistake]) -> None:
        self.mistakes = sorted(dict.fromkeys(mistakes), key=_in_file_order)
        count = len(self.mistakes)
        super().__init__(f"{count} settings error{'s' if count != 1 else ''}; nothing was built")

    def report(self) -> str:
        return "\n".join(str(mistake) for mistake in self.mistakes)


@dataclass(frozen=True)
class Section(Generic[M]):
    """A plugin's settings: the upper-case `name` in pelicanconf.py and its typed model."""

    name: str
    model: type[M]
    # Defaults that depend on other settings (the search pages of the site's languages).
    defaults: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None
    # Checks against other validated sections: (key below the section, message) pairs.
    cross_check: Callable[[M, Settings], list[tuple[str, str]]] | None = None
    # Other upper-case settings the plugin reads, with their defaults: set when the
    # settings leave them out, and never reported as unknown.
    extra_settings: Mapping[str, Any] = field(default_factory=dict)


_SECTIONS: dict[str, Section[Any]] = {}


def declare(section: Section[Any]) -> None:
    """Declare a plugin's section (again: the same name replaces the earlier declaration)."""
    _SECTIONS[section.name] = section


def declared() -> list[Section[Any]]:
    return [_SECTIONS[name] for name in sorted(_SECTIONS)]


@dataclass(frozen=True)
class Settings:
    """The validated settings of one build: each section's model, and Pelican's own."""

    pelican: Mapping[str, Any]
    sections: Mapping[type[BaseModel], BaseModel] = field(default_factory=dict)
    cache_root: Path = Path("cache/pelican")
    settings_file: str | None = None  # where the settings were read from, when known

    def of(self, model: type[M]) -> M:
        """The validated section whose model is `model`."""
        found = self.sections.get(model)
        if not isinstance(found, model):
            raise LookupError(f"no settings section {model.__name__} is declared; is its "
                              "plugin in PLUGINS?")
        return found

    def cache_folder(self, plugin: str) -> Path:
        """The folder where `plugin` keeps what it makes between builds."""
        return self.cache_root / plugin

    def error(self, key: str, message: str) -> ContentError:
        """A mistake found in the settings once content is read (a setting that names a
        page that does not exist), at the line of `key` ("SEO.return_policy.page") in
        the settings file when it is found there, like every other settings mistake."""
        mistake = SettingsMistake(key, message)
        if self.settings_file:
            mistake = _located(mistake, settings_lines(self.settings_file))
        path, _, line = mistake.location.rpartition(":")
        return ContentError(path or self.settings_file or "settings",
                            int(line) if line.isdigit() else 1, key, message)


def validate_section(section: Section[M], settings: Mapping[str, Any]) -> M | list[SettingsMistake]:
    """`section` of `settings` as its model, or every mistake in it (not yet located)."""
    raw = settings.get(section.name)
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        return [SettingsMistake(section.name, "expected a dict of settings, like "
                                f"{section.name} = {{'key': value}}")]
    if section.defaults is not None:
        raw = {**section.defaults(settings), **raw}
    try:
        return section.model.model_validate(raw)
    except ValidationError as error:
        return [_mistake(section, detail) for detail in error.errors()]


def _mistake(section: Section[Any], detail: ErrorDetails) -> SettingsMistake:
    loc = [str(part) for part in detail["loc"]]
    key = ".".join([section.name, *loc])
    if detail["type"] == "extra_forbidden":
        allowed = fields_at(section.model, tuple(detail["loc"][:-1]))
        message = "unknown key" + did_you_mean(loc[-1], allowed)
        if allowed:
            message += f"; allowed keys: {', '.join(allowed)}"
        return SettingsMistake(key, message)
    message = str(detail["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if detail["type"] == "missing":
        message = "required key is missing"
    return SettingsMistake(key, message)


def validate_settings(
    settings: dict[str, Any], settings_file: str | None = None,
    sections: Iterable[Section[Any]] | None = None,
) -> Settings:
    """Every declared section, validated; raise SettingsErrors naming every mistake.

    The sections' `extra_settings` left out of `settings` are added to it first."""
    mistakes: list[SettingsMistake] = []
    models: dict[type[BaseModel], BaseModel] = {}
    chosen = list(declared() if sections is None else sections)
    for section in chosen:
        for key, default in section.extra_settings.items():
            settings.setdefault(key, copy.deepcopy(default))
    for section in chosen:
        result = validate_section(section, settings)
        if isinstance(result, list):
            mistakes += result
        else:
            models[section.model] = result
    where = settings_file or guess_settings_file()
    validated = Settings(settings, models, Path(str(settings.get("CACHE_PATH") or "cache")),
                         where)
    for section in chosen if not mistakes else ():
        model = models.get(section.model)
        if model is not None and section.cross_check is not None:
            mistakes += [SettingsMistake(f"{section.name}.{key}" if key else section.name,
                                         message)
                         for key, message in section.cross_check(model, validated)]
    if mistakes:
        lines = settings_lines(where) if where else {}
        raise SettingsErrors(_located(mistake, lines) for mistake in mistakes)
    return validated


@cache
def pelican_settings() -> frozenset[str]:
    """Every setting Pelican knows: its defaults, the names its code reads, and the
    `<TEMPLATE>_SAVE_AS`/`_URL` of its direct templates."""
    names = set(DEFAULT_CONFIG)
    for source in Path(pelican.__file__).parent.rglob("*.py"):
        if "tests" not in source.parts:
            names.update(PELICAN_NAME.findall(source.read_text(encoding="utf-8")))
    for template in DEFAULT_CONFIG["DIRECT_TEMPLATES"]:
        names.update({f"{template.upper()}_SAVE_AS", f"{template.upper()}_URL"})
    return frozenset(names)


def load_settings(settings: dict[str, Any], settings_file: str | None = None) -> Settings:
    """Validate every declared section of `settings` (the build and `make check`), keep
    the result in `settings` for the plugins, and stop with every mistake if any."""
    for warning in unknown_settings(settings):
        logger.warning(warning)
    try:
        validated = validate_settings(settings, settings_file)
    except SettingsErrors as failure:
        stop_build(f"{failure.report()}\n{failure}", failure.exitcode)
    settings[SETTINGS_KEY] = validated
    return validated


def unknown_settings(settings: Mapping[str, Any],
                     sections: Iterable[Section[Any]] | None = None) -> list[str]:
    """Warnings for upper-case settings that nothing reads and that resemble a known one."""
    known = set(pelican_settings())
    for section in declared() if sections is None else sections:
        known.add(section.name)
        known.update(section.extra_settings)
    warnings = []
    for name in sorted(settings):
        if name.isupper() and name not in known:
            hint = did_you_mean(name, known)
            if hint:
                warnings.append(f"{name}: unknown setting{hint}; it is ignored")
    return warnings


# Locating a key in the settings files -------------------------------------------------------

def guess_settings_file() -> str | None:
    """The settings file Pelican's command was started with (`-s FILE`, else Pelican's
    default `pelicanconf.py`); None when this is not Pelican's command."""
    argv = sys.argv
    if "pelican" not in Path(argv[0]).parts[-2:] and not argv[0].endswith("pelican"):
        return None
    for index, argument in enumerate(argv[:-1]):
        if argument in ("-s", "--settings"):
            return argv[index + 1]
    for argument in argv:
        if argument.startswith("--settings="):
            return argument.split("=", 1)[1]
    return "pelicanconf.py"


def settings_lines(path: str) -> dict[str, tuple[str, int]]:
    """`"PAYMENTS.bank_transfer.iban"` -> (file, line) for every literal key of `path` and
    of the settings files it imports with `from x import *` (its own keys win)."""
    found: dict[str, tuple[str, int]] = {}
    _index_file(Path(path), found, set())
    return found


def _index_file(path: Path, found: dict[str, tuple[str, int]], seen: set[Path]) -> None:
    if path in seen or not path.is_file():
        return
    seen.add(path)
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return
    shown = _display(path)
    own: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and any(
                alias.name == "*" for alias in node.names):
            _index_file(_module_file(node.module, path.parent), found, seen)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    own[target.id] = (shown, node.lineno)
                    _index_value(node.value, target.id, shown, own)
    found.update(own)


def _module_file(module: str, beside: Path) -> Path:
    """The file of `module`: beside the settings file that imports it, else on sys.path."""
    local = beside / f"{module.replace('.', '/')}.py"
    if local.is_file():
        return local
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return local
    return Path(spec.origin) if spec and spec.origin else local


def _index_value(node: ast.expr, prefix: str, shown: str,
                 found: dict[str, tuple[str, int]]) -> None:
    if isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                name = f"{prefix}.{key.value}"
                found[name] = (shown, key.lineno)
                _index_value(value, name, shown, found)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
        for keyword in node.keywords:
            if keyword.arg:
                found[f"{prefix}.{keyword.arg}"] = (shown, keyword.value.lineno)
                _index_value(keyword.value, f"{prefix}.{keyword.arg}", shown, found)


def _located(mistake: SettingsMistake, lines: dict[str, tuple[str, int]]) -> SettingsMistake:
    """`mistake` with the file and line of its key, or of the nearest enclosing key."""
    parts = mistake.key.split(".")
    while parts:
        where = lines.get(".".join(parts))
        if where is not None:
            return SettingsMistake(mistake.key, mistake.message, f"{where[0]}:{where[1]}")
        parts.pop()
    return mistake


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
