"""What the CMS forms call each field, in the language of the collection.

Keyed by the field's dotted path in the schema. A language without an entry here gets
English; a path without an entry gets the schema's title and description.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, tuple[str, str | None]]] = {
    "fr": {
        "title": ("Titre", None),
        "slug": ("Identifiant (slug)", "Minuscules, chiffres et tirets, identique dans "
                 "toutes les langues : audit-express"),
        "kind": ("Type", None),
        "sku": ("Référence (SKU)", "Majuscules, chiffres et tirets : AUD-001"),
        "category": ("Catégorie", None),
        "tags": ("Mots-clés", None),
        "summary": ("Résumé", "Une ou deux phrases, montrées dans les listes et les "
                    "moteurs de recherche"),
        "updated": ("Mis à jour le", "Laisser vide : la date du dernier commit du fichier"),
        "images": ("Images", None),
        "images.src": ("Fichier", None),
        "images.alt": ("Texte alternatif", "Ce que montre l’image, pour qui ne la voit pas"),
        "offers": ("Offres", None),
        "offers.name": ("Nom", None),
        "offers.price": ("Prix", None),
        "offers.currency": ("Devise", "Code ISO 4217 : EUR, CHF…"),
        "offers.pay": ("Paiement", "Un lien de paiement https:// d’un prestataire autorisé, "
                       "bank-transfer (virement SEPA) ou quote (sur devis)"),
        "offers.features": ("Ce qui est compris", None),
        "offers.delivery": ("Livraison", "Ce qui se passe une fois payé, et quand : « PDF et "
                            "EPUB envoyés par e-mail en quelques minutes »"),
        "specs": ("Caractéristiques", "Celles de la catégorie du produit ; laisser vides "
                  "les autres"),
        "ebook": ("Livre numérique", "Seulement pour le type ebook"),
        "ebook.pages": ("Pages", None),
        "ebook.formats": ("Formats", None),
        "ebook.isbn": ("ISBN", None),
        "ebook.language": ("Langue du livre", "Par défaut : celle de la page"),
        "ebook.sample": ("Extrait", "Un fichier Markdown de content/samples/"),
        "ebook.file": ("Fichier du livre", "Livres gratuits seulement : un PDF ou EPUB de "
                       "content/downloads/"),
        "faq": ("Questions fréquentes", None),
        "faq.q": ("Question", None),
        "faq.a": ("Réponse", None),
        "related": ("Produits liés", None),
        "body": ("Texte", None),
        "date": ("Date", None),
        "client": ("Client", None),
        "industry": ("Secteur", None),
        "products": ("Produits", None),
        "results": ("Résultats", None),
        "results.label": ("Intitulé", None),
        "results.value": ("Valeur", None),
        "quote": ("Citation", None),
        "quote.text": ("Texte", None),
        "quote.author": ("Auteur", None),
        "quote.role": ("Fonction", None),
        "status": ("État", "published : en ligne ; draft : brouillon ; hidden : en ligne "
                   "mais absent des listes"),
        "order": ("Ordre dans le menu", None),
        "author": ("Auteur", None),
        "rating": ("Note", "De 1 à 5 étoiles"),
        "experience_date": ("Date de l’expérience", None),
        "verified": ("Client vérifié", None),
        "source": ("Source", "Où l’avis a été recueilli"),
        "product": ("Produit", None),
        "lang": ("Langue", None),
    },
    "en": {
        "images.src": ("File", None),
        "images.alt": ("Alternative text", None),
        "ebook.isbn": ("ISBN", None),
        "faq.q": ("Question", None),
        "faq.a": ("Answer", None),
        "slug": ("Slug", "Lowercase letters, digits and hyphens, the same in every "
                 "language: audit-express"),
        "sku": ("SKU", "Capital letters, digits and hyphens: AUD-001"),
        "summary": ("Summary", "One or two sentences, shown in listings and search engines"),
        "updated": ("Updated", "Leave empty: the date of the file's last commit"),
        "offers.pay": ("Payment", "An https:// payment link of an allowed provider, "
                       "bank-transfer or quote"),
        "offers.features": ("What is included", None),
        "offers.delivery": ("Delivery", None),
        "specs": ("Specs", "Those of the product's category; leave the others empty"),
        "ebook": ("E-book", "For kind ebook only"),
        "faq": ("Frequently asked questions", None),
        "related": ("Related products", None),
        "body": ("Text", None),
        "status": ("Status", "published: online; draft: not published; hidden: online but "
                   "not listed"),
        "order": ("Order in the menu", None),
        "experience_date": ("Date of the experience", None),
    },
}
# Collections, in the language of the forms: (plural, singular).
COLLECTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {"products": ("Produits", "produit"), "case-studies": ("Études de cas", "étude de cas"),
           "pages": ("Pages", "page"), "reviews": ("Avis clients", "avis")},
    "en": {"products": ("Products", "product"), "case-studies": ("Case studies", "case study"),
           "pages": ("Pages", "page"), "reviews": ("Customer reviews", "review")},
}


def words_in(lang: str) -> dict[str, tuple[str, str | None]]:
    return WORDS.get(lang, WORDS["en"])


def collection_words(lang: str, kind: str) -> tuple[str, str]:
    return COLLECTIONS.get(lang, COLLECTIONS["en"])[kind]
