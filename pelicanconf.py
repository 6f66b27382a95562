"""Development settings for the Vitrine demo site.

Everything a site owner configures lives here (and in publishconf.py for production).
Settings read by Vitrine's plugins are validated when the build starts: a typo in a key
name is reported, not ignored.
"""

import sys
from pathlib import Path

AUTHOR = "Boussole Conseil"
SITENAME = "Boussole Conseil"
SITEURL = ""

PATH = "content"
THEME = "theme"
OUTPUT_PATH = "output"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"

PLUGIN_PATHS = [str(Path(__file__).parent / "plugins")]
# Plugins import the catalog's public kit (`catalog.kit`): the plugins folder must be
# importable whatever the order in which Pelican loads them.
if PLUGIN_PATHS[0] not in sys.path:
    sys.path.insert(0, PLUGIN_PATHS[0])
# Their order does not matter: they take part in the build through the catalog's named
# phases, each at its priority (`make phases` prints who runs when).
PLUGINS = [
    "atomic_output", "localization", "catalog", "payments", "reviews", "compare", "images",
    "epub", "site_icons", "search", "offline", "security_headers", "seo", "feeds", "publish",
    "fingerprint", "browse", "paper",
]

# Content folders. Products are read by the catalog plugin; articles are case studies.
PRODUCT_PATHS = ["products"]
ARTICLE_PATHS = ["case-studies"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "downloads"]
SAMPLE_PATHS = ["samples"]  # e-books' sample chapters, read by the catalog plugin
# Customer reviews, one file per review in reviews/<product-slug>/ (the reviews plugin).
REVIEW_PATHS = ["reviews"]
ARTICLE_EXCLUDES = ["products", "pages", "images", "samples", "downloads", "reviews"]
PAGE_EXCLUDES = ["products", "case-studies", "images", "samples", "downloads", "reviews"]
IGNORE_FILES = [".*", "__pycache__", "*.py"]

# The default language has unprefixed URLs; other languages live under /<lang>/.
PRODUCT_URL = "produits/{slug}/"
PRODUCT_SAVE_AS = PRODUCT_URL + "index.html"
PRODUCT_LANG_URL = "{lang}/products/{slug}/"
PRODUCT_LANG_SAVE_AS = PRODUCT_LANG_URL + "index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = PAGE_LANG_URL + "index.html"
ARTICLE_URL = "etudes-de-cas/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
ARTICLE_LANG_URL = "{lang}/case-studies/{slug}/"
ARTICLE_LANG_SAVE_AS = ARTICLE_LANG_URL + "index.html"

# Listing pages written by the catalog plugin, per language.
CATALOG = {
    "languages": ["fr", "en"],
    "urls": {
        "home": {"fr": "", "en": "en/"},
        "catalog": {"fr": "produits/", "en": "en/products/"},
        "category": {"fr": "categories/{slug}/", "en": "en/categories/{slug}/"},
        "case_studies": {"fr": "etudes-de-cas/", "en": "en/case-studies/"},
        "industry": {
            "fr": "etudes-de-cas/secteur/{slug}/",
            "en": "en/case-studies/industry/{slug}/",
        },
        "sample": {"fr": "produits/{slug}/extrait/", "en": "en/products/{slug}/sample/"},
        # The comparison page of each category (compare plugin).
        "compare": {"fr": "categories/{slug}/comparer/", "en": "en/categories/{slug}/compare/"},
        # Where a payment link returns the buyer (payments plugin; README, "After payment").
        "after_payment": {"fr": "produits/{slug}/merci/", "en": "en/products/{slug}/thank-you/"},
        # PDFs (paper plugin; README, "On paper"): a data sheet per product, a catalogue.
        "datasheet": {"fr": "produits/{slug}/fiche-{slug}.pdf",
                      "en": "en/products/{slug}/datasheet-{slug}.pdf"},
        "catalogue_pdf": {"fr": "produits/catalogue-boussole-conseil.pdf",
                          "en": "en/products/catalogue-boussole-conseil.pdf"},
    },
}

# The search page of each language; Pagefind indexes the site at the end of each build.
SEARCH = {"urls": {"fr": "recherche/", "en": "en/search/"}}

