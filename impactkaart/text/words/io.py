"""Words of bringing data in and keeping it safe: the table importer's problems and notes
(io/imports/), and the Import and Back-up pages (views/data/)."""

WORDS: dict[str, dict[str, str]] = {
    # --- where in the file ---------------------------------------------------------
    "import.where.sheet": {"nl": "blad '{sheet}'", "en": "sheet '{sheet}'"},
    "import.where.row": {"nl": "rij {row}", "en": "row {row}"},
    "import.where.column": {"nl": "kolom '{column}'", "en": "column '{column}'"},
    "import.frame.row": {"nl": "rij", "en": "row"},
    "import.frame.problems": {"nl": "problemen", "en": "problems"},
    # --- the file as a whole (read.py, cli) ------------------------------------------
    "import.problem.too_big": {
        "nl": "het bestand is te groot (meer dan {mb} MB)",
        "en": "the file is too large (more than {mb} MB)",
    },
    "import.problem.not_found": {"nl": "bestand niet gevonden", "en": "file not found"},
    "import.problem.a_folder": {"nl": "dit is een map, geen bestand", "en": "this is a folder, not a file"},
    "import.problem.no_read_rights": {
        "nl": "geen leesrechten voor dit bestand",
        "en": "no permission to read this file",
    },
    "import.problem.empty_file": {"nl": "het bestand is leeg", "en": "the file is empty"},
    "import.problem.old_excel": {
        "nl": "dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligd bestand; "
        "sla het in Excel op als .xlsx (zonder wachtwoord) of als CSV",
        "en": "this is an old Excel file (.xls) or a password-protected file; save it in Excel "
        "as .xlsx (without a password) or as CSV",
    },
    "import.problem.xlsx_not_zip": {
        "nl": "dit is geen geldig Excel-bestand (.xlsx): het is geen zip-archief; sla het in Excel "
        "opnieuw op als .xlsx of als CSV",
        "en": "this is not a valid Excel file (.xlsx): it is not a zip archive; save it again in "
        "Excel as .xlsx or as CSV",
    },
    "import.problem.pdf": {
        "nl": "dit is een PDF-bestand; lever de tabel aan als CSV of Excel (.xlsx)",
        "en": "this is a PDF file; supply the table as CSV or Excel (.xlsx)",
    },
    "import.problem.bad_utf16": {
        "nl": "het bestand is geen geldige UTF-16-tekst",
        "en": "the file is not valid UTF-16 text",
    },
    "import.problem.not_text": {
        "nl": "dit is geen tekstbestand (CSV); lever de tabel aan als CSV of Excel (.xlsx)",
        "en": "this is not a text file (CSV); supply the table as CSV or Excel (.xlsx)",
    },
    "import.problem.unknown_encoding": {
        "nl": "de tekenset van het bestand is onbekend; sla het op als CSV UTF-8",
        "en": "the character set of the file is unknown; save it as CSV UTF-8",
    },
    "import.problem.null_characters": {
        "nl": "dit is geen tekstbestand (CSV): het bevat nul-tekens",
        "en": "this is not a text file (CSV): it contains null characters",
    },
    "import.problem.bad_csv": {
        "nl": "het bestand is geen leesbare CSV (regel {line}): controleer de aanhalingstekens",
        "en": "the file is not a readable CSV (line {line}): check the quotation marks",
    },
    "import.problem.no_data": {"nl": "het bestand bevat geen gegevens", "en": "the file holds no data"},
    "import.problem.too_many_rows": {
        "nl": "de tabel heeft meer dan {max} rijen; splits het bestand",
        "en": "the table has more than {max} rows; split the file",
    },
    "import.problem.too_many_columns": {
        "nl": "de tabel heeft meer dan {max} kolommen",
        "en": "the table has more than {max} columns",
    },
    "import.problem.broken_zip": {
        "nl": "dit is geen geldig Excel-bestand (.xlsx): het zip-archief is beschadigd",
        "en": "this is not a valid Excel file (.xlsx): the zip archive is damaged",
    },
    "import.problem.too_many_parts": {
        "nl": "dit Excel-bestand bestaat uit verdacht veel onderdelen; het is niet geopend",
        "en": "this Excel file consists of suspiciously many parts; it has not been opened",
    },
    "import.problem.encrypted": {
        "nl": "dit Excel-bestand is versleuteld; sla het op zonder wachtwoord",
        "en": "this Excel file is encrypted; save it without a password",
    },
    "import.problem.unpacked_too_big": {
        "nl": "dit Excel-bestand is uitgepakt te groot (meer dan {mb} MB); het is niet geopend",
        "en": "this Excel file is too large unpacked (more than {mb} MB); it has not been opened",
    },
    "import.problem.zip_bomb": {
        "nl": "dit Excel-bestand is verdacht sterk ingepakt (mogelijk een zip-bom); het is niet "
        "geopend",
        "en": "this Excel file is suspiciously highly compressed (possibly a zip bomb); it has "
        "not been opened",
    },
    "import.problem.zip_not_workbook": {
        "nl": "dit zip-bestand is geen Excel-werkmap (.xlsx)",
        "en": "this zip file is not an Excel workbook (.xlsx)",
    },
    "import.problem.unreadable_xlsx": {
        "nl": "dit Excel-bestand kan niet worden gelezen (beschadigd of geen .xlsx)",
        "en": "this Excel file cannot be read (damaged or not .xlsx)",
    },
    "import.problem.too_many_sheets": {
        "nl": "de werkmap heeft meer dan {max} bladen",
        "en": "the workbook has more than {max} sheets",
    },
    "import.problem.empty_workbook": {
        "nl": "de werkmap bevat geen gegevens: alle bladen zijn leeg",
        "en": "the workbook holds no data: every sheet is empty",
    },
    # --- one cell (cells.py, tables.py) -------------------------------------------
    "import.problem.number_too_long": {"nl": "is geen getal (te lang)", "en": "is not a number (too long)"},
    "import.problem.not_a_number": {"nl": "is geen getal", "en": "is not a number"},
    "import.problem.percent_not_allowed": {
        "nl": "is een percentage; hier hoort een getal zonder %",
        "en": "is a percentage; a number without % belongs here",
    },
    "import.problem.wrong_decimal_comma": {
        "nl": "is geen getal met een decimale komma (zoals de rest van de tabel)",
        "en": "is not a number with a decimal comma (like the rest of the table)",
    },
    "import.problem.wrong_decimal_point": {
        "nl": "is geen getal met een decimale punt (zoals de rest van de tabel)",
        "en": "is not a number with a decimal point (like the rest of the table)",
    },
    "import.problem.not_finite": {"nl": "is geen eindig getal", "en": "is not a finite number"},
    "import.problem.formula_without_value": {
        "nl": "is een formule zonder opgeslagen uitkomst: open het bestand in Excel en sla het op "
        "(hier wordt niets berekend)",
        "en": "is a formula without a saved result: open the file in Excel and save it (nothing "
        "is calculated here)",
    },
    "import.problem.excel_error": {
        "nl": "is een foutwaarde uit Excel; herstel de formule",
        "en": "is an error value from Excel; repair the formula",
    },
    "import.problem.date_not_number": {"nl": "is een datum, geen getal", "en": "is a date, not a number"},
    "import.problem.cell_too_long": {
        "nl": "de cel is te lang ({n} tekens; hoogstens {max})",
        "en": "the cell is too long ({n} characters; at most {max})",
    },
    "import.problem.not_a_year": {
        "nl": "is geen projectjaar (1 tot en met 50) en geen jaartal",
        "en": "is not a project year (1 to 50) and not a calendar year",
    },
    "import.problem.before_start": {
        "nl": "ligt vóór het startjaar {start} van het project",
        "en": "lies before the project's start year {start}",
    },
    "import.problem.required_empty": {
        "nl": "is leeg; dit veld is verplicht",
        "en": "is empty; this field is required",
    },
    "import.problem.percent_without_sign": {
        "nl": "{message} (bedoelt u {typed}%? schrijf dan {typed}% of {share})",
        "en": "{message} (do you mean {typed}%? then write {typed}% or {share})",
    },
    # --- the tables (tables.py) ----------------------------------------------------
    "import.problem.merged_cells": {
        "nl": "samengevoegde cellen ({cells}) worden niet ondersteund; maak de samenvoeging "
        "ongedaan en zet in elke cel een eigen waarde",
        "en": "merged cells ({cells}) are not supported; undo the merge and put a value of its "
        "own in each cell",
    },
    "import.problem.missing_column": {
        "nl": "er is geen kolom voor '{header}' (verplicht); koppel een kolom of voeg hem toe",
        "en": "there is no column for '{header}' (required); link a column or add it",
    },
    "import.problem.doubled_column": {
        "nl": "meer dan één kolom is gekoppeld aan '{header}'",
        "en": "more than one column is linked to '{header}'",
    },
    "import.problem.no_table": {
        "nl": "geen tabel met effecten of kosten herkend: gebruik de kolomnamen van het sjabloon "
        "of koppel de kolommen zelf",
        "en": "no table of effects or costs recognised: use the column names of the template or "
        "link the columns yourself",
    },
    "import.problem.too_many_effects": {
        "nl": "te veel rijen met effecten ({n}; hoogstens {max})",
        "en": "too many rows of effects ({n}; at most {max})",
    },
    "import.problem.too_many_costs": {
        "nl": "te veel rijen met kosten ({n}; hoogstens {max})",
        "en": "too many rows of costs ({n}; at most {max})",
    },
    "import.problem.only_headers": {
        "nl": "de tabel bevat geen rijen met gegevens (alleen kopjes)",
        "en": "the table holds no rows of data (only headings)",
    },
    "import.problem.top_field": {"nl": "{field}: {message}", "en": "{field}: {message}"},
    "import.problem.existing_effects": {
        "nl": "Effecten, bestaande rij {n}, {field}: {message}",
        "en": "Effects, existing row {n}, {field}: {message}",
    },
    "import.problem.existing_costs": {
        "nl": "Kosten, bestaande rij {n}, {field}: {message}",
        "en": "Costs, existing row {n}, {field}: {message}",
    },
    "import.problem.skipped_sheet": {
        "nl": "Blad '{name}' heeft geen rijen met gegevens en wordt overgeslagen.",
        "en": "Sheet '{name}' has no rows of data and is skipped.",
    },
    "import.field.name": {"nl": "projectnaam", "en": "project name"},
    "import.field.years": {"nl": "looptijd (jaren)", "en": "duration (years)"},
    "import.field.project_type": {"nl": "type project", "en": "project type"},
    "import.field.start_year": {"nl": "startjaar van het project", "en": "start year of the project"},
    "import.problem.skipped_file": {
        "nl": "het bestand heeft geen rijen met gegevens en wordt overgeslagen.",
        "en": "the file has no rows of data and is skipped.",
    },
    "import.problem.calendar_years": {
        "nl": "Jaartallen zijn omgerekend naar projectjaren: {start} is projectjaar 1.",
        "en": "Calendar years have been converted to project years: {start} is project year 1.",
    },
    # --- back-up files (store/backup.py) ------------------------------------------
    "backup.error.too_big": {
        "nl": "het bestand is te groot (meer dan {mb} MB)",
        "en": "the file is too large (more than {mb} MB)",
    },
    "backup.error.not_utf8": {
        "nl": "dit is geen back-up van Impactkaart (geen UTF-8-tekst)",
        "en": "this is not an Impactkaart backup (not UTF-8 text)",
    },
    "backup.error.not_json": {
        "nl": "dit is geen back-up van Impactkaart (geen geldige JSON)",
        "en": "this is not an Impactkaart backup (not valid JSON)",
    },
    "backup.error.not_backup": {
        "nl": "dit is geen back-up van Impactkaart",
        "en": "this is not an Impactkaart backup",
    },
    "backup.error.project_file": {
        "nl": "dit is geen back-up van Impactkaart; het is een projectbestand: lees het in met "
        "'Projectbestand uploaden' of 'impactkaart import'",
        "en": "this is not an Impactkaart backup; it is a project file: read it with 'Upload "
        "a project file' or 'impactkaart import'",
    },
    "backup.error.no_version": {
        "nl": "de back-up heeft geen geldig versienummer",
        "en": "the backup has no valid version number",
    },
    "backup.error.newer_version": {
        "nl": "de back-up komt uit een nieuwere versie van Impactkaart (versie {version}); werk "
        "Impactkaart bij",
        "en": "the backup comes from a newer version of Impactkaart (version {version}); update "
        "Impactkaart",
    },
    "backup.error.no_projects": {
        "nl": "'projects' ontbreekt of is geen lijst",
        "en": "'projects' is missing or not a list",
    },
    "backup.error.where": {"nl": "project {n}", "en": "project {n}"},
    "backup.error.where_id": {"nl": "project {n} (id {id})", "en": "project {n} (id {id})"},
    "backup.error.where_named": {
        "nl": "project {n} (id {id}, '{name}')",
        "en": "project {n} (id {id}, '{name}')",
    },
    "backup.error.id_and_project": {
        "nl": "moet precies 'id' en 'project' hebben",
        "en": "must have exactly 'id' and 'project'",
    },
    "backup.error.bad_id": {
        "nl": "'id' moet een geheel getal van 1 of meer zijn",
        "en": "'id' must be a whole number of 1 or more",
    },
    "backup.error.double_id": {"nl": "id {id} staat er dubbel in", "en": "id {id} appears twice"},
    "backup.error.tables_not_object": {
        "nl": "'tables' moet een object zijn",
        "en": "'tables' must be an object",
    },
    "backup.error.table_not_rows": {
        "nl": "tabel '{name}': moet een lijst met rijen {{…}} zijn",
        "en": "table '{name}': must be a list of rows {{…}}",
    },
    "backup.error.unknown_table": {
        "nl": "tabel '{name}' bestaat niet in deze versie van Impactkaart",
        "en": "table '{name}' does not exist in this version of Impactkaart",
    },
    # --- the Back-up page (views/data/backup.py) -----------------------------------
    "backup.title": {"nl": "Back-up en herstel", "en": "Backup and restore"},
    "backup.make": {"nl": "Back-up maken", "en": "Make a backup"},
    "backup.make_caption": {
        "nl": "Eén bestand met alle projecten (ook scenario's), leesbaar als JSON. Bewaar het op "
        "een veilige plek; met *Terugzetten* hieronder of `impactkaart restore BESTAND` zet u het "
        "terug.",
        "en": "One file with every project (scenarios included), readable as JSON. Keep it in a "
        "safe place; *Restore* below or `impactkaart restore FILE` puts it back.",
    },
    "backup.download": {
        "nl": "Back-up downloaden ({n} projecten)",
        "en": "Download the backup ({n} projects)",
    },
    "backup.restore": {"nl": "Back-up terugzetten", "en": "Restore a backup"},
    "backup.restore_caption": {
        "nl": "Alle huidige projecten worden vervangen door die uit de back-up. Het bestand wordt "
        "eerst helemaal gecontroleerd; de huidige inhoud wordt eerst als automatische back-up "
        "bewaard.",
        "en": "Every current project is replaced by those in the backup. The file is checked "
        "completely first; the current content is first kept as an automatic backup.",
    },
    "backup.upload": {"nl": "Back-upbestand (JSON)", "en": "Backup file (JSON)"},
    "backup.restored": {
        "nl": "{n} projecten teruggezet uit **{name}**.",
        "en": "{n} projects restored from **{name}**.",
    },
    "backup.previous": {
        "nl": "De vorige inhoud staat in {path}.",
        "en": "The previous content is in {path}.",
    },
    "backup.previous_download": {"nl": "Vorige inhoud downloaden", "en": "Download the previous content"},
    "backup.more": {"nl": "… en nog {n}", "en": "… and {n} more"},
    "backup.invalid": {
        "nl": "**{name}** kan niet worden teruggezet; er is niets gewijzigd.",
        "en": "**{name}** cannot be restored; nothing has been changed.",
    },
    "backup.made_on": {"nl": ", gemaakt op {when}", "en": ", made on {when}"},
    "backup.valid": {
        "nl": "Geldige back-up{made}: {n} projecten.",
        "en": "Valid backup{made}: {n} projects.",
    },
    "backup.confirm": {
        "nl": "Ik begrijp dat de {current} huidige projecten worden vervangen door de {new} uit "
        "de back-up.",
        "en": "I understand that the {current} current projects will be replaced by the {new} "
        "from the backup.",
    },
    "backup.do_restore": {"nl": "Terugzetten", "en": "Restore"},
    # --- the Import page (views/data/importeren.py) --------------------------------
    "import.kind.effects": {"nl": "Effecten", "en": "Effects"},
    "import.kind.costs": {"nl": "Kosten", "en": "Costs"},
    "import.kind.none": {"nl": "niet importeren", "en": "do not import"},
    "import.page.title": {"nl": "Importeren uit CSV of Excel", "en": "Import from CSV or Excel"},
    "import.page.intro": {
        "nl": "Lees effecten en kosten in uit een CSV- of Excel-bestand (.xlsx). Puntkomma of "
        "komma, decimale komma of punt, euroteken en percentages worden herkend. U ziet eerst een "
        "voorbeeld met alle fouten per rij; er wordt pas iets opgeslagen als alles klopt, en dan "
        "alle rijen tegelijk.",
        "en": "Read effects and costs from a CSV or Excel file (.xlsx). Semicolon or comma, "
        "decimal comma or point, euro sign and percentages are recognised. You first see a "
        "preview with every error per row; something is saved only when everything is right, "
        "and then all rows at once.",
    },
    "import.page.templates": {
        "nl": "Begin met het sjabloon: de kolomnamen worden dan vanzelf herkend. Uw eigen bestand "
        "mag ook; hieronder koppelt u de kolommen.",
        "en": "Start from the template: its column names are then recognised by themselves. "
        "Your own file works too; below you link its columns.",
    },
    "import.page.template_xlsx": {"nl": "Sjabloon (Excel)", "en": "Template (Excel)"},
    "import.page.template_effects": {"nl": "Sjabloon effecten (CSV)", "en": "Template effects (CSV)"},
    "import.page.template_costs": {"nl": "Sjabloon kosten (CSV)", "en": "Template costs (CSV)"},
    "import.page.more_problems": {"nl": "… en nog {n} problemen", "en": "… and {n} more problems"},
    "import.page.unreadable": {
        "nl": "**{name}** is niet ingelezen; er is niets opgeslagen.",
        "en": "**{name}** has not been read; nothing has been saved.",
    },
    "import.page.sheet": {"nl": "Blad {sheet}", "en": "Sheet {sheet}"},
    "import.page.the_file": {"nl": "Het bestand", "en": "The file"},
    "import.page.what_in": {"nl": "{where}: wat staat erin?", "en": "{where}: what does it hold?"},
    "import.page.link_columns": {
        "nl": "Kolommen koppelen ({n} van {of} herkend)",
        "en": "Link the columns ({n} of {of} recognised)",
    },
    "import.page.not_found": {"nl": "Niet gevonden (verplicht):", "en": "Not found (required):"},
    "import.page.skip_column": {"nl": "— niet importeren —", "en": "— do not import —"},
    "import.page.chosen_project": {"nl": "Het gekozen project: {name}", "en": "The chosen project: {name}"},
    "import.page.new_project": {"nl": "Een nieuw project", "en": "A new project"},
    "import.page.which_project": {"nl": "In welk project?", "en": "Into which project?"},
    "import.page.existing_rows": {
        "nl": "Wat gebeurt er met de bestaande rijen?",
        "en": "What happens to the existing rows?",
    },
    "import.page.replace": {
        "nl": "vervangen door de rijen uit het bestand",
        "en": "replaced by the rows from the file",
    },
    "import.page.keep": {
        "nl": "behouden; rijen uit het bestand komen erbij",
        "en": "kept; the rows from the file are added",
    },
    "import.page.new_name": {"nl": "Naam van het nieuwe project", "en": "Name of the new project"},
    "import.page.project_type": {"nl": "Type project", "en": "Project type"},
    "import.page.other_type": {"nl": "Overig", "en": "Other"},
    "import.page.years": {"nl": "Looptijd (jaren)", "en": "Duration (years)"},
    "import.page.years_placeholder": {"nl": "uit de kosten", "en": "from the costs"},
    "import.page.choose_file": {"nl": "Bestand kiezen", "en": "Choose a file"},
    "import.page.limits": {
        "nl": "Hoogstens {mb} MB en {rows} rijen per tabel.",
        "en": "At most {mb} MB and {rows} rows per table.",
    },
    "import.page.saved": {
        "nl": "**{name}** is ingelezen en opgeslagen. Het project staat nu open.",
        "en": "**{name}** has been read and saved. The project is now open.",
    },
    "import.page.see_map": {"nl": "Bekijk de Impactkaart", "en": "See the Impactkaart"},
    "import.page.again": {
        "nl": "Kies een ander bestand om opnieuw te importeren.",
        "en": "Choose another file to import again.",
    },
    "import.page.step_what": {"nl": "1. Wat staat er in het bestand?", "en": "1. What is in the file?"},
    "import.page.step_where": {"nl": "2. Waarheen?", "en": "2. Where to?"},
    "import.page.decimal": {"nl": "Decimaalteken", "en": "Decimal mark"},
    "import.page.decimal_auto": {"nl": "automatisch", "en": "automatic"},
    "import.page.decimal_comma": {"nl": "komma (1.234,5)", "en": "comma (1.234,5)"},
    "import.page.decimal_point": {"nl": "punt (1,234.5)", "en": "point (1,234.5)"},
    "import.page.step_preview": {"nl": "3. Voorbeeld", "en": "3. Preview"},
    "import.page.name_it": {"nl": "Geef het nieuwe project een naam.", "en": "Give the new project a name."},
    "import.page.from_sheet": {"nl": "blad {sheet}", "en": "sheet {sheet}"},
    "import.page.table_rows": {"nl": "**{kind}** uit {where}: {n} rijen", "en": "**{kind}** from {where}: {n} rows"},
    "import.page.problems": {
        "nl": "**{n} probleem/problemen**: er wordt niets opgeslagen. Pas het bestand aan (of de "
        "koppeling hierboven) en probeer het opnieuw.",
        "en": "**{n} problem(s)**: nothing is saved. Change the file (or the links above) and "
        "try again.",
    },
    "import.page.confirm": {
        "nl": "Ik begrijp dat de bestaande {lost} van {name} worden vervangen.",
        "en": "I understand that the existing {lost} of {name} will be replaced.",
    },
    "import.page.ready": {"nl": "Klaar om te importeren: {counts}.", "en": "Ready to import: {counts}."},
    "import.page.do_import": {"nl": "Importeren", "en": "Import"},
}
