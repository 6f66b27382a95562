"""Reads products and writes the catalog's pages: products and per-language listings."""

from __future__ import annotations

from typing import Any

from blinker import signal
from pelican.generators import CachingGenerator
from pelican.utils import process_translations

from .contents import Product
from .metadata import RECORD
from .model import Catalog, CategoryPage, save_as

# Sent with each product's metadata after reading, like Pelican's page_generator_context.
product_generator_context = signal("product_generator_context")


class ProductsGenerator(CachingGenerator):
    """Products from PRODUCT_PATHS; listings from the resolved `catalog` in the context."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.products: list[Product] = []
        self.translations: list[Product] = []
        super().__init__(*args, **kwargs)

    def generate_context(self) -> None:
        products = []
        for path in self.get_files(
            self.settings["PRODUCT_PATHS"], exclude=self.settings["PRODUCT_EXCLUDES"]
        ):
            product = self.readers.read_file(
                base_path=self.path,
                path=path,
                content_class=Product,
                context=self.context,
                context_signal=product_generator_context,
                context_sender=self,
            )
            self.add_source_path(product)
            if hasattr(product, RECORD):
                products.append(product)
        self.products, self.translations = process_translations(products, translation_id="slug")
        self.readers.save_cache()

    def generate_output(self, writer: Any) -> None:
        catalog: Catalog = self.context["catalog"]
        for product in catalog.all_products():
            self._write(writer, product.save_as, product.template, product.lang,
                        product=product, url=product.url)
        for lang in catalog.languages:
            for page, template in (("home", "home"), ("catalog", "catalog"),
                                   ("case_studies", "case_studies")):
                url = catalog.url(page, lang)
                self._write(writer, save_as(url), template, lang, url=url,
                            alternates=catalog.alternates(page))
            for category in catalog.categories(lang):
                self._write_category(writer, catalog, category)
        self._write(writer, "404.html", "404", catalog.default_lang, url="404.html")

    def _write_category(self, writer: Any, catalog: Catalog, category: CategoryPage) -> None:
        self._write(writer, save_as(category.url), "category", category.lang,
                    url=category.url, category=category,
                    alternates=catalog.category_alternates(category))

    def _write(self, writer: Any, path: str, template: str, lang: str, **variables: Any) -> None:
        writer.write_file(
            path,
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            lang=lang,
            **variables,
        )
