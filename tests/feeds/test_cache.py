"""Feeds are made again only when their data changed, and the cache keeps only the last
build's."""

from __future__ import annotations

from pathlib import Path

from feeds.cache import FeedCache


def test_the_same_data_is_read_back_and_other_data_made_anew(tmp_path: Path) -> None:
    made: list[tuple[str, str]] = []

    def feed(text: str, *, lang: str) -> bytes:
        made.append((text, lang))
        return f"<feed lang='{lang}'>{text}</feed>".encode()

    first = FeedCache(tmp_path)
    assert first.feed(feed, "a", lang="fr") == b"<feed lang='fr'>a</feed>"
    assert first.feed(feed, "b", lang="fr") == b"<feed lang='fr'>b</feed>"
    second = FeedCache(tmp_path)
    assert second.feed(feed, "a", lang="fr") == b"<feed lang='fr'>a</feed>"
    assert second.feed(feed, "a", lang="en") == b"<feed lang='en'>a</feed>"
    assert made == [("a", "fr"), ("b", "fr"), ("a", "en")]
    second.prune()
    assert len(list(tmp_path.glob("*.xml"))) == 2  # "b" was not asked for again
    assert FeedCache(tmp_path).feed(feed, "b", lang="fr") == b"<feed lang='fr'>b</feed>"
    assert made[-1] == ("b", "fr")
