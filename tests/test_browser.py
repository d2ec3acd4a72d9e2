"""The HTML page in a real browser: headless Chromium renders it, the events are on the page, a screenshot
is saved (tests/artifacts/timeline.png, gitignored), and the page makes no network request.

Needs the Debian packages `chromium` (and `chromium-driver` for anyone who prefers selenium). Without
Chromium the tests are skipped on a developer's machine but fail in CI (env CI set), so CI cannot pass
without checking the page.
"""
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from test_formats import sample_events  # hand-made rows, independent of the tagger
from timeline_cli.formats import WRITERS
from timeline_cli.records import EVENT_FIELDS

ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    message = "Chromium is not installed: apt-get install -y chromium chromium-driver"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def render_in_browser(chromium, page: Path, workdir: Path, screenshot: Path | None = None):
    """(DOM after rendering, requests the page made over the network) from one headless run."""
    netlog = workdir / "netlog.json"
    args = [chromium, *FLAGS, f"--user-data-dir={workdir / 'profile'}", f"--log-net-log={netlog}",
            "--window-size=1100,1400"]
    if screenshot is not None:
        args.append(f"--screenshot={screenshot}")
    done = subprocess.run([*args, "--dump-dom", page.resolve().as_uri()], capture_output=True, text=True,
                          timeout=120, cwd=workdir)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, page_requests(netlog)


def page_requests(netlog: Path) -> list[str]:
    """URLs the page itself fetched from the network. Chromium's own background requests (update checks
    and the like) have no page origin; the page's requests carry its file:// isolation key."""
    text = netlog.read_text(encoding="utf-8")
    try:
        log = json.loads(text)
        constants, events = log["constants"], log["events"]
    except (ValueError, KeyError):  # a log cut short at exit: one event per line after the constants
        lines = text.splitlines()
        constants = json.loads(lines[0].rstrip(",") + "}")["constants"]
        events = []
        for line in lines[1:]:
            try:
                events.append(json.loads(line.rstrip().rstrip(",")))
            except ValueError:
                continue
    names = {value: key for key, value in constants["logEventTypes"].items()}
    urls = []
    for event in events:
        if not isinstance(event, dict) or "type" not in event:
            continue
        params = event.get("params") or {}
        if names.get(event["type"]) != "URL_REQUEST_START_JOB":
            continue
        url = params.get("url", "")
        if str(params.get("network_isolation_key", "")).startswith("file://") and not url.startswith(("file:", "data:")):
            urls.append(url)
    return urls


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self.text = 0, []

    def handle_starttag(self, tag, attrs):
        self.items += tag == "li"

    def handle_data(self, data):
        self.text.append(data)


def test_html_page_shows_every_event_offline(chromium, tmp_path):
    page = tmp_path / "timeline.html"
    rows = sample_events()
    with open(page, "w", encoding="utf-8") as stream:
        WRITERS["html"]((row.to_dict() for row in rows), stream, EVENT_FIELDS)
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "timeline.png"
    screenshot.unlink(missing_ok=True)

    dom, requests = render_in_browser(chromium, page, tmp_path, screenshot)

    parsed = _Text()
    parsed.feed(dom)
    text = " ".join(" ".join(parsed.text).split())
    assert parsed.items == len(rows)
    for row in rows:
        assert row.event in text
    assert "2024-06-17 – 2024-06-23" in text and "undated" in text
    assert "6 events, 2024-06-17 to 2025-12-31." in text
    assert requests == []
    assert screenshot.exists() and screenshot.read_bytes().startswith(b"\x89PNG")
    assert screenshot.stat().st_size > 5000  # something was drawn
    shutil.copy(screenshot, tmp_path / "timeline.png")


def test_the_network_check_catches_a_page_that_fetches(chromium, tmp_path):
    """The check above must be able to fail: a page with an external image and stylesheet is caught."""
    page = tmp_path / "leaky.html"
    page.write_text('<html><body><img src="http://127.0.0.1:9/x.png">'
                    '<link rel="stylesheet" href="http://127.0.0.1:9/f.css">hi</body></html>', encoding="utf-8")
    _, requests = render_in_browser(chromium, page, tmp_path)
    assert "http://127.0.0.1:9/x.png" in requests
