"""Body images are only marked when Markdown is read: the HTML names no variant."""

from __future__ import annotations

from images.prose import marked_images
from markdown import Markdown


def convert(text: str) -> str:
    return Markdown(extensions=["images.prose"], output_format="html").convert(text)


def test_a_local_image_is_marked_with_its_path_as_written() -> None:
    html = convert('![Un plan « A & B »](images/plan.jpg "Le plan")')
    [(_, attributes)] = list(marked_images(html))
    assert attributes["data-picture"] == "images/plan.jpg"
    assert attributes["src"] == "{static}/images/plan.jpg"  # feeds get the served copy
    assert attributes["alt"] == "Un plan « A & B »" and attributes["title"] == "Le plan"
    assert "480" not in html and "width" not in html  # nothing that depends on the file


def test_static_links_and_paths_leaving_the_folder() -> None:
    [(_, static)] = list(marked_images(convert("![a]({static}/images/a.jpg)")))
    assert static["data-picture"] == "images/a.jpg"
    [(_, outside)] = list(marked_images(convert("![a](../a.jpg)")))
    assert outside["data-picture"] == "../a.jpg" and outside["src"] == "../a.jpg"


def test_images_of_other_sites_are_left_to_the_body_checks() -> None:
    assert list(marked_images(convert("![a](https://cdn.example/a.jpg)"))) == []
