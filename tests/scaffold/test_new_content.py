"""`make new-product`, `make new-case-study`, `make new-page`: files in every language
that `make check` holds back until each placeholder is filled, then a site that builds;
and `make hooks`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from scaffold.__main__ import main

from tests.helpers.build import ROOT, run_build

pytestmark = pytest.mark.build

# What an editor writes in place of each placeholder, by the field it fills.
FILLED = {
    "title": "Audit des ressources humaines", "sku": "AUD-RH1",
    "summary": "Un diagnostic de vos recrutements et de vos entretiens, en une semaine.",
    "name": "Diagnostic", "price": "990.00", "pay": "https://buy.stripe.com/test_rh01",
    "client": "Atelier Morel", "industry": "Artisanat", "products": "audit-express",
}


@pytest.fixture
def settings_file(content_copy: Path, tmp_path: Path) -> Path:
    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *\nPATH = {str(content_copy)!r}\n")
    return settings


def check(settings: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["python", "-m", "catalog.check", "--settings", str(settings)], cwd=ROOT,
        capture_output=True, text=True, check=False,
        env={"PATH": str(ROOT / ".venv" / "bin") + ":/usr/bin:/bin",
             "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}"})


def fill(path: Path) -> None:
    """Replace every placeholder as an editor would: a value for each field, a sentence
    for each text, a number for each number."""
    text = path.read_text(encoding="utf-8")
    for field, value in FILLED.items():
        shown = f"[{value}]" if field == "products" else value
        text = re.sub(rf'(?m)^(\s*-?\s*{field}: )\[?"TODO: [^"]*"\]?',
                      lambda m, shown=shown: m[1] + shown, text)
    text = re.sub(r'"TODO: [^"]*(?:comme|like) ([^"]+)"', r"\1", text)  # "12 heures"
    text = re.sub(r'"TODO: [^"]*"', '"Texte"', text)
    text = re.sub(r"(?m)^TODO: .*$", "Le texte, écrit.", text)
    path.write_text(text, encoding="utf-8")


def test_a_new_product_is_held_back_until_filled_then_builds(
        settings_file: Path, content_copy: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--settings", str(settings_file), "product", "audit-rh", "--category", "training",
            "--kind", "training"]
    assert main(args) == 0
    files = [content_copy / "products" / name for name in ("audit-rh.md", "audit-rh.en.md")]
    assert all(path.exists() for path in files)
    french, english = (path.read_text(encoding="utf-8") for path in files)
    assert "category: \"Formations\"" in french and "category: \"Training\"" in english
    assert '"Durée": "TODO: un nombre et son unité, comme 12 heures"' in french
    assert '"Duration": "TODO: a number and its unit, like 12 hours"' in english
    held = check(settings_file)
    report = held.stdout + held.stderr
    assert held.returncode == 1
    assert f"{files[0]}:3: title: replace the placeholder (le nom du produit)" in report
    assert f"{files[1]}:13: offers[0].price: replace the placeholder (the price, like 490" in report
    assert f"{files[0]}:19: specs.Durée: replace the placeholder (un nombre et son unité, " \
           "comme 12 heures)" in report

    before = [path.read_bytes() for path in files]
    assert main(args) == 1  # twice: nothing is overwritten
    assert "already exists, left as it is" in capsys.readouterr().err
    assert [path.read_bytes() for path in files] == before

    for path in files:
        fill(path)
    passed = check(settings_file)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache", settings=settings_file)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "Audit des ressources humaines" in (
        build.output / "produits" / "audit-rh" / "index.html").read_text(encoding="utf-8")
    assert (build.output / "en" / "products" / "audit-rh" / "index.html").exists()


def test_a_new_case_study_and_page_pass_make_check_once_filled(
        settings_file: Path, content_copy: Path) -> None:
    assert main(["--settings", str(settings_file), "case-study", "atelier-morel"]) == 0
    assert main(["--settings", str(settings_file), "page", "partenaires"]) == 0
    written = [*content_copy.glob("case-studies/atelier-morel*.md"),
               *content_copy.glob("pages/partenaires*.md")]
    assert len(written) == 4
    assert check(settings_file).returncode == 1
    for path in written:
        fill(path)
    passed = check(settings_file)
    assert passed.returncode == 0, passed.stdout + passed.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["product", "Audit RH", "--category", "training"], "SLUG: 'Audit RH' is not a slug"),
    (["product", "audit-rh", "--category", "Vins"], "no category is named 'Vins'; categories:"),
    (["product", "audit-rh", "--category", "training", "--kind", "course"],
     "KIND: 'course' is not one of service, ebook, training, software"),
    (["product", "audit-express", "--category", "audits"], "already exists, left as it is"),
])
def test_mistakes_are_said_and_write_nothing(settings_file: Path, content_copy: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             args: list[str], message: str) -> None:
    before = sorted(content_copy.rglob("*"))
    assert main(["--settings", str(settings_file), *args]) == 1
    assert message in capsys.readouterr().err
    assert sorted(content_copy.rglob("*")) == before


def test_make_hooks_installs_the_pre_commit_hook_once(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    env = {"PATH": "/usr/bin:/bin", "GIT_DIR": str(repo / ".git")}
    make = ["make", "--no-print-directory", "-C", str(ROOT), "hooks"]
    first = subprocess.run(make, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    hook = repo / ".git" / "hooks" / "pre-commit"
    assert hook.read_text().endswith("exec make --no-print-directory check\n")
    assert hook.stat().st_mode & 0o111
    assert subprocess.run(make, env=env, capture_output=True, check=False).returncode == 0
    hook.write_text("#!/bin/sh\nexec ./my-own-checks\n")
    other = subprocess.run(make, env=env, capture_output=True, text=True, check=False)
    assert other.returncode != 0
    assert "is not Vitrine's: left as it is" in other.stdout
    assert hook.read_text() == "#!/bin/sh\nexec ./my-own-checks\n"
