"""End to end: running the room, as the facilitator and the projector see it.

A room of three is laid out in the database before the server starts (the design
through the browser is test_workshop.py's). The facilitator signs in; the projector
(a second window, 1280×720) shows the address, a QR code that decodes to it and the
code. The facilitator paces the steps: an attendee who touches nothing sees the new
step and a running timer within a few seconds, and is offered the step; an attendee
halfway through typing a figure keeps it, and nothing is saved until they confirm it.
Then the projector's slides: readable from the back row, without scrolling.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from impactkaart.store.projects import Store
from impactkaart.workshop.rooms import (
    add_item,
    create_workshop,
    join_workshop,
    load_design,
    set_field,
)
from tests.browser.conftest import AppServer, screenshot, wait_idle
from tests.browser.workshop_support import (
    PROJECT,
    check_readable,
    decode_qr,
    font_px,
    people,
    saved,
    workshop_mode,
)

expect.set_options(timeout=15_000)  # a shared 2-core machine: give each check some room
TICK = 12_000  # ms: the attendee's banner reads the room every 5 s; a loaded machine is slower
# attendee, project name, cost per year, stakeholder, outcome, people per year
SEEDED = [
    ("Anna", PROJECT, 8000.0, "gemeente", "Minder schuldhulpaanvragen", 30.0),
    ("Bram", "Bram", 12000.0, "zorgverzekeraar", "Minder huisartsbezoek", 60.0),
    ("Chris", "Chris", 5000.0, "gemeente", "Meer mensen aan het werk", 10.0),
]


def seed(store: Store):
    """The workshop and three complete small maps, as if typed in; the codes, the links
    and each workspace's number of saves."""
    made = create_workshop(store, "Ontwerp je eigen Impactkaart, Zwolle", dt.date.today())
    links, saves = {}, {}
    for name, project, cost, who, what, n in SEEDED:
        workspace, links[name] = join_workshop(store, made.workshop.join_code, name)
        set_field(store, workspace.id, "project", "name", project)
        cost_item = load_design(store, workspace.id).of_kind("cost")[0].item_id
        set_field(store, workspace.id, cost_item, "amount", cost)
        stakeholder = add_item(store, workspace.id, "stakeholder", values={"name": who})
        add_item(store, workspace.id, "outcome", stakeholder, {
            "outcome": what, "indicator": "huisartsbezoeken", "quantity": n,
            "proxy_key": "huisartsconsult", "deadweight": 0.2, "attribution": 0.1})
        saves[name] = load_design(store, workspace.id).version
    return made, links, saves


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """This module's server in workshop mode, on a database seeded before it starts
    (DuckDB lets one process write a file: the server, once it runs)."""
    db_path = tmp_path_factory.mktemp("zaal") / "impactkaart.duckdb"
    with Store(db_path) as store:
        seeded = seed(store)
    with workshop_mode():
        server = AppServer(db_path)
        server.start()
        yield server, *seeded
        server.stop()


