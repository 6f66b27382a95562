"""Every page's JSON-LD passes an external validator of schema.org and of Google's
rich-result rules (tests/helpers/structured_data.py), with no error, and only the
warnings below: each names what Google recommends and why the content cannot state it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.structured_data import Findings, check_structured_data

# Google's recommended fields the demo leaves out, by message, with the reason. A new
# warning fails the test until it is fixed or its reason is written here.
EXPLAINED = {
    # Return policy: the settings state who may return, for how long and at what cost
    # (SEO["return_policy"]); these fields describe goods sent back by post, and the demo
    # sells services and downloads, for which a consumer withdraws by writing.
    "returnMethod": "nothing is sent back: a consumer withdraws by writing",
    "returnLabelSource": "no return label: nothing is sent back",
    "returnPolicyCountry": "nothing is sent back to a country",
    "customerRemorseReturnFees": "returns are free for every reason (returnFees)",
    "customerRemorseReturnLabelSource": "no return label: nothing is sent back",
    "customerRemorseReturnShippingFeesAmount": "no shipping: nothing is sent back",
    "itemDefectReturnFees": "returns are free for every reason (returnFees)",
    "itemDefectReturnLabelSource": "no return label: nothing is sent back",
    "itemDefectReturnShippingFeesAmount": "no shipping: nothing is sent back",
    "itemCondition": "services and downloads have no condition (new, used) to return in",
    "restockingFee": "no restocking: nothing is sent back",
    "refundType": "the policy page states the refund; the settings have no key for it",
    # Offers.
    "priceValidUntil": "the content states no end date for a price: none is invented",
    # Google's merchant-listing fields for physical goods.
    "audience": "products are for every buyer",
    "color": "services and e-books have no colour",
    "material": "services and e-books have no material",
    "pattern": "services and e-books have no pattern",
    "size": "services and e-books have no size",
    "hasCertification": "no product has a certification",
    "inProductGroupWithID": "products have no variants",
    "isVariantOf": "products have no variants",
    "mpn": "no manufacturer part number: the organisation makes what it sells",
    "subjectOf": "no 3D model or video of the product",
    # Reviews, only on products that have some.
    "aggregateRating": "a product without reviews has no rating: none is invented",
    "review": "a product without reviews has none to list",
    # Identifiers.
    "gtin": "services and e-books without an ISBN have no GTIN",
}
MISSING = re.compile(r'Missing (?:field|one of field) "(\w+)"')


@pytest.fixture(scope="module")
def findings(built_site: Path) -> Findings:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    return check_structured_data(pages, built_site)


def test_no_page_has_an_error(findings: Findings) -> None:
    assert [str(error) for error in findings.errors] == []


def test_every_remaining_warning_is_a_field_the_content_cannot_state(findings: Findings) -> None:
    unexplained = []
    for warning in findings.warnings:
        field = MISSING.match(warning.message)
        if field is None or field.group(1) not in EXPLAINED:
            unexplained.append(str(warning))
    assert unexplained == []


def test_a_gtin_is_missing_only_where_there_is_none(findings: Findings,
                                                  built_site: Path) -> None:
    """Services, and e-books without an ISBN: an e-book with one states it."""
    missing = {w.page for w in findings.warnings if w.message.startswith("Missing one of")}
    assert missing
    for page in missing:
        assert '"isbn"' not in (built_site / page).read_text(encoding="utf-8"), page
    assert any('"isbn"' in page.read_text(encoding="utf-8")
               for page in built_site.glob("produits/*/index.html"))


def test_the_check_fails_on_broken_data(tmp_path: Path) -> None:
    """A price left out, a rating that is no number, a misspelt type or property and
    unreadable JSON are all errors: the check above can fail."""
    page = tmp_path / "broken.html"
    page.write_text("""<!doctype html><html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "Product", "name": "A", "fooBar": 1, "offers": {"@type": "Offer",
  "priceCurrency": "EUR"}, "aggregateRating": {"@type": "AggregateRating",
  "ratingValue": "abc", "reviewCount": 2}},
 {"@type": "Prodcut", "name": "B"}]}</script>
<script type="application/ld+json">{"@context": </script>
</head><body></body></html>""", encoding="utf-8")
    errors = "\n".join(str(error) for error in check_structured_data([page], tmp_path).errors)
    assert 'Required attribute "price" is missing' in errors
    assert 'ratingValue "abc" is not a number' in errors
    assert 'Property "fooBar" for type "Product" is not supported' in errors
    assert 'Type "Prodcut" is not a valid schema.org type' in errors
    assert "Could not parse JSON-LD" in errors
