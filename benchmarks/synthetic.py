"""A synthetic catalog for the benchmark: realistic products, generated deterministically.

Every product has the front matter Vitrine validates (offers, specs, FAQ, related
products) and a 300–600 word Markdown body; the same product can be written for
Vitrine (YAML front matter) or for stock Pelican (its native `Key: value` header).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

SEED = 20240601


@dataclass(frozen=True)
class Category:
    """A product category and the vocabulary its products are generated from."""

    name: str
    kind: str
    sku: str
    nouns: tuple[str, ...]
    specs: dict[str, tuple[str, ...]]
    base_price: int


CATEGORIES = (
    Category(
        "Audits", "service", "AUD",
        ("Audit commercial", "Audit de site web", "Audit RGPD", "Audit des achats"),
        {
            "Durée": ("5 jours", "10 jours", "3 semaines"),
            "Format": ("À distance", "Sur site", "Hybride"),
            "Livrables": ("Rapport et atelier", "Rapport de synthèse", "Plan d'action"),
        },
        1490,
    ),
    Category(
        "Accompagnement", "service", "ACC",
        ("Accompagnement commercial", "Coaching de dirigeant", "Mentorat export"),
        {
            "Durée": ("3 mois", "6 mois", "12 mois"),
            "Rythme": ("Hebdomadaire", "Bimensuel", "Mensuel"),
            "Format": ("À distance", "Sur site", "Hybride"),
        },
        2400,
    ),
    Category(
        "Formations", "training", "FOR",
        ("Formation prospection", "Formation négociation", "Formation marketing digital"),
        {
            "Durée": ("1 jour", "2 jours", "14 heures"),
            "Niveau": ("Débutant", "Intermédiaire", "Avancé"),
            "Participants": ("6 maximum", "8 maximum", "12 maximum"),
        },
        890,
    ),
    Category(
        "Ateliers", "training", "ATL",
        ("Atelier pitch", "Atelier persona", "Atelier tarification"),
        {
            "Durée": ("Une demi-journée", "Une journée"),
            "Format": ("En présentiel", "En visioconférence"),
            "Participants": ("10 maximum", "15 maximum"),
        },
        450,
    ),
    Category(
        "Logiciels", "software", "LOG",
        ("Tableau de bord commercial", "Suivi des devis", "Gestionnaire de relances"),
        {
            "Licence": ("Annuelle", "Perpétuelle", "Mensuelle"),
            "Plateforme": ("Web", "Windows et macOS", "Web et mobile"),
            "Version": ("2.4", "3.1", "1.8"),
        },
        290,
    ),
    Category(
        "Outils", "software", "OUT",
        ("Modèle de business plan", "Kit de prospection", "Calculateur de marge"),
        {
            "Format": ("Tableur", "Application web", "Modèles Word"),
            "Mises à jour": ("Incluses un an", "À vie"),
            "Support": ("Par courriel", "Par courriel et téléphone"),
        },
        79,
    ),
)

ADJECTIVES = ("express", "complet", "essentiel", "sur mesure", "intensif", "pro")
TAGS = (
    "stratégie", "PME", "vente", "marketing", "finances", "RH", "numérique",
    "export", "qualité", "management", "relation client", "productivité",
)
TIERS = ("Essentiel", "Standard", "Premium")
FEATURES = (
    "Entretien de cadrage", "Rapport de 20 pages", "Atelier de restitution",
    "Support par courriel", "Suivi à trois mois", "Accès aux modèles",
    "Session de questions-réponses", "Attestation de fin de parcours",
)
FAQ = (
    ("Puis-je payer en plusieurs fois ?", "Oui, contactez-nous."),
    ("Le contenu est-il adapté à mon secteur ?", "Oui, nous l'ajustons avant de commencer."),
    ("Quels sont les délais de démarrage ?", "En général deux semaines après la commande."),
    ("Une facture est-elle fournie ?", "Oui, elle est envoyée dès le paiement reçu."),
    ("Peut-on intervenir en anglais ?", "Oui, sur simple demande."),
)
SUMMARIES = (
    "Un diagnostic de votre organisation commerciale en dix jours.",
    "Des résultats concrets et mesurables pour votre équipe.",
    "La méthode éprouvée de nos consultants, adaptée à votre entreprise.",
    "Tout ce qu'il faut pour passer à l'action dès la semaine prochaine.",
    "Un outil simple pour suivre vos priorités sans tableur interminable.",
)
SUBJECTS = ("Notre équipe", "Chaque intervenant", "Le consultant", "Votre référent")
VERBS = ("analyse", "structure", "clarifie", "documente", "priorise", "revoit")
OBJECTS = (
    "vos processus commerciaux", "la relation client", "vos indicateurs clés",
    "le parcours d'achat", "les priorités de l'équipe", "votre offre",
    "la politique tarifaire", "vos outils de suivi",
)
ENDINGS = (
    "en quelques semaines", "sans jargon inutile", "avec des exemples concrets",
    "à partir de vos données réelles", "pour des résultats mesurables",
    "dans le respect de vos contraintes", "avec un calendrier réaliste",
)
AUDIENCES = (
    "Dirigeants de PME", "Responsables commerciaux", "Équipes marketing",
    "Indépendants et consultants", "Directions financières", "Créateurs d'entreprise",
)
STEPS = ("Cadrage", "Analyse", "Entretiens", "Recommandations", "Restitution", "Suivi")
DELIVERABLES = ("Compte rendu", "Grille d'analyse", "Plan d'action", "Support de présentation")


@dataclass(frozen=True)
class Product:
    """One synthetic product: its front matter and its Markdown body."""

    front: dict[str, Any]
    body: str

    @property
    def slug(self) -> str:
        return str(self.front["slug"])

    @property
    def category(self) -> str:
        return str(self.front["category"])


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


def sentence(rng: random.Random) -> str:
    obj = rng.choice(OBJECTS)
    style = rng.random()
    if style < 0.15:
        obj = f"**{obj}**"
    elif style < 0.3:
        obj = f"*{obj}*"
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj} {rng.choice(ENDINGS)}."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def table(rng: random.Random) -> str:
    rows = ["| Étape | Durée | Livrable |", "|---|---|---|"]
    for step in rng.sample(STEPS, rng.randint(3, 5)):
        rows.append(f"| {step} | {rng.randint(1, 5)} jours | {rng.choice(DELIVERABLES)} |")
    return "\n".join(rows)


def body(rng: random.Random) -> str:
    """A Markdown body of 300 to 600 words: headings, lists, a table, emphasis, links."""
    target = rng.randint(300, 600)
    audience = rng.sample(AUDIENCES, rng.randint(3, 5))
    steps = rng.sample(STEPS, rng.randint(3, 5))
    head = [
        paragraph(rng, 2) + " Découvrez [notre méthode](https://example.com/methode).",
        "## Pour qui ?",
        paragraph(rng, 2),
        "\n".join(f"- {who}" for who in audience),
        "## Déroulement",
        "\n".join(f"{i}. **{step}** : {sentence(rng)}" for i, step in enumerate(steps, 1)),
        "## Ce qui est inclus",
        table(rng),
        "## Résultats attendus",
    ]
    tail = [
        "### Et ensuite ?",
        paragraph(rng, 2) + " Pour en parler, [contactez-nous](https://example.com/contact).",
    ]
    middle: list[str] = []
    while len(" ".join(head + middle + tail).split()) < target:
        middle.append(paragraph(rng, rng.randint(3, 5)))
    return "\n\n".join(head + middle + tail) + "\n"


def offers(rng: random.Random, category: Category) -> list[dict[str, Any]]:
    result = []
    for rank, name in enumerate(TIERS[: rng.randint(1, 3)], 1):
        price: float | int = category.base_price * rank + rng.choice((0, 10, 100))
        if rng.random() < 0.5:
            price = float(price) + rng.choice((0.0, 0.5, 0.9))
        offer: dict[str, Any] = {"name": name, "price": price, "currency": "EUR"}
        if rng.random() < 0.7:
            token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
            offer["pay"] = f"https://buy.stripe.com/test_{token}"
        else:
            offer["pay"] = "bank-transfer"
        if rng.random() < 0.6:
            offer["features"] = rng.sample(FEATURES, rng.randint(2, 4))
        result.append(offer)
    return result


def naming(index: int) -> tuple[Category, str, str]:
    """Category, noun and adjective of product number `index`, e.g. Audits, Audit RGPD, pro."""
    category = CATEGORIES[index % len(CATEGORIES)]
    noun = category.nouns[index // len(CATEGORIES) % len(category.nouns)]
    return category, noun, ADJECTIVES[index // 7 % len(ADJECTIVES)]


def product_slug(index: int) -> str:
    _, noun, adjective = naming(index)
    return slugify(f"{noun.split()[0]} {adjective} {index:04d}")


def product(rng: random.Random, index: int, slugs: list[str]) -> Product:
    """Product number `index`; `slugs` are all the catalog's slugs (for `related`)."""
    category, noun, adjective = naming(index)
    others = slugs[:index] + slugs[index + 1 :]
    front: dict[str, Any] = {
        "title": f"{noun} {adjective} {index:04d}",
        "slug": slugs[index],
        "kind": category.kind,
        "sku": f"{category.sku}-{index:04d}",
        "category": category.name,
        "tags": rng.sample(TAGS, rng.randint(1, 3)),
        "summary": rng.choice(SUMMARIES),
        "lang": "fr",
        "offers": offers(rng, category),
        "specs": {key: rng.choice(values) for key, values in category.specs.items()},
        "faq": [{"q": q, "a": a} for q, a in rng.sample(FAQ, rng.randint(1, 3))],
    }
    if others:
        front["related"] = rng.sample(others, min(len(others), rng.randint(1, 3)))
    return Product(front, body(rng))


