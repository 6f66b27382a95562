"""Front matter as data (as YAML gives it): a complete product and a case study, for the
schema tests and their properties."""

from __future__ import annotations

from typing import Any

PRODUCT: dict[str, Any] = {
    "title": "Audit commercial express",
    "slug": "audit-express",
    "kind": "service",
    "sku": "AUD-001",
    "category": "Audits",
    "tags": ["stratégie", "PME"],
    "summary": "Un diagnostic en dix jours.",
    "lang": "fr",
    "updated": "2026-10-14",
    "images": [{"src": "images/cover.jpg", "alt": "Atelier de restitution"}],
    "offers": [
        {"name": "Essentiel", "price": "1490.00", "currency": "EUR",
         "pay": "https://buy.stripe.com/test_00000000000000", "features": ["Cadrage"]},
        {"name": "Premium", "price": 2990, "currency": "EUR", "pay": "bank-transfer"},
        {"name": "Sur mesure", "price": 0, "currency": "EUR", "pay": "quote"},
    ],
    "specs": {"Durée": "10 jours", "Participants": 12, "À distance": True,
              "Note": "4.5", "Livrables": ["Rapport", "Atelier"]},
    "faq": [{"q": "Puis-je payer en plusieurs fois ?", "a": "Oui."}],
    "related": ["sprint-croissance"],
}

CASE_STUDY: dict[str, Any] = {
    "title": "Une menuiserie double son taux de transformation",
    "slug": "menuiserie",
    "lang": "fr",
    "date": "2026-06-18",
    "summary": "Résumé.",
    "client": "Menuiserie Vasseur",
    "industry": "Artisanat",
    "products": ["audit-express"],
    "results": [{"label": "Taux de transformation", "value": "+38 %"}],
    "quote": {"text": "Efficace.", "author": "Claire Vasseur", "role": "Gérante"},
}
