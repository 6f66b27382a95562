#!/usr/bin/env python3
"""Draw the illustrations of the Boussole Conseil demo site.

    .venv/bin/python content/images/draw_demo_images.py

Every image is drawn from simple shapes with Pillow, so the demo content carries no
third-party photographs. The output is deterministic: the only randomness comes from
seeded ``random.Random`` instances, and the only font is Pillow's bundled default.

Shapes are drawn at twice the final size and scaled down, which gives smooth edges.
Pillow's bundled font has no accented glyphs, so accents are drawn by hand (see
``Canvas.text``); keep the text on the images to the characters listed in ``ACCENTS``
plus plain ASCII, ’, …, «, », – and ³.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SS = 2  # supersampling factor

NAVY = (31, 58, 95)
NAVY_DARK = (21, 39, 64)
NAVY_LIGHT = (86, 118, 158)
OCHRE = (224, 164, 58)
OCHRE_LIGHT = (244, 214, 150)
TERRACOTTA = (200, 85, 61)
SAGE = (106, 153, 78)
SAGE_LIGHT = (196, 221, 180)
CREAM = (244, 239, 230)
PAPER = (252, 250, 245)
WHITE = (255, 255, 255)
CHARCOAL = (43, 45, 51)
GREY = (120, 124, 132)
GREY_LIGHT = (214, 216, 220)
WOOD = (181, 137, 94)
WOOD_DARK = (140, 100, 64)
SKINS = [(241, 200, 166), (224, 172, 130), (176, 122, 84), (120, 80, 56), (250, 214, 186)]
HAIRS = [(52, 38, 30), (90, 62, 40), (20, 20, 24), (170, 120, 70), (120, 120, 125), (200, 160, 96)]
SHIRTS = [NAVY_LIGHT, SAGE, TERRACOTTA, (94, 94, 110), OCHRE, (150, 110, 160), (70, 130, 140)]

ACCENTS = {
    "é": ("e", "acute"),
    "è": ("e", "grave"),
    "ê": ("e", "circ"),
    "ë": ("e", "trema"),
    "à": ("a", "grave"),
    "â": ("a", "circ"),
    "ô": ("o", "circ"),
    "ù": ("u", "grave"),
    "û": ("u", "circ"),
    "ç": ("c", "cedilla"),
    "É": ("E", "acute"),
    "È": ("E", "grave"),
    "Ê": ("E", "circ"),
    "À": ("A", "grave"),
    "Ç": ("C", "cedilla"),
}
NBSP, NNBSP = "\u00a0", "\u202f"


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=False))


class Canvas:
    """A drawing surface addressed in final-size pixels, rendered at SS times the size."""

    def __init__(self, w, h, bg=CREAM, mode="RGB"):
        self.w, self.h = w, h
        self.img = Image.new(mode, (w * SS, h * SS), bg)
        self.d = ImageDraw.Draw(self.img)
        self._fonts = {}

    # -- primitives ------------------------------------------------------------------
    def font(self, size):
        key = round(size * SS)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.load_default(size=key)
        return self._fonts[key]

    @staticmethod
    def _box(box):
        x0, y0, x1, y1 = box
        return [min(x0, x1) * SS, min(y0, y1) * SS, max(x0, x1) * SS, max(y0, y1) * SS]

    @staticmethod
    def _pts(pts):
        return [(x * SS, y * SS) for x, y in pts]

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        if radius:
            self.d.rounded_rectangle(
                self._box(box),
                radius=radius * SS,
                fill=fill,
                outline=outline,
                width=round(width * SS),
            )
        else:
            self.d.rectangle(self._box(box), fill=fill, outline=outline, width=round(width * SS))

    def ellipse(self, box, fill=None, outline=None, width=1):
        self.d.ellipse(self._box(box), fill=fill, outline=outline, width=round(width * SS))

    def circle(self, cx, cy, r, fill=None, outline=None, width=1):
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width)

    def polygon(self, pts, fill=None, outline=None, width=1):
        self.d.polygon(self._pts(pts), fill=fill, outline=outline, width=round(width * SS))

    def line(self, pts, fill, width=1, joint="curve"):
        self.d.line(self._pts(pts), fill=fill, width=round(width * SS), joint=joint)

    def arc(self, box, start, end, fill, width=1):
        self.d.arc(self._box(box), start, end, fill=fill, width=round(width * SS))

    def pieslice(self, box, start, end, fill):
        self.d.pieslice(self._box(box), start, end, fill=fill)

    def gradient(self, box, top, bottom):
        x0, y0, x1, y1 = self._box(box)
        for y in range(int(y0), int(y1)):
            t = (y - y0) / max(1, (y1 - y0 - 1))
            self.d.line([(x0, y), (x1 - 1, y)], fill=mix(top, bottom, t))

    def shadow_rect(self, box, fill, radius=0, offset=6, shade=(0, 0, 0), alpha=0.18, bg=None):
        """A rectangle with a flat drop shadow; ``bg`` is the colour under the shadow."""
        x0, y0, x1, y1 = box
        sh = mix(bg or CREAM, shade, alpha)
        self.rect((x0 + offset, y0 + offset, x1 + offset, y1 + offset), fill=sh, radius=radius)
        self.rect(box, fill=fill, radius=radius)

    def rot_ellipse(self, cx, cy, rx, ry, angle_deg, fill):
        a = math.radians(angle_deg)
        pts = []
        for i in range(72):
            t = 2 * math.pi * i / 72
            x, y = rx * math.cos(t), ry * math.sin(t)
            pts.append(
                (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
            )
        self.polygon(pts, fill=fill)

    # -- text ------------------------------------------------------------------------
    def _advance(self, ch, f):
        if ch == "–":
            return f.size * 0.62
        if ch == "³":
            return ImageFont.load_default(size=round(f.size * 0.6)).getlength("3")
        if ch == NNBSP:
            return f.size * 0.14
        if ch in (" ", NBSP):  # the bundled font's space (0.2 em) reads too tight
            return f.size * 0.26
        return f.getlength(ACCENTS.get(ch, (ch, None))[0])

    def text_width(self, s, size):
        f = self.font(size)
        return sum(self._advance(ch, f) for ch in s) / SS

    def text(self, xy, s, size, fill, align="left"):
        """Draw ``s`` with the top of its line box at ``xy``; align is left, center or right."""
        f = self.font(size)
        ascent, _ = f.getmetrics()
        x = xy[0] * SS
        y = xy[1] * SS + ascent
        width = sum(self._advance(ch, f) for ch in s)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        for ch in s:
            if ch in (NBSP, NNBSP, " "):
                x += self._advance(ch, f)
                continue
            if ch == "–":  # en dash, missing from the bundled font
                sz = f.size
                self.d.line(
                    [(x + 0.08 * sz, y - 0.3 * sz), (x + 0.54 * sz, y - 0.3 * sz)],
                    fill=fill,
                    width=max(2, round(0.06 * sz)),
                )
                x += self._advance(ch, f)
                continue
            if ch == "³":  # superscript three, missing too
                small = ImageFont.load_default(size=round(f.size * 0.6))
                self.d.text((x, y - 0.38 * f.size), "3", font=small, fill=fill, anchor="ls")
                x += self._advance(ch, f)
                continue
            base, mark = ACCENTS.get(ch, (ch, None))
            self.d.text((x, y), base, font=f, fill=fill, anchor="ls")
            if mark:
                self._accent(mark, x, y, base, f, fill)
            x += f.getlength(base)

    def _accent(self, mark, x, y, base, f, fill):
        left, top, right, _ = f.getbbox(base, anchor="ls")
        sz = f.size
        cx = x + (left + right) / 2
        top = y + top
        gap, h, w = 0.05 * sz, 0.13 * sz, max(2, round(0.075 * sz))
        d = self.d
        if mark == "acute":
            d.line(
                [(cx - 0.05 * sz, top - gap), (cx + 0.07 * sz, top - gap - h)], fill=fill, width=w
            )
        elif mark == "grave":
            d.line(
                [(cx + 0.05 * sz, top - gap), (cx - 0.07 * sz, top - gap - h)], fill=fill, width=w
            )
        elif mark == "circ":
            d.line(
                [(cx - 0.09 * sz, top - gap), (cx, top - gap - h), (cx + 0.09 * sz, top - gap)],
                fill=fill,
                width=w,
                joint="curve",
            )
        elif mark == "trema":
            r = 0.045 * sz
            for dx in (-0.08 * sz, 0.08 * sz):
                d.ellipse(
                    [cx + dx - r, top - gap - h / 2 - r, cx + dx + r, top - gap - h / 2 + r],
                    fill=fill,
                )
        elif mark == "cedilla":
            d.line(
                [
                    (cx, y - 0.02 * sz),
                    (cx, y + 0.07 * sz),
                    (cx + 0.06 * sz, y + 0.12 * sz),
                    (cx - 0.05 * sz, y + 0.2 * sz),
                ],
                fill=fill,
                width=max(2, w - 1),
                joint="curve",
            )

    # -- output ----------------------------------------------------------------------
    def save_jpeg(self, rel):
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        out = self.img.resize((self.w, self.h), Image.LANCZOS)
        out.save(path, "JPEG", quality=85, optimize=True)
        return path

    def save_png(self, rel):
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        out = self.img.resize((self.w, self.h), Image.LANCZOS)
        out.save(path, "PNG", optimize=True)
        return path


# -- reusable figures ----------------------------------------------------------------


def person_top(c, cx, cy, facing, shirt, hair, skin):
    """A person seen from above; ``facing`` is the direction of the face in degrees (0 = right)."""
    a = math.radians(facing)
    fx, fy = math.cos(a), math.sin(a)
    # arms reaching forward
    for side in (-1, 1):
        sx, sy = cx - fy * side * 48, cy + fx * side * 48
        ex, ey = sx + fx * 70 + (-fy * -side) * 14, sy + fy * 70 + (fx * -side) * 14
        c.line([(sx, sy), (ex, ey)], fill=mix(shirt, (0, 0, 0), 0.15), width=26)
        c.circle(ex + fx * 6, ey + fy * 6, 11, fill=skin)
    c.rot_ellipse(cx, cy, 34, 66, facing, shirt)
    c.circle(cx + fx * 12, cy + fy * 12, 13, fill=skin)  # face edge
    c.circle(cx - fx * 2, cy - fy * 2, 30, fill=hair)


def person_back(c, x, y, s, shirt, hair):
    """A seated person seen from behind; (x, y) is the bottom centre of the shoulders."""
    c.rect((x - 62 * s, y - 80 * s, x + 62 * s, y + 40 * s), fill=shirt, radius=40 * s)
    c.rect((x - 14 * s, y - 98 * s, x + 14 * s, y - 70 * s), fill=mix(shirt, (0, 0, 0), 0.25))
    c.ellipse((x - 34 * s, y - 160 * s, x + 34 * s, y - 84 * s), fill=hair)


def person_standing(c, x, y, s, shirt, hair, skin, trousers=CHARCOAL, arm_up=False):
    """A standing person; (x, y) is the point between the feet."""
    c.rect((x - 28 * s, y - 190 * s, x - 4 * s, y), fill=trousers, radius=8 * s)
    c.rect((x + 4 * s, y - 190 * s, x + 28 * s, y), fill=trousers, radius=8 * s)
    c.rect((x - 44 * s, y - 360 * s, x + 44 * s, y - 170 * s), fill=shirt, radius=30 * s)
    if arm_up:
        c.line([(x - 36 * s, y - 330 * s), (x - 110 * s, y - 400 * s)], fill=shirt, width=24 * s)
        c.circle(x - 116 * s, y - 406 * s, 13 * s, fill=skin)
    else:
        c.line([(x - 40 * s, y - 330 * s), (x - 58 * s, y - 210 * s)], fill=shirt, width=24 * s)
        c.circle(x - 58 * s, y - 200 * s, 12 * s, fill=skin)
    c.line([(x + 40 * s, y - 330 * s), (x + 58 * s, y - 210 * s)], fill=shirt, width=24 * s)
    c.circle(x + 58 * s, y - 200 * s, 12 * s, fill=skin)
    c.circle(x, y - 410 * s, 42 * s, fill=skin)
    c.pieslice((x - 44 * s, y - 456 * s, x + 44 * s, y - 368 * s), 180, 360, fill=hair)


def person_side(c, x, y, s, facing, shirt, hair, skin):
    """A seated person in profile; (x, y) is the seat; facing is +1 (right) or -1 (left)."""
    f = facing
    c.rect((x - 30 * s, y - 190 * s, x + 30 * s, y), fill=shirt, radius=26 * s)
    c.line(
        [(x, y - 150 * s), (x + f * 70 * s, y - 80 * s), (x + f * 120 * s, y - 90 * s)],
        fill=mix(shirt, (0, 0, 0), 0.12),
        width=22 * s,
    )
    c.circle(x + f * 126 * s, y - 92 * s, 12 * s, fill=skin)
    c.circle(x + f * 6 * s, y - 236 * s, 40 * s, fill=skin)
    c.pieslice(
        (x + f * 6 * s - 42 * s, y - 280 * s, x + f * 6 * s + 42 * s, y - 196 * s),
        180,
        360,
        fill=hair,
    )
    # back of the head
    bx = x - f * 22 * s
    c.ellipse((bx - 24 * s, y - 262 * s, bx + 24 * s, y - 208 * s), fill=hair)


def sticky(c, x, y, colour, lines, size=26, w=160, bg=WHITE):
    c.rect((x + 5, y + 6, x + w + 5, y + w + 6), fill=mix(bg, (0, 0, 0), 0.12))
    c.rect((x, y, x + w, y + w), fill=colour)
    c.rect((x, y, x + w, y + 22), fill=mix(colour, (0, 0, 0), 0.06))
    for i, t in enumerate(lines):
        c.text((x + 14, y + 40 + i * (size + 10)), t, size, CHARCOAL)


def text_lines(c, x, y, widths, gap=22, colour=GREY_LIGHT, thickness=8):
    """Grey bars standing for body text."""
    for i, w in enumerate(widths):
        c.rect((x, y + i * gap, x + w, y + i * gap + thickness), fill=colour, radius=thickness / 2)


def browser(c, box, url, bg):
    x0, y0, x1, _y1 = box
    c.shadow_rect(box, WHITE, radius=18, offset=10, bg=bg)
    c.rect((x0, y0, x1, y0 + 56), fill=(234, 235, 238), radius=18)
    c.rect((x0, y0 + 36, x1, y0 + 56), fill=(234, 235, 238))
    for i, col in enumerate([(236, 106, 94), (245, 191, 79), (98, 197, 84)]):
        c.circle(x0 + 30 + i * 26, y0 + 28, 8, fill=col)
    c.rect((x0 + 130, y0 + 12, x1 - 40, y0 + 44), fill=WHITE, radius=16)
    c.text((x0 + 150, y0 + 16), url, 20, GREY)


# -- product images ------------------------------------------------------------------


def audit_whiteboard():
    c = Canvas(1600, 1000)
    c.gradient((0, 0, 1600, 900), (238, 232, 221), (224, 216, 202))
    c.rect((0, 900, 1600, 1000), fill=(170, 140, 108))
    c.rect((0, 896, 1600, 906), fill=(150, 122, 92))
    c.rect((150, 80, 1450, 830), fill=(168, 172, 178), radius=10)
    c.rect((165, 95, 1435, 815), fill=(250, 251, 252))
    c.rect((320, 826, 1280, 846), fill=(146, 150, 156), radius=4)
    for i, col in enumerate([NAVY, TERRACOTTA, SAGE, CHARCOAL]):
        c.rect((420 + i * 130, 806, 520 + i * 130, 828), fill=col, radius=9)
        c.rect((500 + i * 130, 806, 520 + i * 130, 828), fill=WHITE, radius=6)

    c.text((230, 140), "Du premier contact à la signature", 46, NAVY)
    c.text((230, 200), "Trimestre analysé" + NBSP + ": 120 demandes entrantes", 28, GREY)
    base, top, x0 = 700, 300, 270
    bars = [
        ("Demandes", 120, NAVY),
        ("Rendez-vous", 54, NAVY_LIGHT),
        ("Devis", 38, OCHRE),
        ("Signés", 11, TERRACOTTA),
    ]
    c.line([(240, top - 20), (240, base), (1000, base)], fill=CHARCOAL, width=4)
    centres = []
    for i, (label, v, col) in enumerate(bars):
        bx = x0 + i * 180
        h = (base - top) * v / 120
        c.rect((bx, base - h, bx + 120, base), fill=col)
        c.text((bx + 60, base - h - 42), str(v), 32, CHARCOAL, align="center")
        c.text((bx + 60, base + 16), label, 26, CHARCOAL, align="center")
        centres.append((bx + 60, base - h))
    rates = ["45" + NNBSP + "%", "70" + NNBSP + "%", "29" + NNBSP + "%"]
    for i, r in enumerate(rates):
        xm = x0 + i * 180 + 150  # between bar i and bar i + 1
        ya = centres[i + 1][1] - 130
        c.text((xm, ya), r, 26, GREY, align="center")
        c.line([(xm - 26, ya + 46), (xm + 20, ya + 46)], fill=GREY, width=3)
        c.polygon([(xm + 18, ya + 38), (xm + 32, ya + 46), (xm + 18, ya + 54)], fill=GREY)
        if i == 2:  # the weak step, circled with a red marker
            c.arc((xm - 70, ya - 24, xm + 70, ya + 76), 0, 360, fill=TERRACOTTA, width=5)

    notes = [
        (1060, 160, (255, 236, 140), ["Devis envoyé", "en 11 jours"]),
        (1250, 190, (255, 196, 196), ["Aucune", "relance écrite"]),
        (1075, 370, (190, 222, 245), ["Prix seul", "en page 1"]),
        (1255, 400, (255, 236, 140), ["Une seule", "option"]),
        (1090, 580, (204, 232, 190), ["RDV sans", "compte rendu"]),
    ]
    for x, y, col, lines in notes:
        sticky(c, x, y, col, lines, size=24, w=165)
    c.save_jpeg("audit-express/tableau-blanc.jpg")


def audit_restitution():
    c = Canvas(1600, 1000, (214, 204, 188))
    rng = random.Random(11)
    for x in range(0, 1600, 110):
        c.line([(x, 0), (x, 1000)], fill=(200, 189, 172), width=3)
        for _ in range(2):
            y = rng.randrange(0, 1000)
            c.line([(x, y), (x + 110, y)], fill=(200, 189, 172), width=2)
    chairs = [
        (520, 170, 90),
        (800, 170, 90),
        (1080, 170, 90),
        (520, 830, 270),
        (800, 830, 270),
        (1080, 830, 270),
    ]
    for x, y, _facing in chairs:
        c.rect((x - 80, y - 60, x + 80, y + 60), fill=(70, 74, 84), radius=30)
    c.rect((300, 250, 1300, 750), fill=(120, 86, 56), radius=120)
    c.rect((310, 258, 1290, 740), fill=WOOD, radius=114)
    for i in range(6):
        c.line(
            [(380, 320 + i * 80), (1220, 320 + i * 80)], fill=mix(WOOD, WOOD_DARK, 0.25), width=2
        )
    for i, (x, y, facing) in enumerate(chairs):
        d = 1 if facing == 90 else -1
        # laptop or notebook in front of each person
        ly = y + d * 160
        if i % 2 == 0:
            c.rect((x - 70, ly - 45, x + 70, ly + 45), fill=(62, 66, 74), radius=6)
            c.rect((x - 62, ly - 37, x + 62, ly + 37), fill=(130, 136, 146), radius=4)
            c.rect((x - 40, ly - 12, x + 40, ly + 12), fill=(150, 156, 166), radius=3)
        else:
            c.rect((x - 55, ly - 70, x + 55, ly + 70), fill=PAPER, radius=4)
            text_lines(
                c,
                x - 40,
                ly - 50,
                [80, 70, 80, 55, 75],
                gap=22,
                colour=(190, 190, 196),
                thickness=6,
            )
            c.line([(x + 70, ly - 40), (x + 80, ly + 50)], fill=NAVY, width=6)
        person_top(
            c, x, y, facing, SHIRTS[i % len(SHIRTS)], HAIRS[i % len(HAIRS)], SKINS[i % len(SKINS)]
        )
    # the printed report in the middle of the table
    for k in range(3):
        c.rect(
            (700 - k * 6, 410 + k * 6, 900 - k * 6, 600 + k * 6), fill=mix(PAPER, GREY, 0.05 * k)
        )
    c.rect((686, 422, 886, 612), fill=NAVY)
    c.text((706, 440), "Rapport", 26, WHITE)
    c.text((706, 472), "d’audit", 26, WHITE)
    for j, h in enumerate([70, 48, 36, 16]):
        c.rect((712 + j * 40, 590 - h, 740 + j * 40, 590), fill=OCHRE if j < 3 else TERRACOTTA)
    for x, y in [(620, 380), (990, 620), (1160, 420), (440, 560)]:
        c.circle(x, y, 30, fill=WHITE)
        c.circle(x, y, 22, fill=(92, 60, 40))
        c.arc((x + 22, y - 12, x + 48, y + 12), 270, 90, fill=WHITE, width=6)
    c.save_jpeg("audit-express/restitution.jpg")


def boutique_funnel():
    bg = (231, 238, 228)
    c = Canvas(1600, 1000, bg)
    browser(c, (130, 80, 1470, 920), "ma-boutique.example/admin/statistiques", bg)
    c.text((190, 170), "Parcours d’achat – septembre", 40, NAVY)
    steps = [
        ("Visites", "4 200", 860, NAVY),
        ("Fiches produit vues", "1 310", 640, NAVY_LIGHT),
        ("Ajouts au panier", "186", 440, OCHRE),
        ("Commandes", "61", 260, TERRACOTTA),
    ]
    cx, y, h = 640, 260, 130
    for i, (label, n, w, col) in enumerate(steps):
        nw = steps[i + 1][2] if i + 1 < len(steps) else w - 60
        c.polygon(
            [(cx - w / 2, y), (cx + w / 2, y), (cx + nw / 2, y + h), (cx - nw / 2, y + h)], fill=col
        )
        c.text((cx, y + 26), n.replace(" ", NNBSP), 40, WHITE, align="center")
        c.text((cx, y + 78), label, 24, WHITE, align="center")
        y += h + 24
    rates = ["31" + NNBSP + "%", "14" + NNBSP + "%", "33" + NNBSP + "%"]
    for i, r in enumerate(rates):
        yy = 260 + (i + 1) * (h + 24) - 12
        c.rect((1010, yy - 24, 1110, yy + 24), fill=(240, 242, 245), radius=24)
        c.text((1060, yy - 14), r, 26, CHARCOAL, align="center")
        c.line([(960, yy), (1006, yy)], fill=GREY_LIGHT, width=3)
    # side cards
    c.rect((1160, 250, 1420, 470), fill=(253, 236, 231), radius=16)
    c.text((1185, 275), "Paniers", 26, TERRACOTTA)
    c.text((1185, 307), "abandonnés", 26, TERRACOTTA)
    c.text((1185, 360), "67" + NNBSP + "%", 64, TERRACOTTA)
    c.rect((1160, 500, 1420, 720), fill=(238, 243, 250), radius=16)
    c.text((1185, 525), "Visites sur", 26, NAVY)
    c.text((1185, 557), "mobile", 26, NAVY)
    c.text((1185, 610), "72" + NNBSP + "%", 64, NAVY)
    c.save_jpeg("audit-boutique-en-ligne/entonnoir.jpg")


def sprint_roadmap():
    bg = (236, 232, 224)
    c = Canvas(1600, 1000, bg)
    c.rect((60, 60, 1540, 940), fill=(60, 64, 70), radius=12)
    c.rect((72, 72, 1528, 928), fill=(247, 246, 242), radius=6)
    c.text((110, 100), "Sprint croissance – 12 semaines", 42, NAVY)
    left, right, top = 330, 1490, 200
    colw = (right - left) / 12
    for i in range(12):
        x = left + i * colw
        c.rect((x + 4, top, x + colw - 4, top + 44), fill=(230, 232, 236), radius=8)
        c.text((x + colw / 2, top + 8), f"S{i + 1}", 24, CHARCOAL, align="center")
        c.line([(x, top + 56), (x, 880)], fill=(228, 228, 228), width=2)
    lanes = [
        ("Diagnostic", [(1, 2, "Entretiens", NAVY)]),
        ("Offre et prix", [(3, 5, "Gamme et grille tarifaire", OCHRE)]),
        ("Prospection", [(5, 6, "Fichier cible", SAGE), (7, 10, "Campagnes et rendez-vous", SAGE)]),
        ("Suivi", [(3, 12, "Point hebdomadaire de 45 min", NAVY_LIGHT)]),
        ("Bilan", [(11, 12, "Mesure et suite", TERRACOTTA)]),
    ]
    y = 290
    for name, cards in lanes:
        c.text((110, y + 18), name, 28, CHARCOAL)
        for a, b, label, col in cards:
            x0 = left + (a - 1) * colw + 6
            x1 = left + b * colw - 6
            c.rect((x0 + 4, y + 6, x1 + 4, y + 76), fill=(215, 214, 210), radius=10)
            c.rect((x0, y, x1, y + 70), fill=col, radius=10)
            size = 22
            while c.text_width(label, size) > x1 - x0 - 24 and size > 14:
                size -= 1
            c.text((x0 + 14, y + 22), label, size, WHITE)
        y += 112
    for wk in (4, 8, 12):
        x = left + wk * colw - colw / 2
        c.polygon([(x, 846), (x + 20, 866), (x, 886), (x - 20, 866)], fill=TERRACOTTA)
    c.text((110, 852), "Points d’étape", 26, TERRACOTTA)
    c.save_jpeg("sprint-croissance/feuille-de-route.jpg")


def training_room():
    c = Canvas(1600, 1000)
    c.gradient((0, 0, 1600, 680), (240, 236, 228), (228, 222, 210))
    c.rect((0, 680, 1600, 1000), fill=(160, 168, 172))
    c.rect((0, 676, 1600, 690), fill=(140, 146, 150))
    # window
    c.rect((1120, 90, 1500, 480), fill=(250, 250, 250))
    c.gradient((1135, 105, 1485, 465), (178, 214, 236), (226, 240, 248))
    c.rect((1306, 105, 1314, 465), fill=(250, 250, 250))
    c.rect((1135, 281, 1485, 289), fill=(250, 250, 250))
    # flipchart
    c.line([(300, 640), (230, 900)], fill=(90, 90, 96), width=10)
    c.line([(420, 640), (490, 900)], fill=(90, 90, 96), width=10)
    c.line([(360, 640), (360, 880)], fill=(90, 90, 96), width=10)
    c.rect((200, 150, 520, 640), fill=WHITE)
    c.rect((190, 140, 530, 160), fill=(90, 90, 96), radius=6)
    c.text((225, 185), "Prospecter", 34, NAVY)
    items = [
        ("1", "Cible", SAGE),
        ("2", "Message", OCHRE),
        ("3", "Canal", TERRACOTTA),
        ("4", "Relance", NAVY_LIGHT),
    ]
    for i, (n, t, col) in enumerate(items):
        yy = 265 + i * 88
        c.circle(248, yy + 18, 22, fill=col)
        c.text((248, yy + 4), n, 24, WHITE, align="center")
        c.text((285, yy), t, 32, CHARCOAL)
        c.line([(285, yy + 48), (285 + c.text_width(t, 32), yy + 48)], fill=col, width=4)
    person_standing(c, 640, 880, 1.0, TERRACOTTA, HAIRS[0], SKINS[1], arm_up=True)
    # two rows of tables and participants seen from behind
    rows = [(760, 0.85, [820, 1020, 1220, 1420]), (960, 1.0, [560, 800, 1040, 1280])]
    k = 0
    for y, s, xs in rows:
        for x in xs:
            person_back(
                c, x, y - 40 * s, s, SHIRTS[(k + 1) % len(SHIRTS)], HAIRS[(k + 2) % len(HAIRS)]
            )
            k += 1
        c.rect((xs[0] - 110 * s, y - 40 * s, xs[-1] + 110 * s, y + 10 * s), fill=WOOD, radius=6)
        c.rect(
            (xs[0] - 110 * s, y + 10 * s, xs[-1] + 110 * s, y + 22 * s), fill=WOOD_DARK, radius=4
        )
    c.save_jpeg("formation-prospection/atelier.jpg")


def negotiation():
    bg = (238, 234, 226)
    c = Canvas(1600, 1000, bg)
    c.gradient((0, 0, 1600, 760), (242, 238, 230), (230, 224, 212))
    c.rect((0, 760, 1600, 1000), fill=(200, 188, 170))
    # table
    c.rect((430, 600, 1170, 640), fill=WOOD, radius=8)
    c.rect((470, 640, 500, 900), fill=WOOD_DARK)
    c.rect((1100, 640, 1130, 900), fill=WOOD_DARK)
    # chairs and people
    for x, f, shirt, hair, skin in [
        (330, 1, NAVY_LIGHT, HAIRS[1], SKINS[0]),
        (1270, -1, SAGE, HAIRS[2], SKINS[3]),
    ]:
        c.rect((x - 70 * f - 14, 520, x - 70 * f + 14, 900), fill=(80, 84, 92), radius=6)
        c.rect((x - 80, 690, x + 80, 716), fill=(80, 84, 92), radius=6)
        c.rect((x - 60, 716, x - 46, 900), fill=(80, 84, 92))
        c.rect((x + 46, 716, x + 60, 900), fill=(80, 84, 92))
        person_side(c, x + 10 * f, 700, 1.15, f, shirt, hair, skin)
        c.rect((x - f * 10, 700, x + f * 170, 736), fill=CHARCOAL, radius=14)
        c.rect((x + f * 150 - 14, 710, x + f * 150 + 14, 890), fill=CHARCOAL, radius=8)
        c.rect((x + f * 150 - 16, 880, x + f * 150 + f * 40, 900), fill=(30, 30, 34), radius=8)
    # documents on the table
    c.polygon([(700, 596), (860, 596), (880, 584), (720, 584)], fill=PAPER)
    c.polygon([(760, 600), (900, 600), (912, 590), (772, 590)], fill=(235, 235, 238))
    # balance scale above the table
    cx = 800
    c.rect((cx - 8, 190, cx + 8, 470), fill=CHARCOAL)
    c.polygon([(cx - 70, 500), (cx + 70, 500), (cx + 40, 470), (cx - 40, 470)], fill=CHARCOAL)
    c.line([(cx - 230, 210), (cx + 230, 210)], fill=CHARCOAL, width=12)
    c.circle(cx, 200, 18, fill=OCHRE)
    for side, col, label in [(-1, NAVY, "Valeur"), (1, OCHRE, "Prix")]:
        px = cx + side * 220
        c.line([(px, 210), (px - 70, 330)], fill=GREY, width=3)
        c.line([(px, 210), (px + 70, 330)], fill=GREY, width=3)
        c.pieslice((px - 90, 270, px + 90, 390), 0, 180, fill=col)
        c.text((px, 352), label, 26, WHITE, align="center")
    # speech bubbles
    for x, y, w, tail, lines in [
        (120, 120, 330, 1, ["Quel budget", "avez-vous prévu" + NNBSP + "?"]),
        (1150, 120, 330, -1, ["Quels délais", "pouvez-vous tenir" + NNBSP + "?"]),
    ]:
        c.rect((x, y, x + w, y + 130), fill=WHITE, radius=26)
        tx = x + w / 2 + tail * 60
        c.polygon([(tx - 20, y + 128), (tx + 20, y + 128), (tx + tail * 40, y + 180)], fill=WHITE)
        for i, t in enumerate(lines):
            c.text((x + w / 2, y + 26 + i * 42), t, 30, CHARCOAL, align="center")
    c.save_jpeg("formation-negociation/face-a-face.jpg")


def cover_frame(bg, band):
    c = Canvas(1000, 1500, bg)
    c.rect((0, 0, 1000, 22), fill=band)
    c.rect((0, 1478, 1000, 1500), fill=band)
    return c


def cover_devis():
    c = cover_frame(NAVY, OCHRE)
    c.text((90, 150), "BOUSSOLE CONSEIL", 30, OCHRE_LIGHT)
    c.rect((90, 200, 190, 206), fill=OCHRE)
    c.text((90, 260), "Des devis", 96, WHITE)
    c.text((90, 370), "qui signent", 96, WHITE)
    c.text((90, 510), "Rédiger, présenter et relancer", 36, OCHRE_LIGHT)
    c.text((90, 556), "ses devis pour en signer davantage", 36, OCHRE_LIGHT)
    # a quote sheet with a signature
    c.polygon([(300, 720), (760, 690), (800, 1330), (340, 1360)], fill=NAVY_DARK)
    c.rect((250, 680, 730, 1320), fill=PAPER, radius=6)
    c.text((290, 720), "DEVIS N° 2026-041", 24, NAVY)
    text_lines(c, 290, 770, [260, 200, 230], gap=26, colour=(205, 208, 214))
    for i in range(5):
        yy = 880 + i * 50
        c.line([(290, yy), (690, yy)], fill=(225, 227, 231), width=2)
        text_lines(c, 290, yy + 16, [170], colour=(205, 208, 214))
        text_lines(c, 610, yy + 16, [80], colour=(205, 208, 214))
    c.rect((540, 1140, 690, 1176), fill=OCHRE_LIGHT, radius=4)
    c.text((290, 1200), "Bon pour accord", 22, GREY)
    c.line(
        [(300, 1270), (340, 1240), (370, 1275), (400, 1230), (430, 1270), (470, 1250), (540, 1262)],
        fill=NAVY,
        width=5,
    )
    c.circle(700, 1250, 52, fill=SAGE)
    c.line([(676, 1252), (694, 1272), (728, 1230)], fill=WHITE, width=12, joint="curve")
    c.save_jpeg("devis-qui-signent/couverture.jpg")


def spread_devis():
    bg = (226, 220, 210)
    c = Canvas(1600, 1000, bg)
    c.polygon(
        [(150, 130), (800, 160), (1450, 130), (1460, 890), (800, 910), (140, 890)],
        fill=mix(bg, (0, 0, 0), 0.15),
    )
    c.polygon([(140, 110), (800, 140), (800, 890), (130, 870)], fill=PAPER)
    c.polygon([(800, 140), (1460, 110), (1470, 870), (800, 890)], fill=WHITE)
    for i in range(14):
        c.line(
            [(800 - i * 2, 142), (800 - i * 2, 888)],
            fill=mix(PAPER, GREY, 0.03 * (14 - i)),
            width=2,
        )
    c.text((210, 180), "CHAPITRE 3", 22, OCHRE)
    c.text((210, 215), "La première page du devis", 36, NAVY)
    text_lines(c, 210, 290, [520, 540, 500, 530, 380], gap=30)
    c.rect((210, 460, 730, 620), fill=(240, 244, 250), radius=10)
    c.rect((210, 460, 218, 620), fill=NAVY)
    c.text((240, 480), "À retenir", 26, NAVY)
    text_lines(c, 240, 530, [430, 400, 300], gap=28, colour=(196, 206, 222))
    text_lines(c, 210, 660, [520, 540, 490, 530, 510, 300], gap=30)
    c.text((470, 850), "41", 20, GREY, align="center")
    # right page: a three-option quote
    c.text((870, 180), "Exemple" + NBSP + ": trois options", 30, NAVY)
    cols = [
        ("Essentielle", SAGE_LIGHT),
        ("Recommandée", OCHRE_LIGHT),
        ("Complète", (214, 224, 238)),
    ]
    for i, (t, col) in enumerate(cols):
        x = 870 + i * 180
        c.rect((x, 250, x + 160, 640), fill=col, radius=10)
        c.text((x + 80, 270), t, 20, CHARCOAL, align="center")
        for j in range(3 + i):
            c.circle(x + 24, 340 + j * 50, 7, fill=CHARCOAL)
            text_lines(c, x + 40, 336 + j * 50, [90], colour=(120, 124, 132), thickness=7)
    c.rect((1050, 236, 1230, 656), outline=OCHRE, width=5, radius=12)
    text_lines(c, 870, 690, [520, 540, 480, 520], gap=30)
    c.text((1130, 850), "42", 20, GREY, align="center")
    c.save_jpeg("devis-qui-signent/double-page.jpg")


def cover_prix():
    c = cover_frame(TERRACOTTA, NAVY)
    c.text((90, 150), "BOUSSOLE CONSEIL", 30, (250, 218, 204))
    c.rect((90, 200, 190, 206), fill=NAVY)
    c.text((90, 260), "Fixer", 110, WHITE)
    c.text((90, 385), "ses prix", 110, WHITE)
    c.text((90, 540), "La méthode du prix de revient", 36, (250, 218, 204))
    c.text((90, 586), "pour artisans et indépendants", 36, (250, 218, 204))
    # stacked cost bar
    parts = [
        ("Matières", 190, (236, 200, 184)),
        ("Temps de travail", 240, (244, 224, 214)),
        ("Frais fixes", 100, (230, 180, 160)),
        ("Marge", 120, NAVY),
    ]
    y = 1350
    for label, h, col in parts:
        c.rect((150, y - h, 450, y), fill=col)
        c.line([(450, y - h / 2), (520, y - h / 2)], fill=WHITE, width=3)
        c.text((535, y - h / 2 - 18), label, 30, WHITE)
        y -= h
    c.rect((150, y - 6, 450, y), fill=WHITE)
    # price tag
    tag = [(700, 250), (900, 250), (900, 430), (700, 430), (645, 340)]
    c.polygon([(x + 8, yy + 10) for x, yy in tag], fill=mix(TERRACOTTA, (0, 0, 0), 0.25))
    c.polygon(tag, fill=OCHRE_LIGHT)
    c.circle(690, 340, 15, fill=TERRACOTTA)
    c.line([(690, 340), (640, 250), (640, 160)], fill=WHITE, width=4)
    c.text((810, 310), "Prix", 44, NAVY, align="center")
    c.text((810, 365), "juste", 30, NAVY, align="center")
    c.save_jpeg("fixer-ses-prix/couverture.jpg")


def cover_relance():
    c = cover_frame(SAGE, NAVY)
    c.text((90, 150), "BOUSSOLE CONSEIL", 30, (230, 242, 222))
    c.rect((90, 200, 190, 206), fill=NAVY)
    c.text((90, 260), "Relancer", 100, WHITE)
    c.text((90, 375), "sans harceler", 100, WHITE)
    c.text((90, 525), "12 modèles de messages", 38, (230, 242, 222))
    c.text((90, 573), "pour vos devis en attente", 38, (230, 242, 222))
    c.rect((90, 640, 290, 690), fill=NAVY, radius=25)
    c.text((190, 652), "GRATUIT", 26, WHITE, align="center")
    # timeline of follow-ups
    c.line([(180, 800), (180, 1350)], fill=(230, 242, 222), width=6)
    for i, (day, lines) in enumerate(
        [
            ("J+3", ["Avez-vous bien reçu", "notre proposition" + NNBSP + "?"]),
            ("J+10", ["Une question sur", "les délais" + NNBSP + "?"]),
            ("J+21", ["On fait le point", "ensemble" + NNBSP + "?"]),
        ]
    ):
        y = 820 + i * 190
        c.circle(180, y + 50, 36, fill=NAVY)
        c.text((180, y + 36), day, 24, WHITE, align="center")
        c.rect((260, y, 880, y + 130), fill=WHITE, radius=22)
        c.polygon([(262, y + 40), (232, y + 56), (262, y + 72)], fill=WHITE)
        for j, t in enumerate(lines):
            c.text((295, y + 24 + j * 44), t, 34, CHARCOAL)
    c.save_jpeg("relancer-sans-harceler/couverture.jpg")


def laptop(c, box, bg):
    x0, y0, x1, y1 = box
    c.rect((x0 - 24, y0 - 24, x1 + 24, y1 + 24), fill=(46, 48, 54), radius=22)
    c.rect(box, fill=WHITE)
    c.polygon(
        [(x0 - 110, y1 + 24), (x1 + 110, y1 + 24), (x1 + 160, y1 + 70), (x0 - 160, y1 + 70)],
        fill=(190, 192, 198),
    )
    c.rect((x0 - 160, y1 + 70, x1 + 160, y1 + 82), fill=(160, 162, 168), radius=6)
    c.rect(
        ((x0 + x1) / 2 - 90, y1 + 24, (x0 + x1) / 2 + 90, y1 + 36), fill=(170, 172, 178), radius=4
    )


def app_sidebar(c, x0, y0, y1, active):
    c.rect((x0, y0, x0 + 210, y1), fill=NAVY)
    c.text((x0 + 24, y0 + 24), "Pipeline", 28, WHITE)
    for i, t in enumerate(["Tableau", "Devis", "Relances", "Clients", "Export"]):
        yy = y0 + 90 + i * 52
        if i == active:
            c.rect((x0 + 12, yy - 10, x0 + 198, yy + 34), fill=NAVY_LIGHT, radius=8)
        c.text((x0 + 30, yy), t, 22, WHITE)


def pipeline_dashboard():
    bg = (226, 230, 236)
    c = Canvas(1600, 1000, bg)
    c.gradient((0, 0, 1600, 1000), (232, 236, 241), (214, 219, 228))
    c.rect((0, 860, 1600, 1000), fill=(196, 170, 140))
    x0, y0, x1, y1 = 250, 90, 1350, 790
    laptop(c, (x0, y0, x1, y1), bg)
    app_sidebar(c, x0, y0, y1, 0)
    left = x0 + 240
    kpis = [
        ("Devis en cours", "23", NAVY),
        ("À relancer", "7", TERRACOTTA),
        ("Taux de signature", "34" + NNBSP + "%", SAGE),
    ]
    for i, (t, v, col) in enumerate(kpis):
        kx = left + i * 270
        c.rect((kx, y0 + 24, kx + 250, y0 + 130), fill=(245, 246, 248), radius=10)
        c.text((kx + 18, y0 + 38), t, 20, GREY)
        c.text((kx + 18, y0 + 70), v, 44, col)
    columns = [
        ("Devis envoyés", NAVY, 4),
        ("À relancer", TERRACOTTA, 3),
        ("Signés", SAGE, 3),
        ("Perdus", GREY, 1),
    ]
    rng = random.Random(5)
    for i, (t, col, n) in enumerate(columns):
        kx = left + i * 202
        c.rect((kx, y0 + 160, kx + 188, y1 - 20), fill=(242, 243, 246), radius=10)
        c.rect((kx, y0 + 160, kx + 188, y0 + 166), fill=col, radius=3)
        c.text((kx + 14, y0 + 180), t, 20, CHARCOAL)
        for j in range(n):
            cy = y0 + 226 + j * 104
            c.rect((kx + 10, cy, kx + 178, cy + 90), fill=WHITE, radius=8)
            text_lines(
                c,
                kx + 24,
                cy + 18,
                [rng.randrange(90, 140), rng.randrange(60, 110)],
                gap=22,
                colour=(200, 204, 212),
                thickness=8,
            )
            c.rect((kx + 24, cy + 62, kx + 74, cy + 74), fill=col, radius=6)
    c.save_jpeg("boussole-pipeline/tableau-de-bord.jpg")


def pipeline_followups():
    bg = (238, 240, 243)
    c = Canvas(1600, 1000, bg)
    x0, y0, x1, y1 = 120, 80, 1480, 920
    c.shadow_rect((x0, y0, x1, y1), WHITE, radius=16, offset=10, bg=bg)
    c.rect((x0, y0, x1, y0 + 40), fill=NAVY, radius=16)
    c.rect((x0, y0 + 20, x1, y0 + 40), fill=NAVY)
    app_sidebar(c, x0, y0 + 40, y1 - 16, 2)
    c.rect((x0, y1 - 30, x0 + 210, y1), fill=NAVY, radius=16)
    left = x0 + 250
    c.text((left, y0 + 70), "Relances de la semaine", 36, NAVY)
    heads = ["Client", "Devis", "Envoyé le", "Prochaine relance", "Statut"]
    xs = [left, left + 300, left + 470, left + 660, left + 930]
    c.rect((left - 10, y0 + 140, x1 - 30, y0 + 186), fill=(242, 243, 246), radius=6)
    for h, x in zip(heads, xs, strict=False):
        c.text((x, y0 + 150), h, 22, GREY)
    rows = [
        ("Boulangerie Ferrand", "D-2026-118", "02/10", "Lundi", "À relancer", TERRACOTTA),
        ("Garage des Tanneurs", "D-2026-121", "03/10", "Lundi", "À relancer", TERRACOTTA),
        ("Cabinet Morel", "D-2026-109", "24/09", "Mardi", "2e relance", OCHRE),
        ("Atelier Lune Rousse", "D-2026-124", "06/10", "Jeudi", "Envoyé", NAVY_LIGHT),
        ("SCI Les Terrasses", "D-2026-097", "12/09", "–", "Signé", SAGE),
        ("Fromagerie Duclos", "D-2026-126", "07/10", "Vendredi", "Envoyé", NAVY_LIGHT),
        ("Ébénisterie Caron", "D-2026-102", "17/09", "–", "Perdu", GREY),
    ]
    for i, (cl, dv, sent, nxt, st, col) in enumerate(rows):
        y = y0 + 210 + i * 84
        c.line([(left - 10, y + 66), (x1 - 30, y + 66)], fill=(232, 233, 236), width=2)
        c.text((xs[0], y + 14), cl, 24, CHARCOAL)
        c.text((xs[1], y + 14), dv, 22, GREY)
        c.text((xs[2], y + 14), sent, 22, GREY)
        c.text((xs[3], y + 14), nxt, 22, CHARCOAL)
        w = c.text_width(st, 20) + 36
        c.rect((xs[4], y + 8, xs[4] + w, y + 48), fill=mix(col, WHITE, 0.82), radius=20)
        c.text((xs[4] + 18, y + 17), st, 20, col)
    c.save_jpeg("boussole-pipeline/relances.jpg")


def cost_sheet():
    bg = (232, 236, 230)
    c = Canvas(1600, 1000, bg)
    x0, y0, x1, y1 = 90, 80, 1510, 920
    c.shadow_rect((x0, y0, x1, y1), WHITE, radius=10, offset=10, bg=bg)
    c.rect((x0, y0, x1, y0 + 60), fill=SAGE, radius=10)
    c.rect((x0, y0 + 40, x1, y0 + 60), fill=SAGE)
    c.text((x0 + 30, y0 + 16), "Prix de revient – table de ferme en chêne", 26, WHITE)
    gx, gy, rowh = x0 + 60, y0 + 100, 56
    widths = [420, 150, 150, 170]
    letters = ["A", "B", "C", "D"]
    c.rect((x0, gy, x0 + 60, y1), fill=(244, 245, 246))
    xx = gx
    for letter, w in zip(letters, widths, strict=False):
        c.rect((xx, gy, xx + w, gy + 36), fill=(244, 245, 246))
        c.text((xx + w / 2, gy + 6), letter, 20, GREY, align="center")
        xx += w
    rows = [
        ("Poste", "Quantité", "Unitaire", "Total"),
        ("Chêne massif (m³)", "0,35", "1 450", "507,50"),
        ("Quincaillerie, finition", "1", "64", "64,00"),
        ("Fabrication (h)", "18", "42", "756,00"),
        ("Livraison et pose (h)", "3", "42", "126,00"),
        ("Frais fixes (quote-part)", "", "", "240,00"),
        ("Prix de revient", "", "", "1 693,50"),
        ("Marge (25" + NNBSP + "%)", "", "", "423,38"),
        ("Prix de vente HT", "", "", "2 116,88"),
    ]
    for r, row in enumerate(rows):
        y = gy + 36 + r * rowh
        c.text((x0 + 30, y + 16), str(r + 1), 20, GREY, align="center")
        fill = None
        if r == 0:
            fill = (236, 242, 232)
        elif r in (6, 8):
            fill = (250, 244, 226)
        if fill:
            c.rect((gx, y, gx + sum(widths), y + rowh), fill=fill)
        xx = gx
        for k, (val, w) in enumerate(zip(row, widths, strict=False)):
            bold = r in (0, 6, 8)
            col = CHARCOAL if bold else (70, 72, 78)
            val = val.replace(" ", NNBSP)
            if k == 0:
                c.text((xx + 12, y + 16), val, 22, col)
            else:
                c.text((xx + w - 12, y + 16), val, 22, col, align="right")
            xx += w
    for r in range(len(rows) + 2):
        y = gy + 36 + r * rowh
        c.line([(x0, y), (gx + sum(widths), y)], fill=(222, 224, 228), width=1)
    xx = gx
    for w in [*widths, 0]:
        c.line([(xx, gy), (xx, gy + 36 + (len(rows) + 1) * rowh)], fill=(222, 224, 228), width=1)
        xx += w
    # donut chart of the selling price
    cx, cy, r = 1250, 470, 190
    parts = [
        (507.5 + 64, (200, 150, 110), "Matières"),
        (756 + 126, NAVY_LIGHT, "Temps de travail"),
        (240, GREY, "Frais fixes"),
        (423.38, OCHRE, "Marge"),
    ]
    total = sum(p[0] for p in parts)
    a = -90
    for v, col, _ in parts:
        sweep = 360 * v / total
        c.pieslice((cx - r, cy - r, cx + r, cy + r), a, a + sweep, fill=col)
        a += sweep
    c.circle(cx, cy, 110, fill=WHITE)
    c.text((cx, cy - 34), "Marge", 24, GREY, align="center")
    c.text((cx, cy - 2), "20" + NNBSP + "%", 40, OCHRE, align="center")
    c.text((cx, cy + 44), "du prix", 20, GREY, align="center")
    for i, (_, col, label) in enumerate(parts):
        ly = 700 + i * 40
        c.rect((1080, ly, 1104, ly + 24), fill=col, radius=4)
        c.text((1116, ly), label, 22, CHARCOAL)
    c.save_jpeg("calculateur-prix-de-revient/tableur.jpg")


# -- case studies --------------------------------------------------------------------


def case_menuiserie():
    c = Canvas(1600, 1000)
    c.gradient((0, 0, 1600, 720), (232, 224, 210), (218, 206, 188))
    c.rect((0, 720, 1600, 1000), fill=(150, 140, 128))
    # pegboard with tools
    c.rect((90, 90, 700, 520), fill=(204, 180, 146))
    for i in range(12):
        for j in range(8):
            c.circle(120 + i * 50, 120 + j * 50, 4, fill=(176, 150, 116))
    c.rect((140, 160, 160, 400), fill=GREY)  # saw blade
    c.polygon([(160, 160), (280, 180), (280, 380), (160, 400)], fill=(190, 194, 200))
    c.rect((330, 150, 350, 330), fill=WOOD_DARK)  # hammer
    c.rect((300, 140, 380, 175), fill=CHARCOAL, radius=6)
    c.rect((430, 160, 448, 360), fill=(200, 60, 40), radius=8)  # chisel
    c.rect((434, 360, 444, 430), fill=(190, 194, 200))
    c.rect((510, 170, 640, 210), fill=OCHRE, radius=6)  # square
    c.rect((510, 170, 540, 420), fill=OCHRE, radius=6)
    # stacked planks
    for i in range(5):
        y = 668 - i * 34
        c.rect(
            (90 + i * 6, y, 760 - i * 4, y + 30), fill=mix(WOOD, WOOD_DARK, (i % 3) * 0.3), radius=4
        )
    # workbench
    c.rect((60, 700, 820, 740), fill=WOOD_DARK)
    c.rect((90, 740, 130, 960), fill=(110, 80, 50))
    c.rect((750, 740, 790, 960), fill=(110, 80, 50))
    # board with the follow-up chart
    c.rect((880, 90, 1520, 640), fill=(60, 64, 70), radius=10)
    c.rect((895, 105, 1505, 625), fill=WHITE, radius=4)
    c.text((930, 130), "Devis signés / devis envoyés", 30, NAVY)
    months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept."]
    vals = [19, 18, 22, 25, 29, 31, 30, 35, 38]
    gx0, gx1, gy0, gy1 = 980, 1470, 200, 540
    for v in (10, 20, 30, 40):
        y = gy1 - (gy1 - gy0) * v / 45
        c.line([(gx0, y), (gx1, y)], fill=(232, 232, 236), width=2)
        c.text((gx0 - 14, y - 12), f"{v}" + NNBSP + "%", 18, GREY, align="right")
    pts = []
    for i, v in enumerate(vals):
        x = gx0 + 20 + i * (gx1 - gx0 - 40) / 8
        y = gy1 - (gy1 - gy0) * v / 45
        pts.append((x, y))
        c.text((x, gy1 + 18), months[i], 17, GREY, align="center")
    c.line(pts, fill=SAGE, width=6)
    for x, y in pts:
        c.circle(x, y, 8, fill=SAGE)
    c.line([(pts[2][0], gy0 - 4), (pts[2][0], gy1)], fill=TERRACOTTA, width=3)
    c.text((pts[2][0] + 10, gy0 - 4), "audit", 18, TERRACOTTA)
    for (x, y), v in [(pts[0], 19), (pts[-1], 38)]:
        c.text((x, y - 44), f"{v}" + NNBSP + "%", 24, CHARCOAL, align="center")
    person_standing(
        c, 1330, 985, 0.86, (60, 90, 120), HAIRS[3], SKINS[0], trousers=(70, 60, 50), arm_up=True
    )
    c.save_jpeg("case-studies/menuiserie.jpg")


def case_torrefaction():
    bg = (238, 232, 220)
    c = Canvas(1600, 1000, bg)
    # simplified map of Lyon: the Saône and the Rhône meeting at the confluence
    c.rect((620, 80, 1520, 920), fill=(247, 244, 236), radius=16)
    rng = random.Random(7)
    for _ in range(55):
        x, y = rng.randrange(650, 1480), rng.randrange(110, 880)
        w, h = rng.randrange(30, 90), rng.randrange(20, 60)
        c.rect((x, y, min(x + w, 1500), min(y + h, 900)), fill=(234, 229, 218), radius=4)
    saone = [(840, 80), (860, 200), (930, 330), (920, 450), (960, 600), (1040, 760), (1090, 920)]
    rhone = [
        (1520, 180),
        (1380, 260),
        (1230, 360),
        (1150, 480),
        (1120, 620),
        (1090, 760),
        (1090, 920),
    ]
    c.line(saone, fill=(150, 190, 214), width=34)
    c.line(rhone, fill=(150, 190, 214), width=54)
    pins = [
        (760, 300),
        (1010, 250),
        (1060, 420),
        (1240, 450),
        (1320, 560),
        (1190, 640),
        (1000, 520),
        (780, 560),
        (1380, 380),
        (1270, 760),
        (900, 700),
        (1420, 680),
        (720, 780),
        (1100, 200),
    ]
    for x, y in pins:
        c.circle(x, y - 30, 18, fill=TERRACOTTA)
        c.polygon([(x - 14, y - 22), (x + 14, y - 22), (x, y)], fill=TERRACOTTA)
        c.circle(x, y - 30, 7, fill=WHITE)
    c.polygon([(880, 400), (900, 380), (920, 400), (900, 420)], fill=NAVY)
    c.text((930, 392), "Brûlerie", 20, NAVY)
    c.rect((1210, 800, 1500, 900), fill=WHITE, radius=12)
    c.text((1355, 814), "14 nouveaux", 28, TERRACOTTA, align="center")
    c.text((1355, 852), "restaurants et cafés", 22, CHARCOAL, align="center")
    # coffee sacks and a cup
    for i, (x, col) in enumerate([(110, (196, 170, 130)), (330, (186, 158, 118))]):
        c.rect((x, 420, x + 200, 800), fill=col, radius=40)
        c.rect((x + 20, 400, x + 180, 450), fill=mix(col, (0, 0, 0), 0.1), radius=20)
        c.text((x + 100, 560), ["BRÉSIL", "ÉTHIOPIE"][i], 24, (90, 64, 40), align="center")
        c.rect((x + 40, 600, x + 160, 604), fill=(120, 90, 60))
    for i in range(10):
        x, y = 170 + (i % 5) * 70, 840 + (i // 5) * 30
        c.ellipse((x - 14, y - 9, x + 14, y + 9), fill=(92, 56, 32))
        c.line([(x - 8, y), (x + 8, y)], fill=(60, 36, 20), width=2)
    c.ellipse((150, 200, 430, 260), fill=WHITE)
    c.rect((170, 230, 410, 330), fill=WHITE)
    c.ellipse((170, 300, 410, 360), fill=WHITE)
    c.ellipse((180, 212, 400, 250), fill=(96, 60, 36))
    c.arc((390, 240, 470, 320), 270, 90, fill=WHITE, width=14)
    c.save_jpeg("case-studies/torrefaction.jpg")


def case_graphiste():
    bg = (214, 196, 170)
    c = Canvas(1600, 1000, bg)
    for i in range(0, 1000, 90):
        c.line([(0, i), (1600, i + 30)], fill=mix(bg, WOOD_DARK, 0.12), width=3)
    # monitor seen from above (flat panel) with a palette
    c.rect((480, 60, 1120, 420), fill=(40, 42, 48), radius=16)
    c.rect((500, 80, 1100, 400), fill=(248, 248, 246))
    palette = [(31, 58, 95), (224, 164, 58), (200, 85, 61), (106, 153, 78), (236, 228, 214)]
    for i, col in enumerate(palette):
        c.rect((530 + i * 110, 110, 620 + i * 110, 260), fill=col, radius=6)
    c.text((530, 290), "Identité – Fromagerie Duclos", 26, CHARCOAL)
    c.text((530, 332), "Version 3 validée", 22, SAGE)
    # sketchbook
    c.rect((140, 420, 560, 900), fill=PAPER, radius=8)
    c.rect((150, 430, 170, 890), fill=(222, 220, 214))
    for k, (x, y) in enumerate([(270, 540), (440, 540), (270, 740), (440, 740)]):
        c.circle(x, y, 66, outline=(80, 80, 86), width=3)
        if k == 3:
            c.circle(x, y, 80, outline=TERRACOTTA, width=4)
        # a cheese-wedge logo idea, four variants
        c.polygon(
            [(x - 40, y + 24), (x + 40, y + 24), (x + 40, y - 8 - k * 6)],
            outline=(80, 80, 86),
            width=3,
        )
        c.circle(x + 18, y + 10, 6 + k, outline=(80, 80, 86), width=2)
    # tablet and stylus
    c.rect((660, 500, 1060, 800), fill=(30, 32, 36), radius=22)
    c.rect((690, 526, 1030, 774), fill=(58, 62, 70), radius=8)
    c.circle(860, 650, 90, outline=(236, 228, 214), width=4)
    c.polygon([(810, 690), (910, 690), (910, 620)], outline=OCHRE, width=4)
    c.circle(885, 672, 9, outline=OCHRE, width=3)
    c.line([(1100, 520), (1200, 800)], fill=(60, 60, 66), width=14)
    # price grid sheet
    c.rect((1180, 120, 1500, 560), fill=WHITE, radius=6)
    c.text((1210, 150), "Grille tarifaire", 26, NAVY)
    c.text((1210, 185), "2026", 22, GREY)
    for i, (t, col) in enumerate([("Logo", SAGE), ("Identité", OCHRE), ("Charte", TERRACOTTA)]):
        y = 250 + i * 95
        c.rect((1210, y, 1470, y + 70), fill=mix(col, WHITE, 0.8), radius=8)
        c.rect((1210, y, 1218, y + 70), fill=col)
        c.text((1232, y + 22), t, 24, CHARCOAL)
    # swatches and cup
    for i, col in enumerate(palette[:4]):
        x, y = 1260 + i * 40, 700 + i * 18
        c.rect((x, y, x + 90, y + 180), fill=WHITE, radius=8)
        c.rect((x + 8, y + 8, x + 82, y + 110), fill=col, radius=4)
    c.circle(260, 200, 80, fill=WHITE)
    c.circle(260, 200, 64, fill=(100, 64, 40))
    c.save_jpeg("case-studies/graphiste.jpg")


# -- logo ----------------------------------------------------------------------------


def logo():
    c = Canvas(512, 512, (0, 0, 0, 0), mode="RGBA")
    cx = cy = 256
    c.circle(cx, cy, 226, outline=(*NAVY, 255), width=18)
    for k in range(16):
        a = math.radians(k * 22.5)
        r0 = 196 if k % 2 else 186
        c.line(
            [
                (cx + r0 * math.cos(a), cy + r0 * math.sin(a)),
                (cx + 212 * math.cos(a), cy + 212 * math.sin(a)),
            ],
            fill=(*NAVY, 255),
            width=6,
        )

    def point(angle, length, half_width, light, dark):
        a = math.radians(angle)
        tip = (cx + length * math.cos(a), cy + length * math.sin(a))
        left = (
            cx + half_width * math.cos(a - math.pi / 2),
            cy + half_width * math.sin(a - math.pi / 2),
        )
        right = (
            cx + half_width * math.cos(a + math.pi / 2),
            cy + half_width * math.sin(a + math.pi / 2),
        )
        c.polygon([(cx, cy), left, tip], fill=(*light, 255))
        c.polygon([(cx, cy), tip, right], fill=(*dark, 255))

    for ang in (45, 135, 225, 315):
        point(ang, 130, 34, OCHRE_LIGHT, OCHRE)
    for ang in (0, 90, 180):
        point(ang, 190, 44, NAVY_LIGHT, NAVY)
    point(270, 200, 46, (232, 120, 96), TERRACOTTA)  # north
    c.circle(cx, cy, 26, fill=(255, 255, 255, 255))
    c.circle(cx, cy, 12, fill=(*NAVY, 255))
    c.save_png("../../theme/logo.png")  # the site icons' source (plugins/site_icons)


def main():
    for draw in (
        audit_whiteboard,
        audit_restitution,
        boutique_funnel,
        sprint_roadmap,
        training_room,
        negotiation,
        cover_devis,
        spread_devis,
        cover_prix,
        cover_relance,
        pipeline_dashboard,
        pipeline_followups,
        cost_sheet,
        case_menuiserie,
        case_torrefaction,
        case_graphiste,
        logo,
    ):
        draw()
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.suffix in (".jpg", ".png"))
    print(f"images written to {HERE} ({total / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
