"""The pipeline on real encoded files, without Pelican: privacy, orientation, formats,
refused sources, and a warm run that decodes and encodes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from images.cache import ImageCache
from images.encode import widths_for
from images.pictures import Picture, prepare
from images.settings import ImageSettings
from PIL import Image

from tests.helpers.images import GPS_IFD, SECRET, private_photo, sideways_photo, transparent_logo

SMALL = ImageSettings(widths=(100, 300, 600), processes=1)


def variants_of(picture: Picture) -> list[Path]:
    return [Path(cached) for _, cached in picture.files]


def run(tmp_path: Path, sources: dict[str, Path],
        settings: ImageSettings = SMALL) -> dict[str, Picture | str]:
    results, _ = prepare(sources, settings, ImageCache(tmp_path / "cache"))
    return results


def test_no_metadata_of_the_source_reaches_any_variant(tmp_path: Path) -> None:
    source = private_photo(tmp_path / "phone.jpg")
    with Image.open(source) as original:  # the test's source does carry it all
        assert original.getexif().get_ifd(GPS_IFD) and original.info["icc_profile"]
        assert SECRET in source.read_bytes()
    picture = run(tmp_path, {"images/phone.jpg": source})["images/phone.jpg"]
    assert isinstance(picture, Picture)
    files = variants_of(picture)
    assert {path.suffix for path in files} == {".avif", ".webp", ".jpeg"}
    for path in files:
        data = path.read_bytes()
        assert SECRET not in data and b"Phone 15" not in data, path
        assert b"Exif" not in data and b"xmpmeta" not in data, path
        with Image.open(path) as variant:
            assert not variant.getexif(), path
            assert not variant.getexif().get_ifd(GPS_IFD), path
            assert not {"exif", "xmp", "comment", "icc_profile"} & set(variant.info), path


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    picture = run(tmp_path, {"images/side.jpg": sideways_photo(tmp_path / "side.jpg")})[
        "images/side.jpg"]
    assert isinstance(picture, Picture)
    assert (picture.width, picture.height) == (200, 400)
    for path in variants_of(picture):
        with Image.open(path) as variant:
            rgb = variant.convert("RGB")
            width, height = rgb.size
            assert height == 2 * width, path
            top, bottom = rgb.getpixel((width // 2, height // 8)), rgb.getpixel(
                (width // 2, height * 7 // 8))
            assert top[0] > 150 and top[2] < 80, (path, top)  # red on top
            assert bottom[2] > 150 and bottom[0] < 80, (path, bottom)


def test_transparency_is_kept_with_a_png_fallback(tmp_path: Path) -> None:
    picture = run(tmp_path, {"images/logo.png": transparent_logo(tmp_path / "logo.png")})[
        "images/logo.png"]
    assert isinstance(picture, Picture)
    assert picture.fallback.endswith(".png")
    for path in variants_of(picture):
        with Image.open(path) as variant:
            assert variant.mode in ("RGBA", "LA", "PA") or "transparency" in variant.info, path
            assert variant.convert("RGBA").getpixel((0, 0))[3] == 0, path


def test_variants_are_never_upscaled() -> None:
    assert widths_for(250, SMALL) == [100, 250]
    assert widths_for(600, SMALL) == [100, 300, 600]
    assert widths_for(4000, SMALL) == [100, 300, 600]
    assert widths_for(80, SMALL) == [80]


def test_a_warm_run_decodes_and_encodes_nothing(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    sources = {"images/phone.jpg": private_photo(tmp_path / "phone.jpg"),
               "images/logo.png": transparent_logo(tmp_path / "logo.png")}
    calls = {"open": 0, "save": 0}
    real_open, real_save = Image.open, Image.Image.save

    def counting_open(*args: object, **kwargs: object) -> Image.Image:
        calls["open"] += 1
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    def counting_save(self: Image.Image, *args: object, **kwargs: object) -> None:
        calls["save"] += 1
        real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image, "open", counting_open)
    monkeypatch.setattr(Image.Image, "save", counting_save)
    cache = ImageCache(tmp_path / "cache")
    cold, made = prepare(sources, SMALL, cache)
    assert made == 2 and calls["open"] >= 2 and calls["save"] == 3 * 3 + 2 * 3
    calls.update(open=0, save=0)
    warm, made = prepare(sources, SMALL, cache)
    assert made == 0
    assert calls == {"open": 0, "save": 0}
    assert warm == cold
    # Another quality is another key: those variants are encoded anew.
    prepare(sources, SMALL.model_copy(update={"quality": {"webp": 60}}), cache)
    assert calls["save"] > 0


def damaged(tmp_path: Path) -> Path:
    data = private_photo(tmp_path / "whole.jpg").read_bytes()
    path = tmp_path / "damaged.jpg"
    path.write_bytes(data[: len(data) // 2])
    return path


def huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.png"
    Image.new("L", (6000, 6000)).save(path)  # small file, 36 Mpx once decoded
    return path


def animated(tmp_path: Path) -> Path:
    path = tmp_path / "anim.gif"
    frames = [Image.new("RGB", (40, 40), (n * 100, 0, 0)) for n in range(3)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100)
    return path


def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    return path


def svg(tmp_path: Path) -> Path:
    path = tmp_path / "logo.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    return path


def bmp(tmp_path: Path) -> Path:
    path = tmp_path / "old.webp"
    Image.new("RGB", (10, 10)).save(path, "BMP")
    return path


@pytest.mark.parametrize(("make", "problem"), [
    (damaged, "damaged or truncated image"),
    (huge, "6000×6000 pixels is more than the limit of 30,000,000 pixels"),
    (animated, "animated images are not accepted"),
    (text_file, "not a JPEG, PNG, WebP or GIF image"),
    (svg, "SVG images are not accepted"),
    (bmp, "not a JPEG, PNG, WebP or GIF image"),
])
def test_refused_sources_say_why(tmp_path: Path, make: object, problem: str) -> None:
    source = make(tmp_path)  # type: ignore[operator]
    settings = SMALL.model_copy(update={"max_pixels": 30_000_000})
    result = run(tmp_path, {"images/x": source}, settings)["images/x"]
    assert isinstance(result, str) and result.startswith(problem), result
