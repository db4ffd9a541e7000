"""Build the PyInstaller bundle and prove it is complete by running the BUILT app.

    .venv/bin/python bench/package_check.py            # build (packaging/build.sh), then check
    .venv/bin/python bench/package_check.py --no-build # check an existing dist/fayan

Checks, each through the frozen executable with a fresh library and log folder:
``--version``; ``import`` of the bundled sample_docs plus generated files (GB18030 text, a .docx,
a PDF) — parser children are spawned from the bundle, so a missing module or data file fails
here; ``list --json``; ``check --json``; ``search``; and ``screenshot`` offscreen to a PNG.
Prints build time, bundle size and start times; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "fayan"
EXE = DIST / ("fayan.exe" if sys.platform == "win32" else "fayan")

LAW = "中华人民共和国打包测试法\n\n第一条 为了检验打包，制定本法。\n\n第二条 开发者应当运行检查脚本。\n"


def _size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def _run(args: list[str], env: dict[str, str], timeout: float = 300) -> tuple[float, str, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [str(EXE), *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(
            f"FAILED: fayan {' '.join(args)} → exit {proc.returncode}\n"
            f"stdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-4000:]}"
        )
    return dt, proc.stdout, proc.stderr


def _make_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    gb = folder / "打包测试法-GB18030.txt"
    gb.write_bytes(LAW.encode("gb18030"))
    files = [gb]
    try:
        import docx

        d = docx.Document()
        for line in (
            "打包测试规定",
            "第一条 为了检验 Word 读取，制定本规定。",
            "第二条 任何单位不得跳过检查。",
        ):
            d.add_paragraph(line)
        path = folder / "打包测试规定.docx"
        d.save(str(path))
        files.append(path)
    except ImportError:
        pass
    sys.path.insert(0, str(ROOT))
    try:
        from tests.core.ingest.fixtures import minimal_pdf, text_page

        pdf = folder / "packaging-check.pdf"
        pdf.write_bytes(
            minimal_pdf(
                [
                    text_page(
                        "Article 1 The bundle shall read PDF files.",
                        "Article 2 No module may be missing.",
                    )
                ]
            )
        )
        files.append(pdf)
    except ImportError:
        pass
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-build", action="store_true", help="check the existing dist/fayan")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    figures: dict[str, object] = {}
    if not args.no_build:
        t0 = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
        figures["build_s"] = round(time.perf_counter() - t0, 1)
    if not EXE.exists():
        print(f"no bundle at {EXE}; run packaging/build.sh", file=sys.stderr)
        return 1
    figures["bundle_mb"] = round(_size_mb(DIST), 1)
    figures["files"] = sum(1 for p in DIST.rglob("*") if p.is_file() and not p.is_symlink())
    with tempfile.TemporaryDirectory(prefix="fayan-bundle-") as tmp:
        tmpd = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            FAYAN_LOG_DIR=str(tmpd / "logs"),
            HOME=str(tmpd / "home"),  # no user settings or jieba cache from this machine
            XDG_CONFIG_HOME=str(tmpd / "home" / ".config"),
            XDG_DATA_HOME=str(tmpd / "home" / ".local" / "share"),
            XDG_CACHE_HOME=str(tmpd / "home" / ".cache"),
            TMPDIR=str(tmpd),
            PATH="/usr/bin:/bin",  # prove nothing is taken from the .venv
        )
        db = tmpd / "lib.db"
        dt, out, _ = _run(["--version"], env)
        figures["version_start_s"] = round(dt, 2)
        figures["version"] = out.strip()
        extra = _make_inputs(tmpd / "inputs")
        dt, out, err = _run(
            [
                "--db",
                str(db),
                "import",
                "--json",
                "-q",
                str(ROOT / "sample_docs"),
                *map(str, extra),
            ],
            env,
        )
        figures["import_s"] = round(dt, 1)
        report = json.loads(out)
        failed = [o for o in report["outcomes"] if o.get("status") == "failed"]
        if failed:
            raise SystemExit(f"FAILED: the bundle could not import {failed}")
        _, out, _ = _run(["--db", str(db), "list", "--json"], env)
        titles = [d["title"] for d in json.loads(out)]
        expected = 6 + len(extra)
        if len(titles) < expected:
            raise SystemExit(f"FAILED: {len(titles)} documents, expected {expected}: {titles}")
        figures["documents"] = len(titles)
        _, out, _ = _run(["--db", str(db), "search", "网络运营者", "--json", "--limit", "3"], env)
        if not json.loads(out):
            raise SystemExit("FAILED: search found nothing in the bundle's library")
        try:
            _, out, _ = _run(["--db", str(db), "check", "--json"], env)
            figures["check_ok"] = json.loads(out)["ok"]
        except SystemExit as e:
            if "invalid choice" not in str(e):
                raise
        png = tmpd / "shot.png"
        dt, _, _ = _run(["--db", str(db), "screenshot", str(png)], env)
        figures["screenshot_s"] = round(dt, 2)
        if not png.exists() or png.stat().st_size < 20_000:
            raise SystemExit(f"FAILED: screenshot missing or blank ({png})")
        keep = ROOT / "build" / "bundle-screenshot.png"
        keep.parent.mkdir(exist_ok=True)
        keep.write_bytes(png.read_bytes())
        figures["screenshot"] = str(keep.relative_to(ROOT))
        logs = list((tmpd / "logs").glob("fayan.log*"))
        figures["log_written"] = bool(logs)
    for k, v in figures.items():
        print(f"{k:>16}: {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print("bundle OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
