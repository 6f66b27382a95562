"""The benchmark's Hugo side: the same synthetic catalog built by Hugo with a minimal
layout, when the `hugo` command is installed (Debian package `hugo`).

Each product is the very file Vitrine reads (YAML front matter, then Markdown): Hugo
takes unknown front-matter keys as page parameters. The layout shows what a product
page needs at least: title, summary, offers with their prices, specs and the body, and a
list page per section, as plain Pelican's two templates do.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from synthetic import Product, slugify, vitrine_source

CONFIG = """\
baseURL = "https://bench.example.com/"
languageCode = "fr"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
"""

BASEOF = """\
<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title></head>
<body>{{ block "main" . }}{{ end }}</body>
</html>
"""

SINGLE = """\
{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
<ul>{{ range .Params.offers }}<li>{{ .name }}: {{ .price }} {{ .currency }}</li>{{ end }}</ul>
<dl>{{ range $name, $value := .Params.specs }}
<dt>{{ $name }}</dt><dd>{{ $value }}</dd>{{ end }}</dl>
{{ .Content }}{{ end }}
"""

LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def hugo_command() -> str | None:
    return shutil.which("hugo")


def write_hugo_site(base: Path, products: list[Product]) -> Path:
    """The Hugo project of `products` in `base`; returns its content folder."""
    content = base / "content"
    for item in products:
        path = content / "products" / slugify(item.category) / f"{item.slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(vitrine_source(item), encoding="utf-8")
    layouts = base / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (base / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in (("baseof.html", BASEOF), ("single.html", SINGLE), ("list.html", LIST)):
        (layouts / name).write_text(text, encoding="utf-8")
    return content
