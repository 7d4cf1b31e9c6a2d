"""Words of the navigation: section and page names (app.py)."""

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
}
