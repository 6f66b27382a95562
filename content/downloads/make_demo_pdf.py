"""Typeset the demo's free e-book, `relancer-sans-harceler.pdf`, from its sample chapter.

A real, text-based PDF (selectable, searchable, tagged with its title and language), so
that the demo serves a file like the ones editors will put here. Run by hand when the
chapter changes; the result is committed like the demo images:

    .venv/bin/pip install fpdf2==2.8.9
    .venv/bin/python content/downloads/make_demo_pdf.py

Needs the DejaVu fonts (Debian: fonts-dejavu-core) for French typography.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import markdown
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CHAPTER = HERE.parent / "samples" / "relancer-sans-harceler.md"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
TEMPLATES = [
    "E-mail 1 – L’accusé de réception (J+3)",
    "E-mail 2 – La nouvelle information (J+10)",
    "E-mail 3 – La dernière relance (J+21)",
    "E-mail 4 – Après un refus",
    "SMS 1 – Le rappel de rendez-vous",
    "SMS 2 – La date qui se libère",
    "SMS 3 – La question fermée",
    "Appel 1 – Vérifier la réception",
    "Appel 2 – Lever une objection",
    "Appel 3 – Conclure ou clore",
    "Courrier 1 – La relance courtoise",
    "Courrier 2 – La fin de validité du devis",
]


def main() -> None:
    text = CHAPTER.read_text(encoding="utf-8")
    title = re.search(r'^title: "(.*)"$', text, re.M)
    body = text.split("---\n", 2)[2]
    pdf = FPDF(format=(148, 210))  # A5, in mm
    pdf.set_title("Relancer sans harceler")
    pdf.set_author("Boussole Conseil")
    pdf.set_lang("fr")
    # A fixed date: the same chapter gives the same file.
    pdf.set_creation_date(datetime.datetime(2026, 5, 11, tzinfo=datetime.UTC))
    pdf.add_font("DejaVu", "", FONTS / "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", FONTS / "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONTS / "DejaVuSerif-Italic.ttf")
    pdf.set_margins(16, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 22)
    pdf.ln(50)
    pdf.multi_cell(0, 11, "Relancer sans harceler", align="C")
    pdf.set_font("DejaVu", "", 12)
    pdf.ln(4)
    pdf.multi_cell(0, 7, "Douze modèles pour les devis restés sans réponse", align="C")
    pdf.ln(60)
    pdf.multi_cell(0, 6, "Boussole Conseil", align="C")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10.5)
    html = f"<h1>{title.group(1) if title else ''}</h1>" + markdown.markdown(body)
    pdf.write_html(html.replace("<blockquote>", "<blockquote><i>").replace(
        "</blockquote>", "</i></blockquote>"))
    pdf.add_page()
    pdf.write_html("<h1>Les douze modèles</h1><ol>"
                   + "".join(f"<li>{name}</li>" for name in TEMPLATES) + "</ol>")
    pdf.output(str(HERE / "relancer-sans-harceler.pdf"))


if __name__ == "__main__":
    main()
