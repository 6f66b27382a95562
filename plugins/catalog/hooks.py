"""Signals through which other plugins take part in the catalog's build phases.

They are named blinker signals, so a plugin connects to them without importing the
catalog's internals. Both are sent once every file has been read and validated, with
the Pelican settings as `settings`:

- `catalog_checks(catalog, products=[...], contents=[...], settings=...)`: a receiver
  returns a list of ContentErrors (see `resolve.error_at`) for what it checks, such as
  payment links; `contents` are all pages, case studies and products to be written.
  They are reported with the catalog's own, in the same run, before anything is written.
- `content_checks(None, products=[...], pages=[...], settings=...)`: like
  `catalog_checks`, for checks of front matter alone (`products` are validated products
  and translations, with `category`, `lang`, `specs`… and `source_lines`; `pages` the
  validated pages, with their `slug`). `make check`, which renders nothing, sends this
  one too, after loading the plugins listed in PLUGINS.
- `catalog_pages(catalog)`: sent when the catalog lists the pages it writes; a receiver
  returns `model.PageToWrite` objects for pages of its own (their template is the
  theme's, their URL one of `CATALOG["urls"]`). They are checked for collisions and
  rendered with the catalog's pages.
- `catalog_ready(catalog, settings=...)`: the catalog is resolved and the build goes on;
  receivers attach what the theme needs to the products.
"""

from __future__ import annotations

from blinker import signal

catalog_checks = signal("vitrine.catalog_checks")
content_checks = signal("vitrine.content_checks")
catalog_pages = signal("vitrine.catalog_pages")
catalog_ready = signal("vitrine.catalog_ready")
