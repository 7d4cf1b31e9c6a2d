"""Write the import test corpus: tests/data/good/ and tests/data/bad/ (run once; committed).

    .venv/bin/python tests/data/make_import_corpus.py

Good files hold the same two effects and two costs in Dutch and English
formats (their values are in good/expected.json, worked out by hand). Bad
files each carry the Dutch message fragment they must give (bad/expected.json).
The xlsx files are made with openpyxl and then edited as zip archives where a
real Excel file differs (saved formula results, error values, entity bombs,
macros, links to other workbooks).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
GOOD, BAD = HERE / "good", HERE / "bad"

NL_HEADER = "Effect;Belanghebbende;Sector;Aantal;Waarde per eenheid;Bron;Duur;Nul-effect;Toerekening;Uitval"
NL_ROWS = [
    "Minder huisartsbezoek (één keer per jaar);Zorgverzekeraar;Zorg;120;€ 1.234,50;NZa 2024;3;20%;0,25;10%",
    "Minder overlast;gemeente;;15;€ 800,-;Gemeente, eigen registratie;2;0,1;0;0",
]
# The values every good effects file must give, by hand from the rows above.
EFFECTS = [
    {"outcome": "Minder huisartsbezoek (één keer per jaar)", "stakeholder": "zorgverzekeraar",
     "sector": "zorg", "quantity": 120.0, "proxy": 1234.5, "proxy_source": "NZa 2024",
     "duration": 3, "deadweight": 0.2, "attribution": 0.25, "drop_off": 0.1},
    {"outcome": "Minder overlast", "stakeholder": "gemeente", "sector": None, "quantity": 15.0,
     "proxy": 800.0, "proxy_source": "Gemeente, eigen registratie", "duration": 2,
     "deadweight": 0.1, "attribution": 0.0, "drop_off": 0.0},
]
COSTS = [
    {"year": 1, "financier": "gemeente", "amount": 45000.0},
    {"year": 2, "financier": "zorgverzekeraar", "amount": 12345.67},
]


def xlsx_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rezip(raw: bytes, edit) -> bytes:
    """Rewrite an xlsx archive: ``edit(name, data) -> data or None (drop)``; extra parts
    can be returned by ``edit.extra`` as {name: data}."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = edit(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
        for name, data in getattr(edit, "extra", {}).items():
            target.writestr(name, data)
    return out.getvalue()


def effects_book() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Effecten"
    sheet.append(["Effect", "Belanghebbende", "Sector", "Aantal", "Waarde per eenheid", "Bron",
                  "Duur", "Nul-effect", "Toerekening", "Uitval"])
    sheet.append(["Uitleg: deze rij wordt overgeslagen"])
    sheet.append([EFFECTS[0]["outcome"], "Zorgverzekeraar", "Zorg", 120, 1234.5, "NZa 2024", 3,
                  0.2, 0.25, 0.1])
    sheet.append(["Minder overlast", "gemeente", None, "=10+5", 800, "Gemeente, eigen registratie",
                  2, "10%", 0, 0])
    costs = book.create_sheet("Kosten")
    costs.append(["Jaar", "Financier", "Bedrag (€)"])
    costs.append([2025, "Gemeente", 45000])
    costs.append([2026, "zorgverzekeraar", "€ 12.345,67"])
    return book


def with_cached(raw: bytes, formula: str, value: str, kind: str = "") -> bytes:
    """Give a formula cell the result Excel would have saved (openpyxl saves none)."""
    def edit(name, data):
        if name.startswith("xl/worksheets/"):
            text = data.decode()
            text = re.sub(rf"<c ([^>]*?)><f>{re.escape(formula)}</f><v\s*/>",
                          lambda m: f"<c {m.group(1)}{kind}><f>{formula}</f><v>{value}</v>", text)
            data = text.encode()
        return data
    return rezip(raw, edit)


