"""Copy GOV.UK Frontend (from npm) into Django static files, adapted for a non-gov.uk service.

- drops the GDS Transport @font-face rules and font files (licensed for gov.uk only): Arial instead;
- rewrites absolute /assets/ URLs to relative ones so they work under any STATIC_URL and get hashed;
- strips sourceMappingURL comments (the .map files are not copied, and collectstatic would fail).
Also copies axe-core for the accessibility checks in the browser tests.
"""
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
DEST = ROOT / "src" / "rectrack" / "static" / "vendor" / "govuk"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def main() -> int:
    if not SRC.exists():
        print("vendor_govuk: node_modules/govuk-frontend is missing: run 'npm ci' first.", file=sys.stderr)
        return 1
    if DEST.exists():
        shutil.rmtree(DEST)
    DEST.mkdir(parents=True)
    css = (SRC / "govuk-frontend.min.css").read_text(encoding="utf-8")
    css = re.sub(r"@font-face\{[^}]*\}", "", css)
    css = css.replace("GDS Transport,", "")
    css = css.replace("font-family:GDS Transport", "font-family:arial,sans-serif")
    css = css.replace("url(/assets/", "url(assets/")
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    (DEST / "govuk-frontend.min.css").write_text(css, encoding="utf-8")
    js = (SRC / "govuk-frontend.min.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    (DEST / "govuk-frontend.min.js").write_text(js, encoding="utf-8")
    # The crown, crest and GOV.UK icons are for gov.uk services only: none of the images is copied,
    # and the one CSS reference to them (the crest in the footer) is removed.
    css = re.sub(r"url\(assets/images/[^)]*\)", "none", css)
    (DEST / "govuk-frontend.min.css").write_text(css, encoding="utf-8")
    if AXE.exists():
        (DEST.parent / "axe").mkdir(exist_ok=True)
        shutil.copy2(AXE, DEST.parent / "axe" / "axe.min.js")
    print(f"vendor_govuk: GOV.UK Frontend copied to {DEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
