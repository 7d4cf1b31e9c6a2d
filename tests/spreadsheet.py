"""An independent formula evaluator for the Excel export: LibreOffice Calc, headless.

openpyxl writes formulas without results. LibreOffice opens each workbook,
recalculates every formula (forced by a private profile, so the user's settings
play no part) and saves a copy with the results cached; openpyxl then reads
those results with ``data_only=True``. LibreOffice shares no code with the
engine: if its results equal the engine's, the workbook's formulas are right.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

# OOXMLRecalcMode 0 = always recalculate on load (never trust cached values).
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
</oor:items>
"""


def recalculate(files: list[Path], workdir: Path) -> list[Path]:
    """Recalculate each .xlsx with LibreOffice; return the recalculated copies (same order)."""
    if SOFFICE is None:
        raise RuntimeError(
            "LibreOffice ontbreekt: `make test` installeert het (apt-get install libreoffice-calc-nogui)"
        )
    profile = workdir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
    out = workdir / "recalculated"
    out.mkdir(exist_ok=True)
    # One soffice process for the whole batch: starting it is the slow part.
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )
    results = [out / f.name for f in files]
    missing = [r.name for r in results if not r.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice gaf geen uitvoer voor {missing}")
    return results
