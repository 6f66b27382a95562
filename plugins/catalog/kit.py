"""The catalog's public kit: everything another plugin may use of the catalog, and the
only module of it they import (a test reads every plugin's imports).

- Phases of the build: `phases.check_files`, `.check`, `.pages`, `.attach`, `.written`,
  `.swap` (`pipeline.py` is their table), and what their receivers get: `Sources`, `Site`,
  `Output`. A plugin takes part with `phases.check.register("<plugin>.<what>", priority)`.
- Settings (`registry`): declare a `Section` once; read it typed with `Settings.of`
  (commands beside the build: `validate_settings` with their sections, `SettingsErrors`,
  `languages_default_first`);
  `settings_of` gives the validated settings of a build from Pelican's settings dict;
  `SiteAddress` and `default_site_address` for the site's absolute address (`address`).
- Content: `Product` with its declared views (`views`), `PageToWrite`, `Group`,
  `save_as`, `variant`; the base model and field types of front matter (`Model`, `Text`,
  `IsoDate`, `invalid`, `site_language`, `SchemaContext`).
- Errors: `ContentError`, `ContentErrors`, `stop_build`; where they are (`error_at`,
  `error_mentioning`, `line_mentioning`, `line_in`, `display_path`); `did_you_mean`.
- Caches: `store_file` / `load_file` / `drop_file` (a file entry with its checksum),
  `seal_folder` / `folder_is_whole` (a folder entry): damaged entries heal.
- Categories: `load_definitions` gives the site's `Definitions` (each category's
  `CategoryDefinition`: its names and its typed `SpecDefinition`s); a product's specs
  typed by them (`product_values`, `typed_value`, `TypedValue`) and checked
  (`spec_errors`).
- Text: `name_key` (what tells two names apart for a reader), `unwanted_characters` /
  `first_unwanted` (control and invisible characters content must not hold).
- Reading: `read_record` / `validated` (the read-validate-collect loop), `content_files`,
  `read_front_matter`, `parse_yaml`, `FrontMatter`, `schema_context`.
- Rendering: `substitute` (placeholders → rendered partials), `map_everywhere` (work on
  every core).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import pipeline as phases
from .address import SiteAddress, absolute, default_site_address, language_tag
from .cachefiles import CHECKSUMS, drop_file, folder_is_whole, load_file, seal_folder, store_file
from .categories import CategoryDefinition, Definitions, SpecDefinition, load_definitions
from .contents import Product
from .ebooks import Heading
from .errors import ContentError, ContentErrors, stop_build
from .files import content_files
from .frontmatter import FrontMatter, parse_yaml
from .jsonschema import json_schema
from .locate import (
    display_path,
    error_at,
    error_mentioning,
    line_in,
    line_mentioning,
    substitute,
)
from .model import Catalog, Group, PageToWrite, save_as, variant
from .parallel import map_everywhere
from .pipeline import SITE_KEY, Memo, Output, Site, Sources
from .reader import read_front_matter
from .records import Record, read_record, schema_context, validated
from .registry import (
    SETTINGS_KEY,
    Section,
    Settings,
    SettingsErrors,
    SettingsMistake,
    declare,
    validate_section,
    validate_settings,
)
from .schema import (
    Image,
    IsoDate,
    Model,
    Offer,
    SchemaContext,
    Text,
    invalid,
    plain_price,
    site_language,
)
from .settings import CatalogSettings, languages_default_first
from .specs import SpecError, TypedValue, product_values, spec_errors, typed_value
from .suggest import did_you_mean
from .text import first_unwanted, name_key, unwanted_characters
from .views import EpubView, ImageFile, PaymentView, RatingView, ReviewView, View


def settings_of(pelican_settings: dict[str, Any]) -> Settings:
    """The validated settings of the build that `pelican_settings` belong to."""
    found: Settings = pelican_settings[SETTINGS_KEY]
    return found


def site_of(pelican_settings: Mapping[str, Any]) -> Site:
    """The checked site of the build that `pelican_settings` belong to (once `attach` ran:
    for template helpers, while pages are rendered)."""
    found: Site = pelican_settings[SITE_KEY]
    return found


__all__ = [
    "CHECKSUMS",
    "Catalog",
    "CatalogSettings",
    "CategoryDefinition",
    "ContentError",
    "ContentErrors",
    "Definitions",
    "EpubView",
    "FrontMatter",
    "Group",
    "Heading",
    "Image",
    "ImageFile",
    "IsoDate",
    "Memo",
    "Model",
    "Offer",
    "Output",
    "PageToWrite",
    "PaymentView",
    "Product",
    "RatingView",
    "Record",
    "ReviewView",
    "SchemaContext",
    "Section",
    "Settings",
    "SettingsErrors",
    "SettingsMistake",
    "Site",
    "SiteAddress",
    "Sources",
    "SpecDefinition",
    "SpecError",
    "Text",
    "TypedValue",
    "View",
    "absolute",
    "content_files",
    "declare",
    "default_site_address",
    "did_you_mean",
    "display_path",
    "drop_file",
    "error_at",
    "error_mentioning",
    "first_unwanted",
    "folder_is_whole",
    "invalid",
    "json_schema",
    "language_tag",
    "languages_default_first",
    "line_in",
    "line_mentioning",
    "load_definitions",
    "load_file",
    "map_everywhere",
    "name_key",
    "parse_yaml",
    "phases",
    "plain_price",
    "product_values",
    "read_front_matter",
    "read_record",
    "save_as",
    "schema_context",
    "seal_folder",
    "settings_of",
    "site_language",
    "site_of",
    "spec_errors",
    "stop_build",
    "store_file",
    "substitute",
    "typed_value",
    "unwanted_characters",
    "validate_section",
    "validate_settings",
    "validated",
    "variant",
]
