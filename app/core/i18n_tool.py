"""Translation upkeep (Qt Linguist files in resources/i18n, one .ts per area).

    uv run python -m app.core.i18n_tool update [AREA FILE...] # extract strings: every area from the files it owns
                                                         # (AREAS below), or one area from the files given
    uv run python -m app.core.i18n_tool fill AREA MAP.json    # fill translations from {"source": "译文"} or
                                                         # {"Context": {"source": "译文"}}
    uv run python -m app.core.i18n_tool release               # build every .ts into its .qm
    uv run python -m app.core.i18n_tool missing               # list source strings without a translation

The test suite checks that every string in app/ and ui/ has a finished translation and that each .qm
matches its .ts, so the Chinese UI stays complete.
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANG = "zh_CN"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found")
    return found


# Each source file belongs to exactly one area's .ts (first match wins; everything else is core).
AREAS: list[tuple[str, tuple[str, ...]]] = [
    ("flow", ("app/flow/*", "ui/flow/*")),
    ("complaints", ("app/complaints/*", "ui/complaints/*")),
    ("printing", ("app/printing/*", "ui/printing/*")),
    ("appts", ("app/appointments/*", "ui/appointments/*")),
    ("handover", ("app/handover/*", "ui/handover/*", "ui/common/bar_chart.py")),
    ("aftercare", ("app/aftercare/*", "ui/aftercare/*")),
    ("staff", ("app/staff/*", "app/settings_service.py", "app/checkin/lockers.py", "app/core/settings_upgrade.py", "app/core/options.py", "app/core/privacy.py", "app/core/audit_query.py",
               "app/core/references.py", "app/core/settings.py", "ui/staff/*", "ui/settings/*",
               "ui/common/pin_dialog.py", "ui/common/privacy.py")),
]


def area_of(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    for area, patterns in AREAS:
        if any(fnmatch.fnmatch(rel, pat) for pat in patterns):
            return area
    return "core"


def owned_files() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for p in source_files():
        out.setdefault(area_of(p), []).append(p)
    return out


def update_all() -> None:
    """Re-extract every area from the files it owns, keeping every translation already made anywhere."""
    known = translated()
    by_context: dict[str, dict[str, str]] = {}
    for (cname, src), text in known.items():
        by_context.setdefault(cname, {})[src] = text
    with tempfile.TemporaryDirectory() as tmp:
        mapping = Path(tmp) / "known.json"
        mapping.write_text(json.dumps(by_context, ensure_ascii=False), encoding="utf-8")
        for area, files in owned_files().items():
            update(area, [str(f.relative_to(ROOT)) for f in files])
            fill(area, str(mapping))


def ts_path(area: str) -> Path:
    return I18N / f"{area}_{LANG}.ts"


def source_files() -> list[Path]:
    return sorted(p for d in ("app", "ui") for p in (ROOT / d).rglob("*.py") if "migrations" not in p.parts)


def update(area: str, files: list[str]) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts_path(area))],
                   check=True, cwd=ROOT)


def fill(area: str, mapping_file: str) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(area))
    n = 0
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            value = None
            if isinstance(mapping.get(cname), dict):
                value = mapping[cname].get(src)
            if value is None and isinstance(mapping.get(src), str):
                value = mapping[src]
            if value is not None and tr is not None:
                tr.text = value
                tr.attrib.pop("type", None)
                n += 1
    tree.write(ts_path(area), encoding="utf-8", xml_declaration=True)
    return n


def release(out_dir: Path | None = None) -> list[Path]:
    out = []
    for ts in sorted(I18N.glob(f"*_{LANG}.ts")):
        qm = (out_dir or I18N) / (ts.stem + ".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def translated() -> dict[tuple[str, str], str]:
    done: dict[tuple[str, str], str] = {}
    for ts in I18N.glob(f"*_{LANG}.ts"):
        for ctx in ET.parse(ts).getroot().iter("context"):
            cname = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                    done[(cname, msg.findtext("source") or "")] = tr.text
    return done


def extracted() -> set[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run([_tool("lupdate"), "-locations", "none", *map(str, source_files()), "-ts", str(ts)],
                       check=True, cwd=ROOT, capture_output=True)
        out = set()
        for ctx in ET.parse(ts).getroot().iter("context"):
            cname = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                out.add((cname, msg.findtext("source") or ""))
        return out


def missing() -> list[tuple[str, str]]:
    done = translated()
    return sorted(k for k in extracted() if k not in done)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "update":
        if rest:
            update(rest[0], rest[1:])
        else:
            update_all()
    elif cmd == "fill":
        print(f"filled {fill(rest[0], rest[1])}")
    elif cmd == "release":
        for p in release():
            print(p.relative_to(ROOT))
    elif cmd == "missing":
        rows = missing()
        for c, s in rows:
            print(f"{c}\t{s}")
        return 1 if rows else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
