"""The live preview's parts without a browser: the script it adds, the builds it tells."""

from __future__ import annotations

import threading

from live_preview import SCRIPT_TAG, Builds, with_script


def test_the_script_goes_at_the_end_of_the_head_and_nothing_else_changes() -> None:
    page = b"<!doctype html><html><head><title>t</title></head><body>x</body></html>"
    served = with_script(page)
    assert served == page.replace(b"</head>", SCRIPT_TAG + b"</head>")
    assert with_script(b"<p>fragment</p>") == b"<p>fragment</p>" + SCRIPT_TAG


def test_a_page_waiting_for_a_build_hears_of_it_with_its_errors() -> None:
    builds = Builds()
    builds.finished([])
    assert builds.after(0, timeout=0) == (1, [])
    assert builds.after(1, timeout=0.01) == (1, [])  # nothing new: the state as it is
    heard: list[tuple[int, list[str]]] = []
    waiter = threading.Thread(target=lambda: heard.append(builds.after(1, timeout=10)))
    waiter.start()
    builds.finished(["content/products/a.md:3: prcie: unknown key"])
    waiter.join(timeout=10)
    assert heard == [(2, ["content/products/a.md:3: prcie: unknown key"])]
