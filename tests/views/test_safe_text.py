"""User text is shown literally: no page renders a project's words as Markdown.

A project whose every text field is Markdown (bold, a link, a Streamlit colour
directive, an HTML tag, LaTeX) is opened on every page; no Markdown-rendered
string on any page (text, captions, alerts, headings, widget labels and help,
radio options, metric labels, expander and tab labels) may contain those
fragments unescaped.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.model import Cost, Qualitative
from impactkaart.store.projects import Store
from impactkaart.text.safe import md
from tests.app_support import PAGES, open_page

# Rendered as Markdown by Streamlit: alerts, text and headings, and every label.
_MARKDOWN_TYPES = {"markdown", "caption", "title", "header", "subheader", "error", "warning",
                   "info", "success", "toast", "latex"}
ROOT = Path(__file__).resolve().parents[2]


def hostile(field: str) -> str:
    # Links first: a name cut at 100 characters still carries them.
    return (f"[klik](https://example.com/{field}) www.{field}.example {field}@x.example _{field}_ "
            f"**{field}** ![i](http://x.example/{field}.png) :red[{field}] <b>{field}</b>")


def fragments(field: str) -> list[str]:
    """What would render as emphasis, a link, a colour, HTML, an image or a bare address:
    after `md`, the escapes and the word joiner (impactkaart.text.safe) break each."""
    return [f"**{field}**", f"[klik](https://example.com/{field})", f":red[{field}]",
            f"<b>{field}</b>", f"_{field}_", f"![i](http://x.example/{field}.png)",
            # a bare address is linked even when escaped: the word joiner must be there
            f"www.{field}", f"www\\.{field}", f"https\\:\\/\\/example\\.com\\/{field}",
            f"http\\:\\/\\/x\\.example\\/{field}", f"{field}@x", f"{field}\\@x"]


FIELDS = ("NAAM", "OMSCHRIJVING", "EFFECT", "PARTIJ", "BRON", "FINANCIER", "KWALITATIEF",
          "BESTAND", "VELD")


def hostile_project():
    base = demo_projects()[0]
    effects = list(base.effects)
    effects[0] = dataclasses.replace(effects[0], outcome=hostile("EFFECT"),
                                     stakeholder=hostile("PARTIJ")[:100],
                                     proxy_source=hostile("BRON"), proxy_key=None)
    return dataclasses.replace(
        base, name=hostile("NAAM"), description=hostile("OMSCHRIJVING"), effects=tuple(effects),
        costs=(*base.costs, Cost(1, hostile("FINANCIER")[:100], 1000.0)),
        qualitative=(*base.qualitative, Qualitative(hostile("KWALITATIEF"), "gemeente")),
    )


def rendered_strings(node) -> list[tuple[str, str]]:
    """(how, text) for every string the page renders: 'markdown' or 'html'."""
    out = []
    kind = getattr(node, "type", None)
    if kind in _MARKDOWN_TYPES:
        out.append(("markdown", str(node.value)))
    if kind == "html":
        out.append(("html", str(node.proto.body)))
    for attribute in ("label", "help"):
        try:
            value = getattr(node, attribute)
        except (AttributeError, KeyError):
            continue
        if isinstance(value, str):
            out.append(("markdown", value))
    if kind == "radio":
        out += [("markdown", option) for option in node.options]
    if kind == "metric":
        out.append(("markdown", str(node.proto.body)))
    if kind == "table":  # st.table renders its cells as Markdown (st.dataframe does not)
        try:
            frame = node.value
            out += [("markdown", str(v)) for v in frame.to_numpy().ravel()]
            out += [("markdown", str(c)) for c in frame.columns]
        except Exception:  # noqa: BLE001 - an element without a frame
            pass
    for child in getattr(node, "children", {}).values():
        out += rendered_strings(child)
    return out


def leaks(at) -> list[tuple[str, str]]:
    """Hostile fragments that survive unescaped; in raw HTML only a tag does harm."""
    found = set()
    for how, text in rendered_strings(at._tree):
        for field in FIELDS:
            for fragment in fragments(field):
                if fragment in text and (how == "markdown" or fragment.startswith("<")):
                    found.add((field, text[:120]))
    return sorted(found)


def test_md_escapes_everything_markdown_could_use():
    text = hostile("X") + " $x^2$ # kop\n- lijst `code` ~~weg~~ | a | :material/home:"
    escaped = md(text)
    for fragment in (*fragments("X"), "$x^2$", "\n", "`code`", "~~weg~~", ":material/home:"):
        assert fragment not in escaped
    # every escaped character is the original one: removing the backslashes (and the word
    # joiners that keep an address from becoming a link) gives the text back
    assert escaped.replace("\\", "").replace("\u2060", "") == text.replace("\n", " ")
    assert md("Gemeente, 2024") == r"Gemeente\, 2024" and md(None) == ""


@pytest.mark.parametrize("page", PAGES)
def test_a_hostile_project_is_shown_literally_on_every_page(app_db, page):
    with Store(app_db) as store:
        project_id = store.save_project(hostile_project())
    at = open_page("views/project/impactkaart.py")
    at.session_state["project_id"] = project_id
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert not leaks(at)


def test_no_page_lets_markdown_through_as_html():
    """``unsafe_allow_html`` would turn any text that reaches that string into live HTML
    (st.html, which pages use with html.escape, is checked by the test above)."""
    offenders = []
    for path in [ROOT / "app.py", *sorted((ROOT / "views").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "unsafe_allow_html" and not (
                    isinstance(node.value, ast.Constant) and node.value.value is False):
                offenders.append(f"{path.name}:{node.value.lineno}")
    assert not offenders, offenders


def test_a_hostile_project_file_upload_is_shown_literally(app_db):
    import json

    from impactkaart.authoring.editing import project_dict

    at = open_page("views/project/effecten.py")
    data = project_dict(hostile_project())
    at.file_uploader(key="project_upload").upload(
        hostile("BESTAND") + ".json", json.dumps(data).encode(), "application/json").run()
    assert not at.exception, at.exception
    found = leaks(at)  # the valid file: its name and the project's name are shown
    data[hostile("VELD")] = 1  # an unknown field: its name is quoted in the error
    at.file_uploader(key="project_upload").upload(
        "kapot.json", json.dumps(data).encode(), "application/json").run()
    assert not found + leaks(at)
