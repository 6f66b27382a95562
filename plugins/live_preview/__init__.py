"""Live preview for `make devserver`: the open page reloads itself once a rebuild is in.

Not a build plugin: a development server beside the build (`python -m live_preview`).
It keeps one Pelican in memory and runs it again on every save, which spares the start
of a process and the loading of its modules; a change of a plugin's code or of the
settings starts a fresh process instead, since Python cannot reload them in place.

The server sends `output/` as `make html` wrote it, adding to each HTML page it serves
one script from its own address (`/__live/reload.js`), which the pages' own
Content-Security-Policy (`script-src 'self'`) allows; the files on disk never change.
The script follows the builds through server-sent events (`/__live/events`): after a
good build it reloads the page; after a failed one it shows the build's error lines
over the last good page, and takes them away once a build succeeds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

EVENTS = "/__live/events"
SCRIPT = "/__live/reload.js"
SCRIPT_TAG = f'<script src="{SCRIPT}" defer></script>'.encode()


@dataclass
class Builds:
    """What the pages follow: the number of the last build and its error lines."""

    number: int = 0
    errors: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def finished(self, errors: list[str]) -> None:
        with self.changed:
            self.number += 1
            self.errors = errors
            self.changed.notify_all()

    def after(self, seen: int, timeout: float) -> tuple[int, list[str]]:
        """The state once a build later than `seen` finished, or as it is at `timeout`."""
        with self.changed:
            self.changed.wait_for(lambda: self.number > seen, timeout)
            return self.number, list(self.errors)


def with_script(html: bytes) -> bytes:
    """`html` with the reload script, at the end of its head (else of the document)."""
    at = html.find(b"</head>")
    return html[:at] + SCRIPT_TAG + html[at:] if at >= 0 else html + SCRIPT_TAG
