"""Source images made by the tests: real encoded files with what editors' photos carry."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

GPS_IFD = 0x8825
ORIENTATION = 0x0112
SECRET = b"Rue du Secret 12"  # in the comment and the XMP of `private_photo`


def photo(size: tuple[int, int] = (1200, 800), seed: int = 0) -> Image.Image:
    """A photo-like image: gradients and shapes, so encoders have detail to work on."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for n in range(12):
        x, y = (seed * 37 + n * 97) % width, (seed * 53 + n * 61) % height
        draw.ellipse((x, y, x + width // 5, y + height // 5),
                     fill=((n * 40 + seed) % 256, (n * 90) % 256, (200 - n * 15) % 256))
    return image


def private_photo(path: Path) -> Path:
    """A JPEG with a GPS position, a camera model, a comment, XMP and a colour profile,
    like a phone's."""
    exif = Image.Exif()
    exif[0x0110] = "Phone 15 Pro"  # camera model
    exif[GPS_IFD] = {1: "N", 2: (48.0, 51.0, 29.99), 3: "E", 4: (2.0, 17.0, 40.2)}
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + SECRET + b"</x:xmpmeta>"
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    photo().save(path, "JPEG", exif=exif, comment=SECRET, xmp=xmp, icc_profile=profile,
                 quality=90)
    return path


def sideways_photo(path: Path) -> Path:
    """Stored 400×200, red on the left and blue on the right, with EXIF orientation 6:
    shown upright it is 200×400, red at the top and blue at the bottom."""
    image = Image.new("RGB", (400, 200), (220, 0, 0))
    image.paste((0, 0, 220), (200, 0, 400, 200))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    image.save(path, "JPEG", exif=exif, quality=95)
    return path


def transparent_logo(path: Path) -> Path:
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((50, 50, 250, 250), fill=(31, 58, 95, 255))
    image.save(path, "PNG")
    return path
