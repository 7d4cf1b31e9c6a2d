"""Words of cohorts (issue 16 item 4): one effect with several intakes."""

WORDS = {
    # --- validation (codes of impactkaart/core/model.py, `_with_cohorts`) ---
    "cohorts.sum": {"nl": "moet de som van de cohorten zijn ({total}), of weggelaten worden",
                    "en": "must be the sum of the cohorts ({total}), or be left out"},
    "cohorts.start": {"nl": "moet het startjaar van het eerste cohort zijn ({first}), of "
                            "weggelaten worden",
                      "en": "must be the start year of the first cohort ({first}), or be "
                            "left out"},
    "cohorts.too_many": {"nl": "heeft te veel cohorten (hoogstens {limit})",
                         "en": "has too many cohorts (at most {limit})"},
}
