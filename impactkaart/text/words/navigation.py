"""Words of the navigation: section and page names (app.py), the open project in the URL,
what the portfolio counts, and the illustrative badge's list of figures to replace."""

WORDS: dict[str, dict[str, str]] = {
    "nav.section.project": {"nl": "Project", "en": "Project"},
    "nav.section.cases": {"nl": "Casusniveau", "en": "Case level"},
    "nav.section.show": {"nl": "Laten zien", "en": "Show"},
    "nav.section.data": {"nl": "Gegevens", "en": "Data"},
    "nav.section.workshop": {"nl": "Workshop", "en": "Workshop"},
    "nav.impactkaart": {"nl": "De Impactkaart", "en": "The Impactkaart"},
    "nav.nieuw_project": {"nl": "Nieuw project", "en": "New project"},
    "nav.effecten": {"nl": "Effecten bewerken", "en": "Edit effects"},
    "nav.ex_post": {"nl": "Ex ante / ex post", "en": "Ex ante / ex post"},
    "nav.scenarios": {"nl": "Scenario's", "en": "Scenarios"},
    "nav.casussen": {"nl": "Casussen", "en": "Cases"},
    "nav.werksessie": {"nl": "Werksessie", "en": "Work session"},
    "nav.presentatie": {"nl": "Presentatie", "en": "Presentation"},
    "nav.portfolio": {"nl": "Portfolio", "en": "Portfolio"},
    "nav.importeren": {"nl": "Importeren (CSV/Excel)", "en": "Import (CSV/Excel)"},
    "nav.backup": {"nl": "Back-up en herstel", "en": "Backup and restore"},
    "nav.methode": {"nl": "Over de methode", "en": "About the method"},
    "nav.meedoen": {"nl": "Meedoen aan een workshop", "en": "Join a workshop"},
    "nav.workshop-overzicht": {"nl": "Workshop-overzicht", "en": "Workshop overview"},
    "nav.workshop-aanmaken": {"nl": "Workshop aanmaken", "en": "Create a workshop"},
    # --- what the portfolio counts (impactkaart.portfolio.view.scope_text) -------------------------
    "nav.portfolio.projects_one": {"nl": "{n} project", "en": "{n} project"},
    "nav.portfolio.projects_many": {"nl": "{n} projecten", "en": "{n} projects"},
    "nav.portfolio.scenarios_one": {"nl": "{n} scenario", "en": "{n} scenario"},
    "nav.portfolio.scenarios_many": {"nl": "{n} scenario's", "en": "{n} scenarios"},
    "nav.portfolio.workshop_one": {"nl": "{n} werksessie-ontwerp", "en": "{n} workshop design"},
    "nav.portfolio.workshop_many": {"nl": "{n} werksessie-ontwerpen", "en": "{n} workshop designs"},
    "nav.portfolio.without": {"nl": "{base}; {left} niet meegeteld", "en": "{base}; {left} not counted"},
    "nav.portfolio.add_scenarios": {"nl": "Scenario's meetellen ({n})", "en": "Count the scenarios ({n})"},
    "nav.portfolio.add_workshop": {"nl": "Werksessie-ontwerpen meetellen ({n})",
                                   "en": "Count the workshop designs ({n})"},
    "nav.portfolio.none_counted": {
        "nl": "Geen projecten om mee te tellen: alleen scenario's of werksessie-ontwerpen. Zet ze "
              "hieronder aan om ze te tonen.",
        "en": "No projects to count: only scenarios or workshop designs. Switch them on below to "
              "show them.",
    },
    "nav.portfolio.headline_one": {
        "nl": "### {n} project: rendementsfactor {factor}",
        "en": "### {n} project: return factor {factor}",
    },
    "nav.portfolio.headline_many": {
        "nl": "### {n} projecten samen: rendementsfactor {factor}",
        "en": "### {n} projects together: return factor {factor}",
    },
    "nav.portfolio.counted": {"nl": "Meegeteld: {scope}.", "en": "Counted: {scope}."},
    # --- the open project in the URL (views/components/session.py) --------------------------------
    "nav.url.unknown": {
        "nl": "De link noemt project {id}, maar dat bestaat niet (meer). U ziet nu '{name}'; kies "
              "links bovenaan een ander project.",
        "en": "The link names project {id}, which does not exist (any more). You are looking at "
              "'{name}'; choose another project at the top left.",
    },
    # --- the illustrative badge: what to replace (impactkaart.text.summary) -------------------------
    "nav.illustrative.row_one": {"nl": "rij {rows} ('{outcome}')", "en": "row {rows} ('{outcome}')"},
    "nav.illustrative.row_many": {"nl": "rijen {rows} ('{outcome}' …)",
                                  "en": "rows {rows} ('{outcome}' …)"},
    "nav.illustrative.reference": {
        "nl": "{where}: {fields} komen nog uit het voorbeeld-referentieproject (geen meting)",
        "en": "{where}: {fields} still come from the example reference project (not measured)",
    },
    "nav.illustrative.proxy": {
        "nl": "{where}: de waarde per eenheid komt uit een illustratieve bibliotheekregel",
        "en": "{where}: the value per unit comes from an illustrative library row",
    },
    "nav.illustrative.sector": {
        "nl": "{name} bij {sectors} is een illustratieve aanname zonder bron (telt mee in de fte "
              "van rij {rows})",
        "en": "{name} in {sectors} is an illustrative assumption without a source (used for the "
              "FTE of row {rows})",
    },
    "nav.illustrative.replace": {
        "nl": "Vervang deze cijfers door uw eigen cijfers in *Effecten bewerken*; is er niets "
              "illustratiefs meer, dan verdwijnt dit label.",
        "en": "Replace these figures with your own in *Edit effects*; once nothing illustrative "
              "is left, this label goes.",
    },
    "nav.illustrative.to_editor": {"nl": "Naar Effecten bewerken", "en": "To Edit effects"},
    "nav.illustrative.which": {"nl": "Welke cijfers zijn illustratief?",
                               "en": "Which figures are illustrative?"},
}
