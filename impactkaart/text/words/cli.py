"""Words of the command line (impactkaart/cli/): help texts, summaries and messages."""

WORDS: dict[str, dict[str, str]] = {
    # --- parser --------------------------------------------------------------------
    "cli.description": {
        "nl": "Impactkaart: het maatschappelijk rendement van sociaal werk.",
        "en": "Impactkaart: the social return of social work.",
    },
    "cli.db.help": {
        "nl": "databasebestand (standaard: $IMPACTKAART_DB of uw datamap)",
        "en": "database file (default: $IMPACTKAART_DB or your data folder)",
    },
    "cli.lang.help": {
        "nl": "taal van de uitvoer: nl (standaard) of en",
        "en": "language of the output: nl (default) or en",
    },
    "cli.english.help": {"nl": "uitvoer in het Engels (als --lang en)", "en": "output in English (as --lang en)"},
    "cli.command": {"nl": "opdracht", "en": "command"},
    "cli.json.help": {"nl": "uitvoer als JSON", "en": "output as JSON"},
    # --- compute -------------------------------------------------------------------
    "cli.compute.help": {"nl": "reken een projectbestand (JSON) door", "en": "compute a project file (JSON)"},
    "cli.compute.measured_help": {
        "nl": "reken met de gemeten (ex-post) aantallen in plaats van de verwachte",
        "en": "compute with the measured (ex post) quantities instead of the expected ones",
    },
    "cli.summary.no_factor": {
        "nl": "Rendementsfactor: – (Geen kosten ingevoerd: de rendementsfactor (baten ÷ kosten) "
        "is niet te berekenen.)",
        "en": "Return factor: – (No costs entered: the return factor (benefits ÷ costs) cannot "
        "be computed.)",
    },
    "cli.summary.factor": {
        "nl": "Rendementsfactor: {factor} — elke geïnvesteerde euro levert {amount} op "
        "(ter vergelijking, geen norm: gemiddelde van MKBA's sociaal werk volgens SEOR: {seor})",
        "en": "Return factor: {factor} — every euro invested returns {amount} "
        "(for comparison, not a norm: average of social-work SCBAs according to SEOR: {seor})",
    },
    "cli.summary.benefits": {"nl": "Baten (contante waarde):  {amount}", "en": "Benefits (present value): {amount}"},
    "cli.summary.costs": {"nl": "Kosten (contante waarde): {amount}", "en": "Costs (present value):    {amount}"},
    "cli.summary.npv": {"nl": "Netto contante waarde:    {amount}", "en": "Net present value:        {amount}"},
    "cli.summary.payback": {"nl": "Terugverdiend in projectjaar: {year}", "en": "Paid back in project year: {year}"},
    "cli.summary.rate": {
        "nl": "Discontovoet: {rate} per jaar (bedragen in projectjaar y × 1/(1+r)^(y−1); jaar 1 "
        "niet verdisconteerd)",
        "en": "Discount rate: {rate} a year (amounts in project year y × 1/(1+r)^(y−1); year 1 "
        "not discounted)",
    },
    "cli.summary.parties": {
        "nl": "Wie investeert, wie profiteert (contante waarde):",
        "en": "Who invests, who gains (present value):",
    },
    "cli.summary.party": {
        "nl": "  {party} betaalt {pays}   ontvangt {receives}{factor}",
        "en": "  {party} pays {pays}   receives {receives}{factor}",
    },
    "cli.summary.party_factor": {"nl": "  rendement {factor}", "en": "  return {factor}"},
    "cli.summary.labour": {
        "nl": "Arbeidsmarkteffecten (bespaarde fte, opgeteld over de jaren):",
        "en": "Labour-market effects (FTE saved, summed over the years):",
    },
    "cli.summary.no_labour": {
        "nl": "  geen (geen effecten met een sector)",
        "en": "  none (no effects with a sector)",
    },
    "cli.summary.sector": {"nl": "  {sector} {fte} fte ({hours} uur)", "en": "  {sector} {fte} FTE ({hours} hours)"},
    # --- projects ------------------------------------------------------------------
    "cli.import.help": {"nl": "sla een projectbestand op in de database", "en": "save a project file in the database"},
    "cli.export.help": {
        "nl": "schrijf een opgeslagen project als projectbestand",
        "en": "write a saved project as a project file",
    },
    "cli.list.help": {"nl": "toon de opgeslagen projecten", "en": "list the saved projects"},
    "cli.demo.help": {
        "nl": "laad de (illustratieve) demoprojecten in de database",
        "en": "load the (illustrative) demo projects into the database",
    },
    "cli.import.saved": {"nl": "Opgeslagen als project {id}: {name}", "en": "Saved as project {id}: {name}"},
    "cli.export.written": {"nl": "Project {id} geschreven naar {file}", "en": "Project {id} written to {file}"},
    "cli.list.none": {
        "nl": "Nog geen projecten. Laad de demo's met: impactkaart demo",
        "en": "No projects yet. Load the demos with: impactkaart demo",
    },
    "cli.list.row": {
        "nl": "{id}  {name}  ({type}, {phase}, {years} jaar)",
        "en": "{id}  {name}  ({type}, {phase}, {years} years)",
    },
    "cli.demo.added": {"nl": "toegevoegd", "en": "added"},
    "cli.demo.there": {"nl": "stond er al", "en": "already there"},
    # --- uncertainty ---------------------------------------------------------------
    "cli.uncertainty.defaults_help": {
        "nl": "vul ontbrekende bandbreedtes met de standaardconventies (vuistregels, geen bronnen)",
        "en": "fill missing ranges with the default conventions (rules of thumb, no sources)",
    },
    "cli.sensitivity.help": {
        "nl": "tornado en omslagpunten van een projectbestand",
        "en": "tornado and break-even points of a project file",
    },
    "cli.montecarlo.help": {
        "nl": "Monte Carlo over de bandbreedtes van een projectbestand",
        "en": "Monte Carlo over the ranges of a project file",
    },
    "cli.montecarlo.draws_help": {"nl": "aantal trekkingen (standaard {n})", "en": "number of draws (default {n})"},
    "cli.montecarlo.seed_help": {
        "nl": "startgetal: zelfde seed, zelfde uitkomst",
        "en": "seed: same seed, same result",
    },
    "cli.montecarlo.draws_range": {
        "nl": "--draws: moet tussen 1 en {max} liggen",
        "en": "--draws: must be between 1 and {max}",
    },
    "cli.montecarlo.seed_range": {
        "nl": "--seed: moet een geheel getal van 0 of meer zijn",
        "en": "--seed: must be a whole number of 0 or more",
    },
    # --- import-table, backup, restore ---------------------------------------------
    "cli.import_table.help": {
        "nl": "lees effecten en/of kosten uit een CSV- of Excel-bestand in een project",
        "en": "read effects and/or costs from a CSV or Excel file into a project",
    },
    "cli.import_table.description": {
        "nl": "Leest effecten en/of kosten uit een CSV- of Excel-bestand (.xlsx). Alle rijen of "
        "geen: bij één fout wordt niets opgeslagen en ziet u elke fout met rij en kolom. De rijen "
        "uit het bestand vervangen de effecten (en/of kosten) van het project, tenzij u "
        "--toevoegen gebruikt.",
        "en": "Reads effects and/or costs from a CSV or Excel file (.xlsx). All rows or none: "
        "with one error nothing is saved and you see every error with its row and column. The "
        "rows from the file replace the effects (and/or costs) of the project, unless you use "
        "--toevoegen (add).",
    },
    "cli.import_table.project_metavar": {"nl": "ID|NAAM", "en": "ID|NAME"},
    "cli.import_table.project_help": {
        "nl": "het project (nummer of naam) waarin de rijen komen",
        "en": "the project (number or name) that receives the rows",
    },
    "cli.import_table.new_help": {
        "nl": "maak het project aan als er nog geen project met deze naam is",
        "en": "create the project if there is no project with this name yet",
    },
    "cli.import_table.type_help": {
        "nl": "projecttype van een nieuw project (standaard: {default})",
        "en": "project type of a new project (default: {default})",
    },
    "cli.import_table.years_help": {
        "nl": "looptijd in jaren van een nieuw project (standaard: het laatste kostenjaar in het "
        "bestand)",
        "en": "duration in years of a new project (default: the last cost year in the file)",
    },
    "cli.import_table.decimal_help": {
        "nl": "decimaalteken van het bestand (standaard: automatisch herkend)",
        "en": "decimal mark of the file: komma (comma) or punt (point); default: recognised",
    },
    "cli.import_table.add_help": {
        "nl": "voeg de rijen toe na de bestaande in plaats van ze te vervangen",
        "en": "add the rows after the existing ones instead of replacing them",
    },
    "cli.import_table.no_project": {
        "nl": "Project '{name}' bestaat niet. Kies een bestaand project (impactkaart list) of maak "
        "het aan met --nieuw.",
        "en": "Project '{name}' does not exist. Choose an existing project (impactkaart list) or "
        "create it with --nieuw (new).",
    },
    "cli.nothing_saved": {"nl": "Er is niets opgeslagen.", "en": "Nothing has been saved."},
    "cli.import_table.effects": {"nl": "{n} effecten", "en": "{n} effects"},
    "cli.import_table.costs": {"nl": "{n} kostenregels", "en": "{n} cost lines"},
    "cli.import_table.done_replace": {
        "nl": "{counts} ingelezen in project {id}: {name}",
        "en": "{counts} read into project {id}: {name}",
    },
    "cli.import_table.done_add": {
        "nl": "{counts} toegevoegd aan project {id}: {name}",
        "en": "{counts} added to project {id}: {name}",
    },
    "cli.import_table.done_replace_new": {
        "nl": "{counts} ingelezen in nieuw project {id}: {name}",
        "en": "{counts} read into new project {id}: {name}",
    },
    "cli.import_table.done_add_new": {
        "nl": "{counts} toegevoegd aan nieuw project {id}: {name}",
        "en": "{counts} added to new project {id}: {name}",
    },
    "cli.backup.help": {
        "nl": "schrijf alle projecten naar één back-upbestand (JSON)",
        "en": "write every project to one backup file (JSON)",
    },
    "cli.restore.help": {
        "nl": "zet een back-up terug (vervangt alle projecten)",
        "en": "restore a backup (replaces every project)",
    },
    "cli.restore.description": {
        "nl": "Zet een back-up terug: alle projecten in de database worden vervangen door die uit "
        "de back-up. Het bestand wordt eerst helemaal gecontroleerd; de huidige inhoud wordt "
        "eerst als automatische back-up naast de database bewaard.",
        "en": "Restores a backup: every project in the database is replaced by those in the "
        "backup. The file is checked completely first; the current content is first kept as an "
        "automatic backup next to the database.",
    },
    "cli.backup.cannot_write": {
        "nl": "{file}: kan niet worden geschreven ({reason})",
        "en": "{file}: cannot be written ({reason})",
    },
    "cli.backup.written": {
        "nl": "Back-up van {n} projecten geschreven naar {file}",
        "en": "Backup of {n} projects written to {file}",
    },
    "cli.restore.too_big": {
        "nl": "{file}: het bestand is te groot voor een back-up",
        "en": "{file}: the file is too large for a backup",
    },
    "cli.restore.not_found": {"nl": "{file}: bestand niet gevonden", "en": "{file}: file not found"},
    "cli.restore.cannot_read": {
        "nl": "{file}: kan niet worden gelezen ({reason})",
        "en": "{file}: cannot be read ({reason})",
    },
    "cli.nothing_changed": {"nl": "Er is niets gewijzigd.", "en": "Nothing has been changed."},
    "cli.restore.done": {
        "nl": "{n} projecten teruggezet uit {file}.",
        "en": "{n} projects restored from {file}.",
    },
    "cli.restore.previous": {
        "nl": "De vorige inhoud staat in {file}",
        "en": "The previous content is in {file}",
    },
    "cli.app.help": {"nl": "start de app (Streamlit) in de browser",
                     "en": "start the app (Streamlit) in the browser"},
    "cli.app.port_help": {"nl": "poort van de server (standaard 8501)",
                          "en": "the server's port (default 8501)"},
    "cli.app.headless_help": {"nl": "geen browser openen (op een server)",
                              "en": "do not open a browser (on a server)"},
}
