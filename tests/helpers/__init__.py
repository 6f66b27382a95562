"""Helpers shared by the tests, one module per topic.

Test modules import what they share from here, never from another test module nor from a
conftest.py (conftest.py files hold fixtures and hooks only, and may import from here):

- build: running Pelican and `make check` on a content folder, and reading what they report
- content: product and page files for builds, and the content mistakes they can hold
- frontmatter: front matter as data, for the schema tests
- images: source images with what editors' photos carry
- qr: reading QR codes back from built pages and decoding them with zbar
- browser: Chromium, the served site, and helpers for pages, search, axe and offline tests
- vnu: the W3C Nu HTML checker
- tools: external tools (skipped when missing, failing under CI) and the packages providing them
"""
