"""The command-line reports of uncertainty in English: no Dutch, and the figures of Dutch."""

from __future__ import annotations

import copy

from impactkaart.core.model import parse_project
from impactkaart.uncertainty.montecarlo import monte_carlo
from impactkaart.uncertainty.ranges import with_default_ranges
from impactkaart.uncertainty.report import montecarlo_text, sensitivity_text
from impactkaart.uncertainty.sensitivity import sensitivity
from tests.uncertainty.test_uncertainty import ONE
from tests.views.test_english import citations, dutch_words


def project():
    data = copy.deepcopy(ONE)
    data["name"] = "One effect"
    data["effects"][0].update(outcome="fewer GP visits", sector="zorg", hours_per_unit=0.5)
    data["effects"][0]["ranges"].pop("quantity")  # one default range among the user's own
    return with_default_ranges(parse_project(data))


def dutch_lines(text: str) -> dict[str, list[str]]:
    cited = citations()
    return {line: words for line in text.splitlines() if (words := dutch_words(line, cited))}


def test_the_sensitivity_report_in_english():
    text = sensitivity_text(sensitivity(project(), lang="en"), "en")
    assert not dutch_lines(text), dutch_lines(text)
    assert "Return factor: 2.40×" in text
    # see test_tornado_by_hand: duration 1 → 3 years gives 2,4 … 7,2; the quantity's default
    # range 100/1,25 = 80 → 100 × 1,25 = 125 gives 80 × 24 / 1.000 = 1,92 … 125 × 24 / 1.000 = 3,0
    assert "fewer GP visits · duration: 1 year → 3 years   2.40× … 7.20×" in text
    # The value per unit is fixed by the user: the quantity is a lever of its own.
    assert "fewer GP visits · quantity (default): 80.0 → 125.0   1.92× … 3.00×" in text
    assert ("Even if the effect ‘fewer GP visits’ is 58% smaller, every euro still returns "
            "more than a euro (break-even: 58.3% smaller).") in text


def test_the_monte_carlo_report_in_english():
    result = monte_carlo(project(), draws=500, seed=3, grouping="none")
    text = montecarlo_text(result, "en")
    assert not dutch_lines(text), dutch_lines(text)
    assert "Monte Carlo: 500 draws, seed 3; assumptions drawn independently." in text
    assert "Return factor: 2.40× (point estimate); median " in text  # the point first
    assert "Health insurer" in text and "FTE" in text
    # Default ranges held a share of 0 fixed: said, with the reason.
    assert "Held fixed, because they can go only one way" in text
    dutch = montecarlo_text(result)
    assert "Monte Carlo: 500 trekkingen, seed 3; aannames onafhankelijk getrokken." in dutch
    assert "SEOR" not in dutch and "1,6" not in dutch
    assert dutch_lines(dutch)  # the check does see Dutch