# Search engines (seo plugin). sitemap.xml, robots.txt and structured data need the
# site's absolute address: by default SITEURL, else FEED_DOMAIN (below: `make serve`'s
# address in development); set "site_url" only for a site whose address is neither, never
# to a development address, which publishconf.py would inherit.
# "same_as" lists the organisation's profiles elsewhere (https:// addresses) and
# "return_policy" the shop's return or withdrawal policy, both for search engines. In the
# EU, consumers may withdraw for 14 days ("days"), except from digital content whose
# download began, or a service fully performed, with their consent: say what applies and
# name the page ("page", a slug) that states it.
SEO = {
    "same_as": ["https://social.boussole-conseil.example/@boussole"],
    "return_policy": {
        "countries": ["FR", "BE", "LU", "CH"],
        "days": 14,
        "fees": "free",
        "page": "legal",
    },
}

# Feeds (feeds plugin): an Atom feed of each language's case studies and of its products,
# and a merchant feed (Google Merchant) of each language and currency. Their address is
# SITEURL, else FEED_DOMAIN, like the sitemap's; None writes no such feed.
FEEDS = {
    "case_studies": "feeds/case-studies.{lang}.atom.xml",
    "products": "feeds/products.{lang}.atom.xml",
    "merchant": "feeds/merchant.{lang}.{currency}.xml",
}

# How visitors pay and ask. Payment links must be https:// links of an allowed provider
# (Stripe, PayPal, Lemon Squeezy, Gumroad, Polar, SumUp, Mollie, Qonto, Lydia); add your
# own checkout domain to "extra_links". Stripe test-mode links are allowed here, in the
# development build only (publishconf.py turns them off).
PAYMENTS = {
    "extra_links": [],
    "test_links": True,
    "bank_transfer": {
        "holder": "Boussole Conseil SAS",
        "iban": "FR36 3000 4012 3400 0123 4567 806",
        "bic": "BOUSFRPP",
    },
    "contact": {
        "email": "contact@boussole-conseil.example",
        "phone": "+33 4 00 00 00 00",
        "whatsapp": "+33 6 00 00 00 00",
        "telegram": "boussole_conseil",
    },
}

# Customer reviews. French law (Code de la consommation, D111-17) wants every review block
# to say whether reviews are checked and to link a page explaining how they are collected,
# checked, published and kept: "policy_page" is that page's slug, in content/pages/.
REVIEWS = {
    "policy_page": "reviews-policy",
    "checked": True,
}

# Content images (front matter and Markdown bodies) are served as resized variants in
# modern formats, never as the original files; encoded files are kept in `cache`.
IMAGES = {
    "widths": [480, 960, 1600],
    "formats": ["avif", "webp"],
    "quality": {"avif": 55, "webp": 78, "jpeg": 82},
    "max_pixels": 50_000_000,
    "cache": "cache/images",
}

# Offline reading and installation (service worker, manifest); see README "Offline".
# {"enabled": False} ships a service worker that removes itself from visitors' browsers.
OFFLINE = {
    "enabled": True,
    "short_name": "Boussole",
    "theme_color": "#0b5cad",
    "background_color": "#ffffff",
    # The search pages, so that search works offline after the first visit.
    "precache_urls": list(SEARCH["urls"].values()),
}

# Vitrine writes its own listings; Pelican's blog-style pages are not part of the site.
DIRECT_TEMPLATES: list[str] = []
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
# The feeds plugin writes the case-study feeds (FEEDS above), each language's with its
# own id and title. Feeds need absolute addresses: in development they point at
# `make serve`; publishconf.py uses the site's SITEURL.
TRANSLATION_FEED_ATOM = None
FEED_DOMAIN = "http://127.0.0.1:8000"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False},
        "markdown.extensions.sane_lists": {},
        # | :---: | columns: aligned by classes, as the Content-Security-Policy blocks styles.
        "catalog.aligned_tables": {},
        # [[buy: product-slug / Offer name]]: a buy button anywhere in the text.
        "payments.prose": {},
        # /// compare: a comparison table of products (see README, "Comparison tables").
        "compare.block": {},
        # ![alt](images/x.jpg): resized, responsive <picture> (see IMAGES below).
        "images.prose": {},
    },
    "output_format": "html",
}

# Autoescape everything; only rendered Markdown is marked safe in templates.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

# Hash-based reader cache: fresh git checkouts (new mtimes) still hit it. The
# generator-layer cache would leave stale {filename} links on the second build.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "md5"
CACHE_PATH = "cache/pelican"

# The site is written to a fresh folder and swapped in by the atomic_output plugin,
# so output/ is never emptied before the build is known to succeed.
DELETE_OUTPUT_DIRECTORY = False
RELATIVE_URLS = False
