"""End to end: a workshop room on one server, as on the day.

A facilitator creates a workshop; five attendees in their own browser
contexts join with its code and each build a small map at the same time
(their steps interleaved). The facilitator's overview then shows all five,
with the rendementsfactor the engine gives for each saved project (checked
against the database while the server is down for a restart). A refresh, and
a server restart, keep everything; an attendee's link opens only their own
workspace, never another's or the overview. The server runs in workshop mode
(IMPACTKAART_WORKSHOP=1): attendees see only the workshop pages. The projector and the
steps the facilitator paces: test_workshop_room.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile

from playwright.sync_api import expect

from impactkaart.core.engine import compute
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.workshop.rooms import open_workspace
from tests.browser.conftest import commit, screenshot, wait_idle
from tests.browser.workshop_support import (  # noqa: F401 - workshop_server: this file's app_server
    PROJECT,
    PROXY,
    ROOM,
    choose,
    downloaded,
    people,
    saved,
    table_factors,
    workshop_server,
)

expect.set_options(timeout=15_000)  # a shared 2-core machine: give each check some room


def test_a_room_of_five_designs_at_once_and_the_facilitator_sees_it_all(app_server, browser):
    with people(browser) as new_page:
        # The facilitator creates the workshop; the codes are shown once.
        host = new_page()
        host.goto(f"{app_server.url}/workshop-aanmaken")
        wait_idle(host)
        host.get_by_label("Naam van de workshop").fill("Ontwerp je eigen Impactkaart, Zwolle")
        host.get_by_role("button", name="Workshop aanmaken").click()
        host.get_by_text("Bewaar deze begeleiderscode").wait_for()
        join_code = host.locator("h1 code").inner_text().strip()
        host.locator("[data-testid=stCode] code").wait_for()  # the facilitator code, once
        screenshot(host, "workshop_1_codes")

        # Five attendees join at once, each in a browser of their own.
        pages = [new_page() for _ in ROOM]
        for page in pages:  # all five load at once, at the QR code's page
            page.goto(f"{app_server.url}/meedoen", wait_until="commit")
        for page, (name, *_rest) in zip(pages, ROOM):
            wait_idle(page, timeout=90_000)  # five first loads at once: slow under load
            page.get_by_label("Deelnamecode").fill(join_code.lower())
            page.get_by_label("Je naam of de naam van je project").fill(name)
            page.get_by_role("button", name="Doe mee").click()
        for page in pages:
            # exact: the join form's "Je naam of de naam van je project" matches a substring
            page.get_by_label("Naam van je project", exact=True).wait_for()
            wait_idle(page)

        # Every step for everyone, then wait for everyone: the server serves them together.
        def step(action, count):
            for page, attendee in zip(pages, ROOM):
                action(page, *attendee)
            for page in pages:
                saved(page, count + (page is pages[0]))  # Anna also named her project

        # Workshop aanmaken is not in the attendees' menu.
        assert pages[0].get_by_role("link", name="Workshop aanmaken").count() == 0
        # A refresh 0,2 s after typing loses nothing (the field saves after a 150 ms pause).
        anna = pages[0]
        anna.get_by_label("Naam van je project", exact=True).fill(PROJECT)
        anna.wait_for_timeout(200)
        anna.reload()
        saved(anna, 1)
        expect(anna.get_by_label("Naam van je project", exact=True)).to_have_value(PROJECT)
        expect(anna.get_by_text("Page not found")).to_have_count(0)  # /meedoen?werkplek=…

        # typed the Dutch way, as the field shows it back: 12.000
        step(lambda p, name, cost, *_: commit(p.get_by_label("Kosten per jaar in euro (1)"),
                                             f"{cost:,}".replace(",", ".")), 1)
        for page in pages:
            page.get_by_role("tab", name="2 Wie merkt het?").click()
        step(lambda p, name, cost, who, *_: p.get_by_role("radio", name=who).click(), 2)
        for page in pages:
            page.get_by_role("tab", name="3 Wat verandert er?").click()
        step(lambda p, name, cost, who, what, n: commit(
            p.get_by_label(re.compile(r"^Nieuw effect voor")), what, keeps_value=False), 3)
        for page in pages:
            page.get_by_role("tab", name="4 Hoe zie je het?").click()
        step(lambda p, *a: commit(p.get_by_label("Hoeveel mensen of gevallen per jaar?"),
                                  str(a[4])), 4)
        for page in pages:
            page.get_by_role("tab", name="5 Wat is het waard?").click()
        step(lambda p, *a: choose(p, "Waarde uit de bibliotheek (typ om te zoeken)", PROXY), 5)
        for page in pages:
            page.get_by_role("tab", name="6 Wat is van ons?").click()
        step(lambda p, *a: commit(p.get_by_label("Was ook zonder project gebeurd (%)"), "20"), 6)
        step(lambda p, *a: commit(p.get_by_label("Komt door anderen (%)"), "10"), 7)
        shown = {}
        for page, (name, *_rest) in zip(pages, ROOM):
            page.get_by_text(re.compile(r"^Telt mee: €")).wait_for()
            metric = page.locator("[data-testid=stMetric]", has_text="Rendementsfactor")
            shown[name] = metric.locator("[data-testid=stMetricValue]").inner_text().strip()
            # The impact chain beside the editor (the benchmark chart is for the projector).
            page.locator("[data-testid=stVegaLiteChart] svg").first.wait_for()
            expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(1)
        screenshot(pages[1], "workshop_2_attendee")

        # The sidebar holds only the language switch: folded away, the map keeps the width;
        # opened, it switches the attendee's page to English and back.
        eva = pages[4]
        main = eva.locator("[data-testid=stMain]").bounding_box()["width"]
        assert main == eva.viewport_size["width"]
        eva.locator("[data-testid=stExpandSidebarButton]").click()
        eva.locator("[data-testid=stSidebar]").get_by_text("English").click()
        eva.get_by_role("heading", name="Design your own Impactkaart").wait_for()
        eva.get_by_text("7 changes saved", exact=False).wait_for()
        expect(eva.locator("[data-testid=stMetric]", has_text="Return factor")).to_have_count(1)
        eva.locator("[data-testid=stSidebar]").get_by_text("Nederlands").click()
        saved(eva, 7)

        # The overview: all five, the factor each attendee sees, most named, FTE per sector.
        host.get_by_role("button", name=re.compile("Ik heb de code bewaard")).click()
        host.locator("[data-testid=stTable]").wait_for()
        wait_idle(host)
        overview = table_factors(host)
        assert overview == shown and all(re.fullmatch(r"\d+,\d\d×", f) for f in overview.values())
        host.get_by_text("Bespaarde fte per sector").wait_for()
        host.get_by_text("Belanghebbenden die de zaal noemt").wait_for()
        screenshot(host, "workshop_3_overview")
        main_text = host.locator("[data-testid=stMain]").inner_text()
        assert not re.search(r"\b(boven|onder)\b", main_text)  # no SEOR verdicts
        host.get_by_role("radio", name="Dewi").click()  # on the projector
        host.get_by_role("heading", name="Dewi").wait_for()
        host.locator("[data-testid=stVegaLiteChart] svg").nth(1).wait_for()
        host.locator("[data-testid=stVegaLiteChart]", has_text="Minder overlast").wait_for()
        screenshot(host, "workshop_4_projector")
        host.get_by_role("button", name="Terug naar het overzicht").click()
        host.locator("[data-testid=stTable]").wait_for()

        # A link opens only its own workspace, never another's, never the overview.
        anna = pages[0]
        link = anna.url
        assert "werkplek=" in link and "Bram" not in anna.locator("[data-testid=stMain]").inner_text()
        spy = new_page()
        spy.goto(link.replace("werkplek=", "werkplek=x"))
        spy.get_by_text("Deze werkplek bestaat niet").wait_for()
        spy.goto(f"{app_server.url}/workshop-overzicht?werkplek={link.split('werkplek=')[1]}")
        spy.get_by_text("Alleen de begeleider ziet het overzicht").wait_for()
        assert spy.locator("[data-testid=stTable]").count() == 0
        assert not any(name in spy.locator("[data-testid=stMain]").inner_text() for name, *_ in ROOM)
        spy.goto(f"{app_server.url}/portfolio")  # workshop mode: no other pages at all
        spy.get_by_role("heading", name="Ontwerp je eigen Impactkaart").wait_for()
        wait_idle(spy)
        assert "Portfolio" not in spy.locator("[data-testid=stMain]").inner_text()

        # A refresh keeps everything.
        bram = pages[1]
        bram.reload()
        saved(bram, 7)
        expect(bram.get_by_label("Naam van je project", exact=True)).to_have_value("Bram")
        expect(bram.get_by_label("Kosten per jaar in euro (1)")).to_have_value("12.000")

        # A lost link: Chris joins again under the same name and is asked "ben jij dit?";
        # the facilitator confirms and the same work comes back (no empty "Chris (2)").
        chris, lost = pages[2], new_page()
        lost.goto(f"{app_server.url}/meedoen?code={join_code}")
        wait_idle(lost)
        expect(lost.get_by_label("Deelnamecode")).to_have_value(join_code)
        lost.get_by_label("Je naam of de naam van je project").fill("Chris")
        lost.get_by_role("button", name="Doe mee").click()
        lost.get_by_text("Ben jij dit?", exact=False).wait_for()
        host.get_by_role("button", name="Ja, geef Chris de werkplek terug").click(timeout=15_000)
        saved(lost, 7)
        expect(lost.locator("[data-testid=stMain]")).to_contain_text("werkplek van Chris")
        assert "Chris (2)" not in table_factors(host)

        # Handouts: Bram's one-pager and project file; the facilitator's zip of all.
        bram = pages[1]
        pdf = subprocess.run(
            ["pdftotext", downloaded(bram, bram.get_by_role("button", name="One-pager (PDF)")), "-"],
            capture_output=True, text=True, check=True).stdout
        assert "Bram" in pdf and "Rendementsfactor" in pdf
        project_file = downloaded(bram, bram.get_by_role("button", name="Projectbestand"))
        assert json.loads(open(project_file, encoding="utf-8").read())["name"] == "Bram"
        everything = downloaded(host, host.get_by_role("button", name=re.compile("^Alles \\(zip")),
                                timeout=60_000)
        with zipfile.ZipFile(everything) as archive:
            names = archive.namelist()
            assert sum(n.endswith(".pdf") for n in names) == len(ROOM)
            assert sum(n.endswith(".json") for n in names) == len(ROOM)
            assert all(archive.read(n).startswith(b"%PDF") for n in names if n.endswith(".pdf"))

        # A server restart keeps everything; the saved projects give exactly these figures.
        app_server.stop()
        with Store(app_server.db_path) as store:
            for page, (name, *_rest) in zip(pages, ROOM):
                if page is chris:
                    continue  # her link was handed back anew (the old one no longer opens)
                workspace = open_workspace(store, page.url.split("werkplek=")[1])
                factor = compute(store.load_project(workspace.project_id)).rendementsfactor
                assert workspace.attendee == name
                assert formats.factor(factor, decimals=2) == overview[name]
        app_server.start()
        bram.reload()
        saved(bram, 7)
        metric = bram.locator("[data-testid=stMetric]", has_text="Rendementsfactor")
        expect(metric.locator("[data-testid=stMetricValue]")).to_have_text(shown["Bram"])
        host.reload()  # the facilitator's session survives the restart: no code asked
        host.locator("[data-testid=stTable]").wait_for()
        assert table_factors(host) == overview
