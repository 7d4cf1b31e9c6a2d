"""No file in the repository refers to a document or a path that the repository lacks.

Someone who clones the repository must find every file a comment, a test or a document
points to (the method once lived in a DESIGN.md outside the repository). Two checks:
every ``name.md`` mentioned in any tracked text file exists, relative to the file or
to the root; and every backticked repository path in the Markdown documents
(```impactkaart/core/engine.py```, ```docs/method.md```) exists.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = ("impactkaart", "views", "tests", "docs", "bench", ".ci")
# a file name ending in .md, with an optional relative path; not part of a dotted name
# (``safe_text.md(…)`` is a Python call) and not the start of a longer suffix
MD_REF = re.compile(r"(?<![\w./-])((?:\.\.?/)?(?:[\w-]+/)*[\w-]+\.md)(?![\w(])")
BACKTICKED = re.compile(r"`((?:" + "|".join(re.escape(t) for t in TOP) + r")/[^`\s]*)`")
URL = re.compile(r"https?://\S+")
PLACEHOLDER = re.compile(r"[*<>{}…]|\.\.\.")


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        names = [n for n in out.stdout.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):  # not a checkout (an unpacked sdist)
        names = [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*")
                 if p.is_file() and not any(part.startswith(".") for part in p.parts)]
    return [ROOT / n for n in names if (ROOT / n).is_file()]


def text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # a binary file (a database, an image)


def exists(ref: str, where: Path) -> bool:
    ref = ref.split("#")[0].rstrip("/.,:;)")
    return (where.parent / ref).exists() or (ROOT / ref).exists()


def md_refs(text: str) -> list[str]:
    # A bare snake_case name (``safe_text.md``) is a module's function, not a document:
    # document names here are capitalised (README.md) or hyphenated (project-format.md).
    return [ref for ref in MD_REF.findall(URL.sub(" ", text))
            if "/" in ref or not re.fullmatch(r"[a-z]+(?:_[a-z0-9]+)+\.md", ref)]


def missing_references() -> list[str]:
    missing = []
    for path in tracked_files():
        if path == Path(__file__).resolve():
            continue  # this file names missing documents on purpose, as examples
        text = text_of(path)
        if text is None:
            continue
        name = path.relative_to(ROOT).as_posix()
        for ref in md_refs(text):
            if not exists(ref, path):
                missing.append(f"{name}: {ref}")
        if path.suffix == ".md":
            for ref in BACKTICKED.findall(text):
                if not PLACEHOLDER.search(ref) and not exists(ref, path):
                    missing.append(f"{name}: `{ref}`")
    return missing


def test_no_file_refers_to_a_document_or_path_the_repository_lacks():
    missing = missing_references()
    assert not missing, "references to files the repository lacks:\n" + "\n".join(missing)


def test_the_method_is_in_the_repository():
    assert (ROOT / "docs" / "method.md").is_file()


def test_the_scan_finds_document_names_and_leaves_calls_and_urls_alone():
    text = ("see DESIGN.md and docs/method.md#known-limitations; ../shared/NOTES.md; "
            "safe_text.md(value), impactkaart.text.safe.md, (messages go through safe_text.md); "
            "https://example.org/README.md")
    assert md_refs(text) == ["DESIGN.md", "docs/method.md", "../shared/NOTES.md"]
    here = ROOT / "tests" / "test_docs.py"
    assert not exists("DESIGN.md", here) and exists("docs/method.md", here)
    assert exists("README.md", ROOT / "docs" / "method.md")
