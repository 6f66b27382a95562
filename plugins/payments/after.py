"""After payment: a page per product and language, where a payment link sends the buyer.

It says what happens next (each offer's `delivery`), where the receipt and the invoice
come from, who to contact, and invites a review by a prefilled e-mail whose lines are the
columns `make import-reviews` reads. Its URL is `CATALOG["urls"]["after_payment"]` (with
`{slug}`, the product's); without that setting no such page is written. These pages are
for buyers only: `noindex`, outside the sitemap (the seo plugin's rule by template), the
search index (no `data-pagefind-body`) and the precache.
"""

from __future__ import annotations

from catalog.kit import Catalog, PageToWrite

URL_NAME = "after_payment"
TEMPLATE = "after_payment"


def after_payment_pages(catalog: Catalog) -> list[PageToWrite]:
    return catalog.product_pages(URL_NAME, TEMPLATE)


# The review e-mail's lines, each named after a column of `make import-reviews` (its
# French names in French), so that answers go into the export as they are.
INVITATION = {
    "fr": ("Une note de 1 à 5, votre nom tel qu’il sera affiché et votre avis\u202f:\n\n"
           "produit\u202f: {slug}\nnote\u202f: \nnom\u202f: \navis\u202f: \n"),
    "en": ("A rating from 1 to 5, your name as it will be shown, and your review:\n\n"
           "product: {slug}\nrating: \nauthor: \ntext: \n"),
}


def review_invitation(product: object) -> str:
    """The body of the e-mail that invites a review of `product`, in its language."""
    lang, slug = product.lang, product.slug  # type: ignore[attr-defined]
    return INVITATION.get(lang, INVITATION["en"]).format(slug=slug)