def catalog(count: int) -> list[Product]:
    """The same `count` products on every run (fixed seed)."""
    rng = random.Random(SEED)
    slugs = [product_slug(i) for i in range(count)]
    return [product(rng, i, slugs) for i in range(count)]


class FrontMatterDumper(yaml.SafeDumper):
    """Block mappings, but short lists of scalars inline (`tags: [a, b]`), as people write."""

    def represent_list(self, data: Any) -> yaml.SequenceNode:
        flow = all(not isinstance(item, dict | list) for item in data)
        return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


FrontMatterDumper.add_representer(list, FrontMatterDumper.represent_list)


def vitrine_source(item: Product) -> str:
    """The product as Vitrine reads it: YAML front matter, then Markdown."""
    front = yaml.dump(
        item.front, Dumper=FrontMatterDumper, allow_unicode=True, sort_keys=False,
        default_flow_style=False, width=1000,
    )
    return f"---\n{front}---\n{item.body}"


def plain_source(item: Product) -> str:
    """The same page for stock Pelican: native metadata header, same Markdown body."""
    front = item.front
    header = [
        f"Title: {front['title']}",
        f"Slug: {front['slug']}",
        f"Lang: {front['lang']}",
        f"Summary: {front['summary']}",
        f"Category: {front['category']}",
        f"Tags: {', '.join(front['tags'])}",
    ]
    return "\n".join(header) + "\n\n" + item.body
