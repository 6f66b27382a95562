"""Every rejected payment-link form stops a real build with its own located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.build import relative_lines, run_build
from tests.helpers.content import VALID

pytestmark = pytest.mark.build

# (pay value as written in YAML, start of the error message); the pay: key is on line 16.
REJECTED = [
    ('"javascript:alert(1)"', "'javascript:alert(1)' is not a payment method"),
    ('"data:text/html,hi"', "'data:text/html,hi' is not a payment method"),
    ("http://buy.stripe.com/test_00000000000000", "'http://buy.stripe.com/test_00000000000000'"
     " is not a payment method"),
    ("//buy.stripe.com/test_00000000000000", "'//buy.stripe.com/test_00000000000000' is not"),
    ('"https://buy.stripe.com/x\\tz"', "'https://buy.stripe.com/x\\tz' contains spaces, control"),
    ("https://buy.stripe.com@evil.example/", "'https://buy.stripe.com@evil.example/': a payment "
     "link must not contain a user name ('@')"),
    ("https://buy.stripe.com:444/x", "a payment link must not name a port"),
    ("https://203.0.113.9/pay", "a payment link must name its provider's host, not an IP"),
    ("https://checkout.stripe.com/c/pay/cs_live_1", "checkout.stripe.com links are checkout"),
    ("https://shop.example/pay", "shop.example is not an allowed payment provider"),
    ("https://buy.stripe.com/x?utm_source=mail", "remove the tracking parameter 'utm_source'"),
]


def test_each_rejected_link_is_reported_where_it_is_written(
    content_copy: Path, tmp_path: Path
) -> None:
    for n, (pay, _) in enumerate(REJECTED):
        product = VALID.format(n=100 + n).replace(
            "    currency: EUR", f"    currency: EUR\n    pay: {pay}")
        (content_copy / "products" / f"pay-{n}.md").write_text(product, encoding="utf-8")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    for n, (_, message) in enumerate(REJECTED):
        expected = f"content/products/pay-{n}.md:16: offers[0].pay: {message}"
        assert any(line.startswith(expected) for line in lines), (expected, lines)
    assert f"{len(REJECTED)} content errors; nothing was written" in build.stderr
    assert not (tmp_path / "output").exists()
