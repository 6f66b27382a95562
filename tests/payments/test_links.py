"""Which payment links are accepted, and the URL a visitor is sent to."""

from __future__ import annotations

import pytest
from payments.links import checkout_url, link_problem, provider
from payments.settings import DEFAULT_LINK_PREFIXES

PREFIXES = (*DEFAULT_LINK_PREFIXES, "pay.boussole-conseil.example/checkout/")


def problem(url: str, test_links: bool = True) -> str | None:
    return link_problem(url, PREFIXES, test_links)


@pytest.mark.parametrize("url", [
    "https://buy.stripe.com/test_00000000000000",
    "https://buy.stripe.com/aEU5kE0yX1Bq3vO000",
    "https://donate.stripe.com/14k5kE0yX1Bq3vO001",
    "https://www.paypal.com/ncp/payment/ABCDEFGHJKLMN",
    "https://www.paypal.com/paypalme/boussole",
    "https://paypal.me/boussole/25",
    "https://boussole.lemonsqueezy.com/checkout/buy/0f8a2d1e-1111-2222-3333-444455556666",
    "https://gumroad.com/l/guide",
    "https://boussole.gumroad.com/l/guide",
    "https://buy.polar.sh/polar_cl_abc",
    "https://pay.sumup.com/b2c/QABCDEFG",
    "https://payment-links.mollie.com/payment/abcdEFGH",
    "https://pay.qonto.com/payment-links/abc",
    "https://lydia-app.com/collect/boussole/fr",
    "https://pay.boussole-conseil.example/checkout/audit",
])
def test_accepted_links(url: str) -> None:
    assert problem(url) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("javascript:alert(1)", "only https:// payment links are accepted"),
    ("data:text/html,<script>alert(1)</script>", "only https:// payment links"),
    ("http://buy.stripe.com/test_00000000000000", "only https:// payment links"),
    ("//buy.stripe.com/test_00000000000000", "only https:// payment links"),
    ("https://buy.stripe.com@evil.example/", "must not contain a user name"),
    ("https://buy.stripe.com:8443/test_00000000000000", "must not name a port"),
    ("https://www.paypal.com:abc/ncp/payment/X", "must not name a port"),
    ("https://buy.stripe.com:/x", "must not name a port"),
    ("https://buy.stripe.com./x", "must not name a port or end its host with '.'"),
    ("https://www.paypal.com/ncp/payment/../../signin", "must not contain '.', '..'"),
    ("https://buy.stripe.com/%2e%2e/x", "must not contain '.', '..'"),
    ("https://buy.stripe.com//evil", "must not contain '.', '..' or empty segments"),
    ("https://buy.stripe.com/x?msclkid=1", "remove the tracking parameter 'msclkid'"),
    ("https://buy.stripe.com/x?a=1;utm_source=x", "remove the tracking parameter 'utm_source'"),
    ("https://buy.stripe.com/x?client_reference_id=Y", "remove 'client_reference_id'"),
    ("https://gumroad.com.evil.example/l/x", "is not an allowed payment provider"),
    ("https://93.184.216.34/pay", "not an IP address"),
    ("https://[2001:db8::1]/pay", "not an IP address"),
    ("https://checkout.stripe.com/c/pay/cs_test_a1b2c3", "checkout sessions that expire"),
    ("https://buy.stripe.com/x?utm_source=newsletter", "remove the tracking parameter"),
    ("https://evil.example/buy.stripe.com/", "evil.example is not an allowed payment provider"),
    ("https://lemonsqueezy.com/checkout/buy/x", "lemonsqueezy.com is not an allowed"),
    ("https://www.paypal.com/signin", "www.paypal.com is not an allowed"),
    ("https://buy.stripe.com.evil.example/x", "is not an allowed payment provider"),
])
def test_rejected_links(url: str, expected: str) -> None:
    found = problem(url)
    assert found is not None and expected in found


def test_stripe_test_links_only_outside_production() -> None:
    url = "https://buy.stripe.com/test_00000000000000"
    assert problem(url, test_links=True) is None
    assert "Stripe test-mode link cannot be published" in (problem(url, test_links=False) or "")
    assert problem("https://buy.stripe.com/aEU5kE0yX1Bq3vO000", test_links=False) is None


def test_providers_are_named_from_the_host() -> None:
    assert provider("https://buy.stripe.com/x") == "Stripe"
    assert provider("https://paypal.me/x") == "PayPal"
    assert provider("https://shop.lemonsqueezy.com/checkout/buy/x") == "Lemon Squeezy"
    assert provider("https://pay.boussole-conseil.example/checkout/x") is None


def test_stripe_links_carry_the_sku_and_language() -> None:
    assert checkout_url("https://buy.stripe.com/test_0", "AUD-001", "fr") == (
        "https://buy.stripe.com/test_0?client_reference_id=AUD-001&locale=fr")
    assert checkout_url("https://buy.stripe.com/test_0?prefilled_promo_code=PME", "A B", "en") == (
        "https://buy.stripe.com/test_0?prefilled_promo_code=PME&client_reference_id=A-B&locale=en")
    assert checkout_url("https://notstripe.com/test_x", "S", "fr") == (
        "https://notstripe.com/test_x")
    assert checkout_url("https://buy.stripe.com/t?a=&b=x%20y&b=z", "S", "fr") == (
        "https://buy.stripe.com/t?a=&b=x%20y&b=z&client_reference_id=S&locale=fr")
    assert checkout_url("https://buy.stripe.com/t?locale=auto", "S", "fr") == (
        "https://buy.stripe.com/t?locale=auto&client_reference_id=S")
    paypal = "https://www.paypal.com/ncp/payment/ABCDEFGHJKLMN"
    assert checkout_url(paypal, "AUD-001", "fr") == paypal
    # A QR code's link: the phone that scans it gives Stripe its language.
    assert checkout_url("https://buy.stripe.com/test_0", "AUD-001", None) == (
        "https://buy.stripe.com/test_0?client_reference_id=AUD-001")
