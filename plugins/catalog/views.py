"""What plugins add to products, declared in one place.

A product is the catalog's (`contents.Product`); other plugins show it their own way: a
rating, payment buttons, an EPUB. Each of those is a *view*: declared on `Product` as a
`View`, owned by one plugin, set by that plugin in the `attach` phase and read by the
theme and by other plugins through the types below. So `product.rating` is found by one
search, and mypy checks both sides of the hand-off.

view                      owner     type                         read by
related_products          catalog   products in the product's    theme
case_studies              catalog   case studies, same language  theme
sample, download          catalog   `ebooks.Sample`, `Download`  theme, epub
reviews                   reviews   `ReviewView`s, newest first  theme
rating                    reviews   `RatingView` or None         theme, compare tables
payments                  payments  a `PaymentView` per offer    theme
og_image                  images    `ImageFile` or None          theme, images
sample_epub               epub      `EpubView` or None           theme

A view not set (its plugin is not in `PLUGINS`) reads as its default, or is undefined in
templates when it has none.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar, overload

T = TypeVar("T")
_UNSET: Any = object()


class View(Generic[T]):
    """A typed attribute of a product that one plugin sets in the `attach` phase."""

    def __init__(self, owner: str, default: T = _UNSET) -> None:
        self.owner = owner
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, cls: type) -> View[T]: ...
    @overload
    def __get__(self, instance: object, cls: type) -> T: ...

    def __get__(self, instance: object | None, cls: type) -> View[T] | T:
        if instance is None:
            return self
        try:
            value: T = instance.__dict__[self.name]
        except KeyError:
            if self.default is _UNSET:
                raise AttributeError(f"{self.name} is set by the {self.owner} plugin in the "
                                     "attach phase: is it in PLUGINS?") from None
            return self.default
        return value

    def __set__(self, instance: object, value: T) -> None:
        instance.__dict__[self.name] = value


class RatingView(Protocol):
    """A product's customer rating, as the reviews plugin computes it."""

    @property
    def average(self) -> Decimal: ...  # one decimal place
    @property
    def count(self) -> int: ...


class ReviewView(Protocol):
    @property
    def rating(self) -> int: ...


class PaymentView(Protocol):
    """How one offer is paid (`link`, `bank-transfer`, `quote`, `free` or `contact`)."""

    @property
    def method(self) -> str: ...


class ImageFile(Protocol):
    """A file the images plugin made: its URL in the site and the cached files behind it."""

    @property
    def url(self) -> str: ...
    @property
    def files(self) -> tuple[tuple[str, str], ...]: ...  # (path in the site, cached file)


class EpubView(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def size(self) -> int: ...
