"""The SEO settings: profiles elsewhere, the return policy and the organisation's name (the
site's absolute address is checked as every section's, build included, in
tests/catalog/test_address.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from seo.settings import SECTION

from tests.helpers.build import ROOT, run_build
from tests.helpers.settings import mistakes


def test_an_unknown_key_is_named() -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "SEO": {"siteurl": "x"}})
    assert "SEO.siteurl: unknown key (did you mean 'site_url'?); allowed keys: site_url" in report


def test_profiles_elsewhere_are_absolute_https_addresses() -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "SEO": {
        "same_as": ["https://www.linkedin.com/company/x", "http://x.example/",
                    "linkedin.com/company/x"]}})
    assert report.splitlines() == [
        "SEO.same_as.1: 'http://x.example/' is not an absolute https:// address, like "
        "'https://www.linkedin.com/company/your-company'",
        "SEO.same_as.2: 'linkedin.com/company/x' is not an absolute https:// address, like "
        "'https://www.linkedin.com/company/your-company'",
    ]


@pytest.mark.parametrize(("policy", "expected"), [
    ({"countries": ["fr", "XX"], "days": 14}, [
        "SEO.return_policy.countries.0: 'fr' is not an ISO 3166-1 alpha-2 country code (did "
        "you mean 'FR'?), like 'FR' or 'BE'",
        "SEO.return_policy.countries.1: 'XX' is not an ISO 3166-1 alpha-2 country code, like "
        "'FR' or 'BE'"]),
    ({"countries": [], "days": "two weeks"}, [
        "SEO.return_policy.countries: List should have at least 1 item after validation, not 0",
        "SEO.return_policy.days: 'two weeks' is not a number of days (at least 1), "
        "'unlimited' nor 'none'"]),
    ({"countries": ["FR"], "days": 0}, [
        "SEO.return_policy.days: 0 is not a number of days (at least 1), 'unlimited' nor "
        "'none'"]),
    ({"countries": ["FR"], "days": "none", "fees": "free"}, [
        "SEO.return_policy.fees: nothing can be returned ('days': 'none'): leave it out"]),
    ({"countries": ["FR"], "days": 14, "fee": "free"}, [
        "SEO.return_policy.fee: unknown key (did you mean 'fees'?); allowed keys: countries, "
        "days, fees, method, return_country, page"]),
    ({"days": 14}, ["SEO.return_policy.countries: required key is missing"]),
])
def test_a_return_policy_block_says_what_to_write(policy: dict[str, object],
                                                 expected: list[str]) -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com",
                                "SEO": {"return_policy": policy}})
    assert report.splitlines() == expected


@pytest.mark.build
def test_a_return_policy_page_that_does_not_exist_is_an_error_at_its_line(
        tmp_path: Path) -> None:
    settings = tmp_path / "nopolicy.py"
    settings.write_text('from pelicanconf import *  # noqa: F403\n\nSEO = {\n'
                        '    "return_policy": {"countries": ["FR"], "days": 14,\n'
                        '                      "page": "legl"},\n}\n', encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings)
    assert build.returncode == 1, build.stdout + build.stderr
    assert (f"{settings}:5: SEO.return_policy.page: no published page has the slug 'legl' "
            "(did you mean 'legal'?): write the page that states the return or withdrawal "
            "policy, or name its slug") in build.stderr
    assert "Traceback" not in build.stdout + build.stderr


@pytest.mark.parametrize("name", ["", "A Pelican Blog"])
def test_the_organisation_needs_a_name_of_its_own(name: str) -> None:
    report = mistakes(SECTION, {"SITEURL": "https://example.com", "SITENAME": name})
    assert report.startswith("SEO: SITENAME is ")
    assert "set SITENAME = 'Your company'" in report
