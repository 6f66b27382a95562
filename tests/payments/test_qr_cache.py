"""QR codes are drawn once: later builds read their SVG from the cache."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from payments import qr
from payments.epc import BankTransfer
from payments.qr import Link, QrCodes


def test_a_cached_code_is_not_drawn_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    codes = [Link("https://buy.stripe.com/test_0?locale=fr"),
             BankTransfer("Boussole Conseil SAS", "FR3630004012340001234567806", "BOUSFRPP",
                          Decimal("2900.00"), "AUD-001-2 Approfondi")]
    first = QrCodes(tmp_path / "qr.json")
    first.draw(codes)
    drawn = [first[code] for code in codes]
    first.save()
    assert all(svg.startswith('<svg aria-hidden="true"') for svg in drawn)

    calls: list[Any] = []
    monkeypatch.setattr(qr, "map_everywhere", lambda items, work: calls.append(items) or [])
    second = QrCodes(tmp_path / "qr.json")
    second.draw(codes)
    assert [second[code] for code in codes] == drawn
    assert calls == []


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "qr.json").write_bytes(b"[1, 2]")
    codes = QrCodes(tmp_path / "qr.json")
    assert str(codes[Link("https://buy.stripe.com/x")]).startswith("<svg")
    codes.save()
    assert QrCodes(tmp_path / "qr.json")[Link("https://buy.stripe.com/x")]
