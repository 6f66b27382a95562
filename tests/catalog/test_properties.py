"""Property: any front matter either parses into a record or yields ContentErrors.

Nothing an editor can type may crash the build with another exception.
"""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import yaml
from catalog.errors import ContentError, ContentErrors
from catalog.frontmatter import parse_front_matter
from catalog.schema import CaseStudy, Page, Product, SchemaContext
from catalog.validate import validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.frontmatter import CASE_STUDY, PRODUCT

CONTEXT = SchemaContext(languages=("fr", "en"), content_root=Path(__file__).parent)
MODELS = (Product, CaseStudy, Page)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
    st.text(max_size=20), st.dates(), st.sampled_from(["EUR", "fr", "ebook", "-1", "1e400"]),
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8) | st.integers(), children, max_size=4),
    max_leaves=12,
)
keys = st.sampled_from(
    [*Product.model_fields, *CaseStudy.model_fields, "prcie", "price", "q", "src"]
) | st.text(max_size=10)


def outcome(text: str, model: type) -> None:
    try:
        front_matter = parse_front_matter(text, "p.md")
    except ContentErrors as errors:
        assert errors.errors and all(isinstance(e, ContentError) for e in errors.errors)
        return
    result = validate(model, front_matter, CONTEXT)
    if isinstance(result, list):
        assert result and all(isinstance(e, ContentError) and e.line >= 1 for e in result)
    else:
        assert isinstance(result, model)


def dump(data: Any) -> str:
    return "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\nbody\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from(MODELS))
def test_any_text_between_fences(text: str, model: type) -> None:
    outcome(f"---\n{text}\n---\nbody\n", model)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, values, max_size=12), st.sampled_from(MODELS))
def test_any_mapping(data: dict[Any, Any], model: type) -> None:
    outcome(dump(data), model)


def _mutate(base: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


product_paths = st.sampled_from([
    ["title"], ["kind"], ["offers"], ["offers", 0], ["offers", 0, "price"],
    ["offers", 0, "currency"], ["offers", 1, "pay"], ["specs"], ["specs", "Durée"],
    ["images"], ["images", 0, "src"], ["faq", 0], ["related"], ["ebook"], ["updated"],
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(product_paths, values)
def test_one_field_of_a_valid_product_replaced(path: list[Any], value: Any) -> None:
    outcome(dump(_mutate(PRODUCT, path, value)), Product)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(CASE_STUDY)), values)
def test_one_field_of_a_valid_case_study_replaced(key: str, value: Any) -> None:
    outcome(dump(_mutate(CASE_STUDY, [key], value)), CaseStudy)


def test_dates_and_datetimes_round_trip() -> None:
    outcome(dump(dict(CASE_STUDY, date=datetime.datetime(2026, 1, 1, 10, 0))), CaseStudy)