def good_files() -> dict[str, bytes]:
    files = {}
    nl = "\r\n".join([NL_HEADER, "Uitleg: voorbeeldrij wordt overgeslagen;;;;;;;;;", *NL_ROWS]) + "\r\n"
    files["effecten_nl_cp1252.csv"] = nl.encode("cp1252")
    files["effecten_nl_utf8_bom.csv"] = nl.encode("utf-8-sig")
    files["effecten_nl_utf16_tab.txt"] = nl.replace(";", "\t").encode("utf-16")
    files["effects_en.csv"] = (
        "Outcome,Stakeholder,Sector,Quantity,Value per unit,Source,Duration,Deadweight,"
        "Attribution,Drop-off\n"
        f'"{EFFECTS[0]["outcome"]}",Zorgverzekeraar,Health care,120,"€1,234.50",NZa 2024,3,'
        "20%,0.25,0.1\n"
        'Minder overlast,gemeente,,15,800.00,"Gemeente, eigen registratie",2,0.1,0,0%\n'
    ).encode()
    files["kosten_nl.csv"] = (
        "Jaar;Financier;Bedrag (€)\n2025;Gemeente;€ 45.000,-\n2026;Zorgverzekeraar;12.345,67\n"
    ).encode()
    book = effects_book()
    files["werkmap_formules.xlsx"] = with_cached(xlsx_bytes(book), "10+5", "15")

    # Macros and a link to another workbook are ignored; the cached value is read.
    book = effects_book()
    book["Effecten"]["J4"] = "='[andere.xlsx]Blad1'!A1"
    raw = with_cached(xlsx_bytes(book), "10+5", "15")
    raw = with_cached(raw, "'[andere.xlsx]Blad1'!A1", "0")

    def add_parts(name, data):
        return data
    add_parts.extra = {
        "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really a macro project",
        "xl/externalLinks/externalLink1.xml": b'<externalLink xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>',
    }
    files["werkmap_macro_en_koppeling.xlsm"] = rezip(raw, add_parts)
    return files


