"""Payment links: which are accepted, who runs them, and the URL a visitor is sent to."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

PROVIDERS = {  # host suffix -> name shown on the button
    "stripe.com": "Stripe",
    "paypal.com": "PayPal",
    "paypal.me": "PayPal",
    "lemonsqueezy.com": "Lemon Squeezy",
    "gumroad.com": "Gumroad",
    "polar.sh": "Polar",
    "sumup.com": "SumUp",
    "mollie.com": "Mollie",
    "qonto.com": "Qonto",
    "lydia-app.com": "Lydia",
}
# Query keys (or their beginnings) that identify a campaign or a visitor.
TRACKING = (
    "utm_", "fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "ttclid",
    "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
)
# Parameters Vitrine sets itself (see checkout_url).
OWN_PARAMETERS = ("client_reference_id",)
DOT_SEGMENT = re.compile(r"(^|/)(\.|%2e){1,2}(/|$)", re.IGNORECASE)


def _host_matches(host: str, pattern: str) -> bool:
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


def _allows(prefix: str, host: str, path: str) -> bool:
    """Whether `prefix` ("*.gumroad.com/l/") covers the link to `host` + `path`."""
    prefix_host, _, prefix_path = prefix.partition("/")
    return _host_matches(host, prefix_host) and path.startswith("/" + prefix_path)


def link_problem(url: str, prefixes: tuple[str, ...], test_links: bool) -> str | None:
    """Why `url` may not be used as a payment link, or None when it may."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "https" or not host:
        return "only https:// payment links are accepted"
    if "@" in parts.netloc:
        return "a payment link must not contain a user name ('@')"
    after_ipv6 = parts.netloc.partition("]")[2] if parts.netloc.startswith("[") else parts.netloc
    if ":" in after_ipv6 or host.endswith("."):
        return "a payment link must not name a port or end its host with '.'"
    try:
        ipaddress.ip_address(host.strip("[]"))
        return "a payment link must name its provider's host, not an IP address"
    except ValueError:
        pass
    if host == "checkout.stripe.com":
        return ("checkout.stripe.com links are checkout sessions that expire within a day: "
                "create a Payment Link (https://buy.stripe.com/…) in the Stripe dashboard")
    keys = [key for key, _ in parse_qsl(parts.query.replace(";", "&"), keep_blank_values=True)]
    tracking = [key for key in keys if key.lower().startswith(TRACKING)]
    if tracking:
        return f"remove the tracking parameter {tracking[0]!r}: the site does not track visitors"
    own = [key for key in keys if key in OWN_PARAMETERS]
    if own:
        return f"remove {own[0]!r}: Vitrine sets it to the product's SKU"
    path = parts.path or "/"
    # Browsers resolve "..": an allowed prefix followed by "../" could reach any page.
    if DOT_SEGMENT.search(path) or "//" in path:
        return "a payment link's path must not contain '.', '..' or empty segments"
    if not any(_allows(prefix, host, path) for prefix in prefixes):
        return (f"{host} is not an allowed payment provider; add its host and path to "
                "PAYMENTS['extra_links'] in pelicanconf.py if it is yours")
    if is_test_link(url) and not test_links:
        return "a Stripe test-mode link cannot be published: use the live Payment Link"
    return None


def is_test_link(url: str) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    return (host == "stripe.com" or host.endswith(".stripe.com")) and (
        parts.path.startswith("/test_"))


def provider(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return next((name for suffix, name in PROVIDERS.items()
                 if host == suffix or host.endswith("." + suffix)), None)


def checkout_url(url: str, reference: str, lang: str | None) -> str:
    """The link with the order reference and checkout language, where the provider takes them.

    Stripe Payment Links read `client_reference_id` (letters, digits, '-' and '_') and
    `locale`; other providers get the link as written. Without `lang` (the link of a QR
    code, opened on the buyer's phone) Stripe follows the phone's language, and the French
    and English pages of a product show one code."""
    if provider(url) != "Stripe":
        return url
    parts = urlsplit(url)
    written = {key for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
    reference = "".join(c if c.isalnum() or c in "-_" else "-" for c in reference)[:200]
    added = urlencode([(key, value) for key, value in
                       (("client_reference_id", reference), ("locale", lang))
                       if key not in written and value is not None])
    # The editor's own query is kept exactly as written.
    query = "&".join(part for part in (parts.query, added) if part)
    return urlunsplit(parts._replace(query=query))