def test_the_facilitator_paces_the_room_and_every_screen_follows(room, browser):
    server, made, links, saves = room
    code = made.workshop.join_code
    with people(browser) as new_page:
        host = new_page()
        host.goto(f"{server.url}/workshop-overzicht")
        wait_idle(host)
        host.get_by_label("Deelnamecode").fill(code)
        host.get_by_label("Begeleiderscode").fill(made.facilitator_code)
        host.get_by_role("button", name="Open het overzicht").click()
        host.locator("[data-testid=stTable]").wait_for()

        # Getting the room in: the projector (a second window of the facilitator's browser,
        # 1280×720) shows the address, a QR code that decodes to it, and the join code.
        beamer = new_page(1280, 720)
        beamer.context.add_cookies(host.context.cookies())  # the facilitator's session cookie
        beamer.goto(f"{server.url}/workshop-beamer")
        qr = beamer.locator("[data-testid=wsr-qr]")
        qr.wait_for()
        assert decode_qr(qr.screenshot()) == f"{server.url}/meedoen?code={code}"
        expect(beamer.get_by_test_id("wsr-code")).to_have_text(code)
        assert font_px(beamer, "[data-testid=wsr-code]") >= 96

        # Two attendees have their workspace open before the room starts.
        anna, chris = new_page(), new_page()
        for page, name in ((anna, "Anna"), (chris, "Chris")):
            page.goto(f"{server.url}/meedoen?werkplek={links[name]}")
            saved(page, saves[name])
        expect(anna.get_by_test_id("wsr-room-step")).to_have_count(0)  # not started yet
        # Chris is halfway through a figure: typed, not confirmed (no Enter, no blur).
        figure = chris.get_by_label("Kosten per jaar in euro (1)")
        expect(figure).to_have_value("5.000")
        figure.fill("5.500")

        # The facilitator starts the steps and moves the room on.
        host.get_by_role("button", name="Begin met stap 1").click()
        host.get_by_text("De zaal: 1 Project", exact=False).wait_for()
        host.get_by_role("button", name="Volgende stap", exact=True).click()
        host.get_by_text("De zaal: 2 Wie merkt het?", exact=False).wait_for()

        # Anna touches nothing: the step and a running timer reach her screen by themselves.
        expect(anna.get_by_test_id("wsr-room-step")).to_contain_text("2 Wie merkt het?",
                                                                   timeout=TICK)
        clock = anna.get_by_test_id("wsr-attendee-clock")
        expect(clock).to_have_text(re.compile(r"^([0-9]|10):\d\d$"))
        first = clock.inner_text()
        expect(clock).not_to_have_text(first, timeout=TICK)  # it counts down, still no click
        screenshot(anna, "workshop_room_1_attendee_step")
        # Her editor stays where she is and offers the room's step.
        expect(anna.get_by_role("tab", name="1 Project")).to_have_attribute("aria-selected", "true")
        anna.get_by_role("button", name="Naar stap 2").click()
        expect(anna.get_by_role("tab", name="2 Wie merkt het?")).to_have_attribute(
            "aria-selected", "true")
        expect(anna.get_by_role("button", name="Naar stap 2")).to_have_count(0)
        anna.get_by_role("button", name="Volgende stap").click()  # ahead at her own pace
        expect(anna.get_by_role("tab", name="3 Wat verandert er?")).to_have_attribute(
            "aria-selected", "true")
        expect(anna.get_by_role("button", name="Naar stap 2")).to_be_visible(timeout=TICK)

        # Chris's banner has rerun meanwhile: his typed figure is still there and nothing
        # was saved behind his back; confirming it saves it once.
        expect(chris.get_by_test_id("wsr-room-step")).to_contain_text("2 Wie merkt het?",
                                                                    timeout=TICK)
        chris_clock = chris.get_by_test_id("wsr-attendee-clock").inner_text()
        expect(chris.get_by_test_id("wsr-attendee-clock")).not_to_have_text(chris_clock,
                                                                           timeout=TICK)
        expect(figure).to_have_value("5.500")
        expect(figure).to_be_focused()
        chris.get_by_text(f"{saves['Chris']} wijzigingen bewaard", exact=False).wait_for()
        figure.press("Enter")
        saved(chris, saves["Chris"] + 1)
        chris.reload()  # a fresh page opens at the room's step; the figure is kept
        saved(chris, saves["Chris"] + 1)
        expect(chris.get_by_role("tab", name="2 Wie merkt het?")).to_have_attribute(
            "aria-selected", "true")
        chris.get_by_role("tab", name="1 Project").click()
        expect(chris.get_by_label("Kosten per jaar in euro (1)")).to_have_value("5.500")

        # The projector shows the step and its timer too.
        expect(beamer.get_by_test_id("wsr-clock")).to_have_text(re.compile(r"^\d+:\d\d$"),
                                                               timeout=10_000)
        expect(beamer.locator(".wsr-slide")).to_contain_text("2 Wie merkt het?")

        # The projector: project name, figures ≥ 48 px, every line ≥ 24 px, no scrolling.
        beamer.get_by_role("button", name="Deelnemer", exact=True).click()
        expect(beamer.get_by_test_id("wsr-project")).to_have_text(PROJECT, timeout=10_000)
        wait_idle(beamer)
        check_readable(beamer)
        screenshot(beamer, "workshop_5_beamer_attendee")
        beamer.locator(".st-key-beamer_volgende button").first.click()
        expect(beamer.get_by_test_id("wsr-project")).to_have_text("Bram", timeout=10_000)
        beamer.get_by_role("button", name="Twee naast elkaar").click()
        expect(beamer.get_by_test_id("wsr-attendee")).to_have_count(2, timeout=10_000)
        wait_idle(beamer)
        check_readable(beamer)
        beamer.get_by_role("button", name="Afsluiting").click()
        closing = beamer.get_by_test_id("wsr-closing")
        expect(closing).to_contain_text("Ter vergelijking: het SEOR-gemiddelde", timeout=10_000)
        wait_idle(beamer)
        text = closing.inner_text()
        assert PROJECT in text and "Gemeente" in text  # the factors, the stakeholders named
        assert re.search(r"Zorg · \d", text)  # FTE per sector
        assert not re.search(r"boven|onder", text, re.I)  # SEOR as context, no verdicts
        check_readable(beamer, figures=False)
        screenshot(beamer, "workshop_6_beamer_closing")
