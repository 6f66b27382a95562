"""Turn front matter into typed records, or into ContentErrors an editor can act on."""

from __future__ import annotations

import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .errors import ContentError
from .frontmatter import FrontMatter, field_path
from .schema import SchemaContext
from .suggest import did_you_mean

M = TypeVar("M", bound=BaseModel)

MESSAGES = {
    "missing": "required field is missing",
    "string_type": "expected text{got}",
    "int_type": "expected a whole number{got}",
    "int_parsing": "expected a whole number{got}",
    "int_from_float": "expected a whole number{got}",
    "decimal_type": "expected a number{got}",
    "decimal_parsing": "expected a number{got}",
    "finite_number": "must be a finite number{got}",
    "bool_type": "expected true or false{got}",
    "bool_parsing": "expected true or false{got}",
    "list_type": "expected a list{got}",
    "dict_type": "expected 'key: value' fields{got}",
    "model_type": "expected 'key: value' fields{got}",
    "model_attributes_type": "expected 'key: value' fields{got}",
    "date_type": "expected a date like 2026-10-14{got}",
    "date_parsing": "expected a date like 2026-10-14{got}",
    "date_from_datetime_parsing": "expected a date like 2026-10-14{got}",
    "date_from_datetime_inexact": "expected a date without a time{got}",
}


def validate(
    model: type[M], front_matter: FrontMatter, context: SchemaContext
) -> M | list[ContentError]:
    """A `model` record, or every problem found in `front_matter`."""
    try:
        return model.model_validate(front_matter.data, context=context)
    except ValidationError as error:
        return [_content_error(model, detail, front_matter) for detail in error.errors()]


def _content_error(model: type[BaseModel], detail: ErrorDetails, fm: FrontMatter) -> ContentError:
    loc = tuple(detail["loc"])
    ctx = detail.get("ctx") or {}
    if ctx.get("field"):
        loc = (*loc, ctx["field"])
    field = field_path(loc) or "front matter"
    kind = detail["type"]
    if kind == "extra_forbidden":
        allowed = fields_at(model, loc[:-1])
        message = "unknown key" + did_you_mean(str(loc[-1]), allowed)
        if allowed:
            message += f"; allowed keys: {', '.join(allowed)}"
    elif kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        message = f"{detail['input']!r} is not one of: {expected}"
    elif kind == "too_short":
        count = ctx.get("min_length", 1)
        message = f"needs at least {count} item{'s' if count != 1 else ''}"
    elif kind in ("greater_than", "greater_than_equal"):
        bound = ctx.get("gt", ctx.get("ge"))
        relation = "more than" if kind == "greater_than" else "at least"
        message = f"must be {relation} {bound}, got {detail['input']!r}"
    elif kind in MESSAGES:
        message = MESSAGES[kind].format(got=_got(detail.get("input")) if kind != "missing" else "")
    else:
        message = detail["msg"]
    line = fm.line_of(field_path(loc[:-1]) if kind == "missing" else field_path(loc))
    return ContentError(fm.path, line, field, message)


def _got(value: Any) -> str:
    """The value as the editor wrote it, not as Python shows it."""
    if isinstance(value, bool):
        return f", got {str(value).lower()}"
    if isinstance(value, dict):
        return ", got 'key: value' fields"
    if isinstance(value, list):
        return ", got a list"
    if value is None:
        return ", got nothing"
    if isinstance(value, str):
        return f", got {value!r}"
    return f", got {value}"


def fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys allowed at `loc` inside `model`, for 'did you mean' hints."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        info = current.model_fields.get(part)
        if info is None:
            return []
        current = info.annotation
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """`list[Offer] | None` -> `Offer`."""
    while True:
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (list, typing.Union, types.UnionType, typing.Annotated) and args:
            annotation = args[0]
        else:
            return annotation
