"""What an English user downloads from the Impactkaart page: the buttons' files are made
in the chosen language (Excel sheets and texts, PDF text, HTML), and Dutch stays Dutch."""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from impactkaart.store.projects import Store
from tests.app_support import ROOT, recorded_downloads
from tests.views.test_english import citations, dutch_words, english_project


def downloads(db, monkeypatch, lang: str) -> dict[str, bytes]:
    """The Impactkaart page's download buttons, clicked: file name -> bytes."""
    made = recorded_downloads(monkeypatch)
    store = Store(db)
    project_id = store.save_project(english_project())
    store.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["project_id"] = project_id
    at.run()
    assert not at.exception, at.exception
    files = {name: make() for name, make in made.items()}
    return {name: data.encode() if isinstance(data, str) else data for name, data in files.items()}


def _one(files: dict[str, bytes], suffix: str) -> bytes:
    (data,) = [d for name, d in files.items() if name.endswith(suffix)]
    return data


def _workbook_texts(data: bytes) -> tuple[list[str], list[str]]:
    book = load_workbook(io.BytesIO(data))
    texts = [c.value for s in book for row in s.iter_rows() for c in row
             if isinstance(c.value, str) and not c.value.startswith("=")]
    return book.sheetnames, texts


def _pdf_text(data: bytes) -> str:
    # One line: a cited title wraps over lines in the PDF and is whole again here.
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_english_users_download_english_files(app_db, monkeypatch):
    files = downloads(app_db, monkeypatch, "en")
    sheets, texts = _workbook_texts(_one(files, ".xlsx"))
    assert sheets == ["Results", "Inputs", "Benefits", "Costs", "Sources", "Notes",
                      "Uncertainty"]  # the Monte Carlo interval beside the point (issue 15)
    cited = citations()  # sources' titles and publishers are Dutch names
    dutch = {s: w for s in texts if (w := dutch_words(s, cited))}
    assert not dutch, dutch
    assert "Results – Family support in the town" in texts and "Net present value (€)" in texts
    pdf = _pdf_text(_one(files, ".pdf"))
    assert "Return factor" in pdf and "Family support in the town" in pdf
    assert not dutch_words(pdf, cited), dutch_words(pdf, cited)
    html = _one(files, ".html").decode()
    assert '<html lang="en"' in html and "Family support in the town" in html
    assert "Rendementsfactor" not in html and "Baten" not in html
    (charts,) = [n for n in files if n.endswith(".zip")]
    assert "charts" in charts
    assert zipfile.ZipFile(io.BytesIO(files[charts])).namelist()


def test_dutch_users_download_dutch_files(app_db, monkeypatch):
    files = downloads(app_db, monkeypatch, "nl")
    sheets, texts = _workbook_texts(_one(files, ".xlsx"))
    assert sheets[0] == "Resultaten" and "Bronnen" in sheets
    assert "Rendementsfactor" in _pdf_text(_one(files, ".pdf"))
