"""Helpers for the Playwright browser tests (the fixtures are in tests/browser/conftest.py)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_SOURCES = [
    ROOT / "src" / "rectrack" / "static" / "vendor" / "axe" / "axe.min.js",  # npm axe-core, vendored
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

_axe_source: str | None = None


def axe_source() -> str:
    global _axe_source
    if _axe_source is None:
        candidates = list(AXE_SOURCES)
        try:
            import axe_playwright_python

            candidates.append(Path(axe_playwright_python.__file__).parent / "axe.min.js")
        except ImportError:
            pass
        path = next((p for p in candidates if p.exists()), None)
        if path is None:
            raise FileNotFoundError("axe-core not found: run 'make install' (npm ci + scripts/vendor_govuk.py).")
        _axe_source = path.read_text(encoding="utf-8")
    return _axe_source


def axe_violations(page, *, tags=AXE_TAGS, disable_rules=(), include=None) -> list[dict]:
    """Run axe-core in the page (WCAG 2.0/2.1/2.2 A and AA by default) and return its violations.

    axe is evaluated through the DevTools protocol, so the page's Content Security Policy need not allow it.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    if disable_rules:
        options["rules"] = {rule: {"enabled": False} for rule in disable_rules}
    result = page.evaluate(
        "async ([context, options]) => await window.axe.run(context || document, options)",
        [include, options],
    )
    return result["violations"]


def format_violations(violations: list[dict], url: str = "") -> str:
    lines = [f"{len(violations)} accessibility violation(s){' on ' + url if url else ''}:"]
    for v in violations:
        lines.append(f"- [{v.get('impact')}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    at {target}: {summary}")
            lines.append(f"       {node.get('html', '')[:200]}")
        if len(v["nodes"]) > 5:
            lines.append(f"    ... and {len(v['nodes']) - 5} more element(s)")
    return "\n".join(lines)


def assert_no_axe_violations(page, *, tags=AXE_TAGS, disable_rules=(), include=None) -> None:
    """Fail with a readable list when axe-core finds WCAG 2.2 A/AA violations in the page as it is now."""
    violations = axe_violations(page, tags=tags, disable_rules=disable_rules, include=include)
    assert not violations, format_violations(violations, page.url)


def sign_in(page, live_url: str, username: str, password: str) -> None:
    """Sign in through the real form at /accounts/sign-in/; the caller checks where it landed."""
    page.goto(f"{live_url}/accounts/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