def bad_files() -> dict[str, tuple[bytes, str]]:
    files: dict[str, tuple[bytes, str]] = {}
    head = NL_HEADER + "\n"

    def csv(name, rows, message, encoding="utf-8"):
        files[name] = ((head + "\n".join(rows) + "\n").encode(encoding), message)

    files["leeg.csv"] = (b"", "Het bestand is leeg")
    files["alleen_witruimte.csv"] = (b"  \r\n\r\n ", "Het bestand is leeg")
    csv("alleen_kopjes.csv", [], "geen rijen met gegevens")
    csv("toerekening_te_groot.csv", [NL_ROWS[0], NL_ROWS[1].replace(";0,1;0;0", ";0,1;1,5;0")],
        "Rij 3, kolom 'Toerekening': '1,5' moet tussen 0 en 1 liggen")
    csv("percentage_zonder_teken.csv", [NL_ROWS[0].replace(";0,25;", ";25;")],
        "Rij 2, kolom 'Toerekening': '25' moet tussen 0 en 1 liggen (bedoelt u 25%?")
    csv("geen_getal.csv", [NL_ROWS[0].replace(";120;", ";honderd;")],
        "Rij 2, kolom 'Aantal': 'honderd' is geen getal")
    csv("nan.csv", [NL_ROWS[0].replace(";120;", ";NaN;")], "Rij 2, kolom 'Aantal': 'NaN' is geen getal")
    csv("oneindig.csv", [NL_ROWS[0].replace(";120;", ";1e999;")],
        "Rij 2, kolom 'Aantal': '1e999' is geen eindig getal")
    csv("absurd_groot.csv", [NL_ROWS[0].replace("€ 1.234,50", "1e30")],
        "Rij 2, kolom 'Waarde per eenheid': '1e30' is onwaarschijnlijk groot")
    csv("verplicht_leeg.csv", [NL_ROWS[0].replace(";Zorgverzekeraar;", ";;")],
        "Rij 2, kolom 'Belanghebbende': is leeg; dit veld is verplicht")
    csv("duur_geen_geheel_getal.csv", [NL_ROWS[0].replace(";3;", ";2,5;")],
        "Rij 2, kolom 'Duur': '2,5' moet een geheel aantal jaren zijn")
    csv("sector_onbekend.csv", [NL_ROWS[0].replace(";Zorg;", ";Zorgg;")],
        "Rij 2, kolom 'Sector': onbekende sector 'Zorgg' (bedoelt u 'zorg'?)")
    csv("te_lange_cel.csv", [NL_ROWS[0].replace("Minder huisartsbezoek", "x" * 1500)],
        "Rij 2, kolom 'Effect': de cel is te lang (1520 tekens; hoogstens 1000)")
    csv("tekst_te_lang.csv", [NL_ROWS[0].replace("Minder huisartsbezoek", "y" * 600)],
        "is te lang (meer dan 500 tekens)")
    csv("decimaal_gemengd.csv", [NL_ROWS[0], NL_ROWS[1].replace(";15;", ";1.5;")],
        "Rij 3, kolom 'Aantal': '1.5' is geen getal met een decimale komma")
    files["te_veel_rijen.csv"] = (
        (head + "".join(f"{NL_ROWS[1]}\n" for _ in range(5_021))).encode(), "meer dan 5.000 rijen")
    files["te_veel_kolommen.csv"] = (
        (";".join(f"k{i}" for i in range(101)) + "\n" + ";".join("1" for _ in range(101)) + "\n"
         ).encode(), "meer dan 100 kolommen")
    files["onbekende_kolommen.csv"] = (b"foo;bar;baz\n1;2;3\n", "Geen tabel met effecten of kosten herkend")
    files["ontbrekende_kolom.csv"] = (
        (NL_HEADER.replace(";Nul-effect", "") + "\n" + NL_ROWS[0].replace(";20%", "") + "\n").encode(),
        "Er is geen kolom voor 'nul-effect (deadweight)' (verplicht)")
    files["aanhalingsteken_open.csv"] = (
        (head + NL_ROWS[0].replace("NZa 2024", '"NZa 2024') + "\n").encode(), "controleer de aanhalingstekens")
    files["onbekende_tekenset.csv"] = (head.encode() + b"Minder \x81\x8d;gemeente;;1;2;;1;0;0;0\n",
                                       "tekenset van het bestand is onbekend")
    files["binair.csv"] = (b"\x00\x01\x02binary\x00" * 50, "geen tekstbestand")
    files["pdf.csv"] = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF-bestand")
    files["geen_zip.xlsx"] = (head.encode(), "het is geen zip-archief")
    files["oud_formaat.xls"] = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "oud Excel-bestand")

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (30 * 1024 * 1024))
    files["zipbom.xlsx"] = (bomb.getvalue(), "zip-bom")

    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("[Content_Types].xml", "niet eens xml")
        z.writestr("xl/workbook.xml", "<workbook")
    files["beschadigd.xlsx"] = (broken.getvalue(), "kan niet worden gelezen")
    word = io.BytesIO()
    with zipfile.ZipFile(word, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    files["word_document.xlsx"] = (word.getvalue(), "geen Excel-werkmap")
    files["afgebroken.xlsx"] = (xlsx_bytes(effects_book())[:3000], "zip-archief is beschadigd")

    book = Workbook()
    book.active.title = "Leeg"
    book.create_sheet("Ook leeg")
    files["leeg_werkboek.xlsx"] = (xlsx_bytes(book), "alle bladen zijn leeg")

    book = effects_book()
    book["Effecten"].merge_cells("A3:B3")
    files["samengevoegd.xlsx"] = (xlsx_bytes(book), "samengevoegde cellen (A3:B3) worden niet ondersteund")

    files["formule_zonder_waarde.xlsx"] = (
        xlsx_bytes(effects_book()),
        "Blad 'Effecten', rij 4, kolom 'Aantal': '=10+5' is een formule zonder opgeslagen uitkomst")
    files["excel_fout.xlsx"] = (
        with_cached(xlsx_bytes(effects_book()), "10+5", "#DIV/0!", ' t="e"'),
        "Blad 'Effecten', rij 4, kolom 'Aantal': '#DIV/0!' is een foutwaarde uit Excel")

    import datetime as dt
    book = effects_book()
    book["Effecten"]["D3"] = dt.datetime(2024, 3, 1)
    files["datum_als_aantal.xlsx"] = (xlsx_bytes(book), "'01-03-2024' is een datum, geen getal")

    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
              'uniqueCount="1"><si><t>&lol3;</t></si></sst>')
    book = effects_book()

    def entity_bomb(name, data):
        return laughs.encode() if name == "xl/sharedStrings.xml" else data
    raw = xlsx_bytes(book)
    if "xl/sharedStrings.xml" not in zipfile.ZipFile(io.BytesIO(raw)).namelist():
        entity_bomb.extra = {"xl/sharedStrings.xml": laughs.encode()}
        raw = rezip(raw, entity_bomb)
        # point the first header at shared string 0 and declare the part
        def use_shared(name, data):
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="A1" t="inlineStr"><is><t>[^<]*</t></is></c>',
                              b'<c r="A1" t="s"><v>0</v></c>', data)
            if name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://'
                                    b'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            if name == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'spreadsheetml.sharedStrings+xml"/></Types>')
            return data
        raw = rezip(raw, use_shared)
    files["entiteiten_bom.xlsx"] = (raw, "kan niet worden gelezen")
    return files


def main() -> None:
    GOOD.mkdir(exist_ok=True)
    BAD.mkdir(exist_ok=True)
    for name, data in good_files().items():
        (GOOD / name).write_bytes(data)
    expected = {
        name: {"effects": EFFECTS} if "kosten" not in name else {"costs": COSTS}
        for name in good_files()
    }
    for name in ("werkmap_formules.xlsx", "werkmap_macro_en_koppeling.xlsm"):
        expected[name] = {"effects": EFFECTS, "costs": COSTS}
    (GOOD / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    messages = {}
    for name, (data, message) in bad_files().items():
        (BAD / name).write_bytes(data)
        messages[name] = message
    (BAD / "expected.json").write_text(
        json.dumps(messages, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
