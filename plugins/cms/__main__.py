"""`python -m cms write|check|serve`: see the package.

- `write` (`make cms`): writes `plugins/cms/config.yml` from the schemas and the site;
  with `--backend github|gitlab --repo OWNER/NAME [--branch B] --output FILE`, the
  configuration of a CMS published with the site (README, "Editing in a CMS").
- `check`: exits 1 when the committed configuration is not what `write` would write.
- `serve` (`make edit`): the CMS at http://HOST:PORT/admin/ and its local backend
  (decap-server on 127.0.0.1:8081, writing into the folder of the settings file).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from pelican.settings import read_settings

from . import CONFIG, HERE, LOCAL_BACKEND_PORT, config, local_backend

HEADER = ("# Written by `make cms` from the front-matter schemas and the site's settings and\n"
          "# categories: edit those and run `make cms` again, not this file.\n")
DECAP = HERE / "node_modules" / "decap-cms" / "dist"
DECAP_SERVER = HERE / "node_modules" / "decap-server" / "dist" / "index.js"


class _Dumper(yaml.SafeDumper):
    """Every value written out where it is used: no `&id001` anchors for readers."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def rendered(settings_file: str, backend: dict[str, Any] | None = None) -> str:
    settings = read_settings(settings_file)
    root = Path(settings_file).resolve().parent
    text = yaml.dump(config(settings, root, backend), Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, width=100, default_flow_style=None)
    return HEADER + text


class _Admin(SimpleHTTPRequestHandler):
    """/admin/ is the CMS page, its configuration and Decap's files; nothing else."""

    config_text = b""

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path in ("/", "/admin"):
            self.send_response(302)
            self.send_header("Location", "/admin/")
            self.end_headers()
        elif path == "/admin/config.yml":
            self._send(self.config_text, "text/yaml; charset=utf-8")
        elif path == "/admin/":
            self._send((HERE / "admin" / "index.html").read_bytes(), "text/html; charset=utf-8")
        elif path.startswith("/admin/") and "/" not in path[len("/admin/"):]:
            self.path = path[len("/admin"):]
            super().do_GET()
        else:
            self.send_error(404)

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(settings_file: str, host: str, port: int, backend_port: int) -> int:
    if not DECAP_SERVER.is_file():
        print("The CMS is not installed: run `make edit` (it installs "
              "plugins/cms/package-lock.json with npm).", file=sys.stderr)
        return 1
    node = shutil.which("node")
    if node is None:
        print("node is not installed: the CMS's local backend runs on Node.js "
              "(Debian: apt-get install nodejs).", file=sys.stderr)
        return 1
    root = Path(settings_file).resolve().parent
    environment = {**os.environ, "GIT_REPO_DIRECTORY": str(root), "MODE": "fs",
                   "PORT": str(backend_port), "BIND_HOST": "127.0.0.1",
                   "LOG_LEVEL": "warn"}
    backend = subprocess.Popen([node, str(DECAP_SERVER)], env=environment)
    served = rendered(settings_file, local_backend(backend_port)).encode()
    handler = type("Admin", (_Admin,), {"config_text": served})
    server = ThreadingHTTPServer((host, port), partial(handler, directory=str(DECAP)))
    print(f"CMS on http://{host}:{server.server_port}/admin/ (it writes into {root}; review "
          "and commit with git). Ctrl+C to stop.", flush=True)
    # Stopped by Ctrl+C or by a TERM (`make edit` ending, a test): the backend goes too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        backend.terminate()
        backend.wait(timeout=10)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cms", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["write", "check", "serve"])
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--backend-port", type=int, default=LOCAL_BACKEND_PORT)
    parser.add_argument("--backend", choices=["github", "gitlab"],
                        help="write for a CMS published with the site, on this git host")
    parser.add_argument("--repo", help="the repository on that host: OWNER/NAME")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--output", type=Path, default=CONFIG)
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args.settings, args.host, args.port, args.backend_port)
    backend = None
    if args.backend:
        if not args.repo or args.repo.count("/") != 1:
            parser.error("--backend needs --repo OWNER/NAME")
        backend = {"name": args.backend, "repo": args.repo, "branch": args.branch}
    try:
        text = rendered(args.settings, backend)
    except ValueError as error:  # the site's category definitions have mistakes
        print(error, file=sys.stderr)
        return 1
    if args.command == "check":
        if not CONFIG.is_file() or CONFIG.read_text(encoding="utf-8") != text:
            print(f"{CONFIG} is not what the schemas and the site give: run `make cms`",
                  file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"written: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
