"""The CI recipes are valid for their platform and do what the README says they do.

Each file is checked against the platform's published schema, vendored by the pinned
check-jsonschema (no network): GitHub's workflow schema, GitLab's `.gitlab-ci.yml` schema.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers.build import ROOT

RECIPES = {
    "vendor.github-workflows": ROOT / ".github" / "workflows" / "site.yml",
    "vendor.gitlab-ci": ROOT / ".gitlab-ci.yml",
}


def validate(schema: str, path: Path) -> subprocess.CompletedProcess[str]:
    checker = Path(sys.executable).parent / "check-jsonschema"
    return subprocess.run([str(checker), "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("schema", "path"), list(RECIPES.items()))
def test_each_recipe_follows_its_platforms_schema(schema: str, path: Path) -> None:
    result = validate(schema, path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("schema", "path", "old", "new"), [
    ("vendor.github-workflows", RECIPES["vendor.github-workflows"],
     "runs-on: ubuntu-latest", "runs_on: ubuntu-latest"),
    ("vendor.gitlab-ci", RECIPES["vendor.gitlab-ci"], "timeout: 30 minutes", "timeout: [30]"),
])
def test_the_check_catches_a_broken_recipe(schema: str, path: Path, old: str, new: str,
                                           tmp_path: Path) -> None:
    broken = tmp_path / path.name
    text = path.read_text(encoding="utf-8")
    assert old in text
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert validate(schema, broken).returncode != 0


def test_github_tests_every_change_and_deploys_the_default_branch_with_secrets() -> None:
    workflow = yaml.safe_load(RECIPES["vendor.github-workflows"].read_text(encoding="utf-8"))
    steps = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert "make check" in steps and ".ci/run" in steps
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "test" and "default_branch" in deploy["if"]
    runs = [step.get("run", "") for step in deploy["steps"]]
    assert runs.index("make publish") < runs.index("make deploy")
    secrets = deploy["steps"][-1]["env"]
    assert all(value.startswith("${{ secrets.") for value in secrets.values())


def test_gitlab_tests_every_change_and_deploys_the_default_branch() -> None:
    pipeline = yaml.safe_load(RECIPES["vendor.gitlab-ci"].read_text(encoding="utf-8"))
    assert pipeline["test"]["script"] == ["make check", ".ci/run"]
    assert pipeline["deploy"]["script"] == ["make publish", "make deploy"]
    assert "$CI_DEFAULT_BRANCH" in pipeline["deploy"]["rules"][0]["if"]
    assert "AWS_SECRET_ACCESS_KEY" not in str(pipeline["variables"])


def test_pull_and_merge_requests_get_a_preview() -> None:
    workflow = yaml.safe_load(RECIPES["vendor.github-workflows"].read_text(encoding="utf-8"))
    preview = workflow["jobs"]["preview"]
    assert "pull_request" in preview["if"] and preview["needs"] == "test"
    assert preview["steps"][-1]["run"] == 'make deploy PREVIEW="$BRANCH"'
    pipeline = yaml.safe_load(RECIPES["vendor.gitlab-ci"].read_text(encoding="utf-8"))
    assert pipeline["preview"]["script"] == [
        'make deploy PREVIEW="$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"']
    assert pipeline["preview"]["environment"]["on_stop"] == "preview-stop"
    assert pipeline["preview-stop"]["script"] == [
        'make deploy-clean-preview PREVIEW="$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"']
