"""`python -m live_preview [--host H] [--port P] [pelican arguments…]`: see the package."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import watchfiles
from pelican import get_instance, init_logging, parse_arguments

from . import EVENTS, SCRIPT, Builds, with_script

HERE = Path(__file__).parent
# How long an events connection waits for a build before a comment keeps it open.
KEEPALIVE_S = 15.0


class _Handler(SimpleHTTPRequestHandler):
    builds: Builds

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == EVENTS:
            self._events()
        elif path == SCRIPT:
            self._send(200, "text/javascript; charset=utf-8", (HERE / "reload.js").read_bytes())
        else:
            super().do_GET()

    def send_head(self) -> Any:
        """Pages get the reload script; every other file goes out as it is on disk."""
        target = Path(self.translate_path(self.path))
        if target.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            target = target / "index.html"
        if target.suffix != ".html" or not target.is_file():
            return super().send_head()
        body = with_script(target.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        with contextlib.suppress(OSError):  # the page went away
            while True:
                number, errors = self.builds.after(seen, KEEPALIVE_S)
                if number == seen:
                    self.wfile.write(b": still here\n\n")
                else:
                    data = json.dumps({"number": number, "errors": errors}, ensure_ascii=False)
                    self.wfile.write(f"event: build\ndata: {data}\n\n".encode())
                    seen = number
                self.wfile.flush()

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Tee(io.TextIOBase):
    """Writes to the terminal and keeps a copy: a failed build's lines go to the page."""

    def __init__(self, terminal: Any) -> None:
        self.terminal, self.kept = terminal, io.StringIO()

    def write(self, text: str) -> int:
        self.kept.write(text)
        return int(self.terminal.write(text))

    def flush(self) -> None:
        self.terminal.flush()


def build(pelican: Any) -> list[str]:
    """Run `pelican` once; the error lines of a failed build, [] for a good one."""
    started = time.perf_counter()
    tee = _Tee(sys.stderr)
    with contextlib.redirect_stderr(tee):
        try:
            pelican.run()
        except SystemExit as stop:  # a content or settings mistake, reported in its lines
            lines = [line for line in tee.kept.getvalue().splitlines() if line.strip()]
            return lines or [f"the build stopped (exit status {stop.code})"]
        except Exception as error:
            return [f"{type(error).__name__}: {error}"]
    print(f"Live preview: rebuilt in {time.perf_counter() - started:.2f} s", flush=True)
    return []


def needs_restart(changes: set[tuple[Any, str]], settings_file: Path) -> bool:
    """Code that Python cannot load again in place: plugins and the settings."""
    return any(path.endswith(".py") and ("/plugins/" in path or Path(path) == settings_file)
               for _change, path in changes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m live_preview", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--watch", nargs="*", default=["content", "theme", "plugins"])
    ours, pelican_args = parser.parse_known_args(argv)
    args = parse_arguments([arg for arg in pelican_args if arg != "--"])
    init_logging(level=args.verbosity, fatal=args.fatal)
    pelican, settings = get_instance(args)
    output = Path(settings["OUTPUT_PATH"]).resolve()
    builds = Builds()
    builds.finished(build(pelican))
    handler = partial(type("Handler", (_Handler,), {"builds": builds}),
                      directory=str(output))
    server = ThreadingHTTPServer((ours.host, ours.port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Live preview on http://{ours.host}:{server.server_address[1]}/: pages reload "
          "after each rebuild (Ctrl+C to stop)", flush=True)
    settings_file = Path(args.settings).resolve()
    try:
        for changes in watchfiles.watch(*ours.watch, settings_file, raise_interrupt=False):
            if needs_restart(changes, settings_file):
                print("Live preview: plugins or settings changed, starting again…", flush=True)
                server.server_close()
                os.execv(sys.executable, [sys.executable, "-m", "live_preview", *sys.argv[1:]])
            builds.finished(build(pelican))
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
