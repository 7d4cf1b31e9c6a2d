"""Words of monitoring with the KPI-model (impactkaart/monitoring, views/monitoring,
`impactkaart kpi …`)."""

WORDS: dict[str, dict[str, str]] = {
    # --- navigation ---
    "nav.section.monitoring": {"nl": "Monitoring", "en": "Monitoring"},
    "nav.kpi-programmas": {"nl": "Programma's en KPI's", "en": "Programmes and KPIs"},
    "nav.kpi-metingen": {"nl": "Metingen", "en": "Measurements"},
    "nav.monitor": {"nl": "Monitor", "en": "Monitor"},
    # --- the import's problems ---
    "monitoring.problem.missing_column": {
        "nl": "de kolom '{header}' (of '{dutch}') ontbreekt",
        "en": "the column '{header}' (or '{dutch}') is missing"},
    "monitoring.problem.missing_numbers": {
        "nl": "geen kolommen 'teller' en 'noemer' en geen kolom 'waarde'",
        "en": "no columns 'numerator' and 'denominator' and no column 'value'"},
    "monitoring.problem.only_headers": {"nl": "alleen kopjes, geen metingen",
                                        "en": "only headers, no measurements"},
    "monitoring.problem.required": {"nl": "is leeg; vul deze cel in", "en": "is empty; fill in this cell"},
    "monitoring.problem.cell_too_long": {"nl": "de cel is te lang", "en": "the cell is too long"},
    "monitoring.problem.unknown_kpi": {
        "nl": "is geen KPI uit de bibliotheek of een eigen KPI",
        "en": "is not a KPI of the library nor an own KPI"},
    "monitoring.problem.bad_period": {
        "nl": "is geen periode; schrijf 2025, 2025-Q1 of 2025-03",
        "en": "is not a period; write 2025, 2025-Q1 or 2025-03"},
    "monitoring.problem.negative": {"nl": "mag niet negatief zijn", "en": "may not be negative"},
    "monitoring.problem.too_large": {"nl": "is onwaarschijnlijk groot", "en": "is implausibly large"},
    "monitoring.problem.whole": {"nl": "moet een geheel aantal zijn", "en": "must be a whole number"},
    "monitoring.problem.zero_denominator": {"nl": "de noemer is 0", "en": "the denominator is 0"},
    "monitoring.problem.above_denominator": {
        "nl": "de teller is groter dan de noemer", "en": "the numerator is larger than the denominator"},
    "monitoring.problem.value_disagrees": {
        "nl": "de waarde is niet teller gedeeld door noemer; laat één van beide weg",
        "en": "the value is not numerator divided by denominator; leave one of them out"},
    "monitoring.problem.share_needs": {
        "nl": "een aandeel heeft teller en noemer nodig, of een waarde tussen 0 en 1",
        "en": "a share needs numerator and denominator, or a value between 0 and 1"},
    "monitoring.problem.share_above_one": {
        "nl": "een aandeel ligt tussen 0 en 1 (of 0% en 100%)",
        "en": "a share lies between 0 and 1 (or 0% and 100%)"},
    "monitoring.problem.count_needs": {"nl": "een aantal heeft een waarde nodig",
                                       "en": "a count needs a value"},
    "monitoring.problem.score_needs": {"nl": "een score heeft een waarde nodig",
                                       "en": "a score needs a value"},
    "monitoring.problem.duplicate": {
        "nl": "deze KPI en periode staan al in rij {first}",
        "en": "this KPI and period are already in row {first}"},
    "monitoring.problem.mixed_periods": {
        "nl": "andere soort periode dan in rij {first}; meet een KPI per jaar, kwartaal óf maand",
        "en": "another kind of period than in row {first}; measure a KPI per year, quarter or month"},
    "monitoring.programme_error.name_taken": {
        "nl": "er is al een programma '{name}'", "en": "there already is a programme '{name}'"},
    "monitoring.programme_error.name_empty": {"nl": "geef het programma een naam",
                                              "en": "give the programme a name"},
    "monitoring.programme_error.name_long": {"nl": "de naam is te lang (meer dan 200 tekens)",
                                             "en": "the name is too long (over 200 characters)"},
    "monitoring.kpi_error.key": {
        "nl": "code: kleine letters, cijfers en _ (2 tot 60 tekens), beginnend met een letter",
        "en": "code: lower-case letters, digits and _ (2 to 60 characters), starting with a letter"},
    "monitoring.kpi_error.key_taken": {"nl": "deze code bestaat al", "en": "this code already exists"},
    "monitoring.kpi_error.label": {"nl": "geef de KPI een naam", "en": "give the KPI a name"},
    "monitoring.kpi_error.definition": {
        "nl": "beschrijf de definitie (teller en noemer, of wat er geteld wordt)",
        "en": "describe the definition (numerator and denominator, or what is counted)"},
    "monitoring.kpi_error.kind": {"nl": "kies een eenheid", "en": "choose a unit"},
    "monitoring.kpi_error.direction": {"nl": "kies de goede richting", "en": "choose the good direction"},
    "monitoring.kpi_error.werksoort": {"nl": "kies een werksoort", "en": "choose a werksoort"},
    # --- preview columns ---
    "monitoring.col.row": {"nl": "rij", "en": "row"},
    "monitoring.col.kpi": {"nl": "KPI", "en": "KPI"},
    "monitoring.col.period": {"nl": "periode", "en": "period"},
    "monitoring.col.numerator": {"nl": "teller", "en": "numerator"},
    "monitoring.col.denominator": {"nl": "noemer", "en": "denominator"},
    "monitoring.col.value": {"nl": "waarde", "en": "value"},
    "monitoring.col.problems": {"nl": "problemen", "en": "problems"},
    "monitoring.col.low": {"nl": "95%-interval laag", "en": "95% interval low"},
    "monitoring.col.high": {"nl": "95%-interval hoog", "en": "95% interval high"},
    "monitoring.col.target": {"nl": "streefwaarde", "en": "target"},
    "monitoring.col.baseline": {"nl": "nulmeting", "en": "baseline"},
    "monitoring.col.programme": {"nl": "programma", "en": "programme"},
    "monitoring.col.label": {"nl": "naam", "en": "name"},
    "monitoring.col.werksoorten": {"nl": "werksoort(en)", "en": "werksoort(s)"},
    "monitoring.col.definition": {"nl": "definitie", "en": "definition"},
    "monitoring.col.kind": {"nl": "eenheid", "en": "unit"},
    "monitoring.col.direction": {"nl": "goede richting", "en": "good direction"},
    "monitoring.col.source": {"nl": "bron van de definitie", "en": "source of the definition"},
    "monitoring.col.changed_by": {"nl": "ingevoerd door", "en": "entered by"},
    "monitoring.col.changed_at": {"nl": "ingevoerd op", "en": "entered at"},
    "monitoring.col.replaced_by": {"nl": "gecorrigeerd door", "en": "corrected by"},
    "monitoring.col.replaced_at": {"nl": "gecorrigeerd op", "en": "corrected at"},
    "monitoring.col.periods": {"nl": "perioden", "en": "periods"},
    "monitoring.col.first": {"nl": "eerste", "en": "first"},
    "monitoring.col.last": {"nl": "laatste", "en": "last"},
    "monitoring.col.way": {"nl": "richting", "en": "trend"},
    "monitoring.col.small": {"nl": "kleine noemer", "en": "small denominator"},
    "monitoring.col.organisations": {"nl": "organisaties", "en": "organisations"},
    "monitoring.col.p25": {"nl": "25e percentiel", "en": "25th percentile"},
    "monitoring.col.p50": {"nl": "mediaan", "en": "median"},
    "monitoring.col.p75": {"nl": "75e percentiel", "en": "75th percentile"},
    "monitoring.col.own": {"nl": "eigen waarde", "en": "own value"},
    "monitoring.col.series": {"nl": "lijn", "en": "line"},
    "monitoring.kind.share": {"nl": "aandeel", "en": "share"},
    "monitoring.kind.count": {"nl": "aantal", "en": "count"},
    "monitoring.kind.score": {"nl": "score", "en": "score"},
    "monitoring.direction.up": {"nl": "hoger is beter", "en": "higher is better"},
    "monitoring.direction.down": {"nl": "lager is beter", "en": "lower is better"},
    "monitoring.way.good": {"nl": "de goede kant op", "en": "going the good way"},
    "monitoring.way.bad": {"nl": "de verkeerde kant op", "en": "going the wrong way"},
    "monitoring.way.unclear": {"nl": "geen duidelijke verandering", "en": "no clear change"},
    "monitoring.way.few": {"nl": "nog te weinig perioden", "en": "too few periods yet"},
    "monitoring.yes": {"nl": "ja", "en": "yes"},
    "monitoring.no": {"nl": "nee", "en": "no"},
    "monitoring.illustrative": {"nl": "illustratief", "en": "illustrative"},
    # --- CLI ---
    "monitoring.cli.help": {"nl": "monitoring met KPI's: metingen importeren, rapport",
                            "en": "monitoring with KPIs: import measurements, report"},
    "monitoring.cli.description": {
        "nl": "Metingen van KPI's per programma en periode (zie docs/kpi.md).",
        "en": "Measurements of KPIs per programme and period (see docs/kpi.md)."},
    "monitoring.cli.action": {"nl": "actie", "en": "action"},
    "monitoring.cli.import_help": {
        "nl": "metingen uit een of meer CSV- of xlsx-bestanden importeren (alles of niets)",
        "en": "import measurements from one or more CSV or xlsx files (all or nothing)"},
    "monitoring.cli.programme_help": {
        "nl": "naam van het programma (wordt aangemaakt als het nog niet bestaat); één keer "
              "voor alle bestanden, of één keer per bestand in dezelfde volgorde",
        "en": "name of the programme (created when it does not exist yet); once for every "
              "file, or once per file in the same order"},
    "monitoring.cli.files_help": {
        "nl": "een of meer CSV- of xlsx-bestanden, samen opgeslagen (alles of niets)",
        "en": "one or more CSV or xlsx files, saved together (all or nothing)"},
    "monitoring.cli.programme_count": {
        "nl": "--programme: geef één naam voor alle bestanden of één per bestand "
              "({files} bestanden, {names} namen)",
        "en": "--programme: give one name for every file or one per file "
              "({files} files, {names} names)"},
    "monitoring.cli.werksoort_help": {"nl": "werksoort van een nieuw programma: {choices}",
                                      "en": "werksoort of a new programme: {choices}"},
    "monitoring.cli.who_help": {"nl": "wie de metingen invoert (voor de geschiedenis)",
                                "en": "who enters the measurements (for the history)"},
    "monitoring.cli.report_help": {"nl": "alle metingen met waarde en 95%-interval",
                                   "en": "every measurement with value and 95% interval"},
    "monitoring.cli.json_help": {"nl": "als JSON-lijst", "en": "as a JSON list"},
    "monitoring.cli.only_help": {"nl": "alleen dit programma", "en": "only this programme"},
    "monitoring.cli.programme_empty": {"nl": "--programme: geef een naam",
                                       "en": "--programme: give a name"},
    "monitoring.cli.bad_werksoort": {"nl": "--werksoort: '{value}' is geen werksoort ({choices})",
                                     "en": "--werksoort: '{value}' is not a werksoort ({choices})"},
    "monitoring.cli.no_programme": {"nl": "--programme: geen programma '{name}'",
                                    "en": "--programme: no programme '{name}'"},
    "monitoring.cli.imported": {
        "nl": "{added} metingen toegevoegd en {corrected} gecorrigeerd in programma '{name}' (id {id})",
        "en": "{added} measurements added and {corrected} corrected in programme '{name}' (id {id})"},
    "monitoring.cli.empty_report": {"nl": "nog geen metingen", "en": "no measurements yet"},
}
WORDS.update({
    "monitoring.problem.benchmark_columns": {
        "nl": "een benchmarkbestand heeft de kolommen 'kpi', 'periode' en 'organisatie'",
        "en": "a benchmark file has the columns 'kpi', 'period' and 'organisation'"},
    "monitoring.trend.interval": {"nl": "95%-interval {low} tot {high}",
                                  "en": "95% interval {low} to {high}"},
    "monitoring.trend.small": {
        "nl": "Let op: de noemer is klein ({n}, minder dan {least}); een verschil kan toeval zijn.",
        "en": "Note: the denominator is small ({n}, fewer than {least}); a difference may be chance."},
})
WORDS.update({
    "monitoring.page.intro": {
        "nl": "Kies per programma een paar KPI's uit de bibliotheek, met een nulmeting en een "
              "streefwaarde. KPI's zijn indicatoren, geen afrekenlijstjes: het gaat om de trend.",
        "en": "Choose a few KPIs from the library per programme, with a baseline and a target. "
              "KPIs are indicators, not score cards: the trend is what matters."},
    "monitoring.page.programmes": {"nl": "Programma's", "en": "Programmes"},
    "monitoring.page.programme": {"nl": "Programma", "en": "Programme"},
    "monitoring.page.programme_name": {"nl": "Naam van het programma", "en": "Name of the programme"},
    "monitoring.page.project": {"nl": "Hoort bij Impactkaart-project", "en": "Belongs to Impactkaart project"},
    "monitoring.page.no_project": {"nl": "(geen)", "en": "(none)"},
    "monitoring.page.create": {"nl": "Programma aanmaken", "en": "Create programme"},
    "monitoring.page.created": {"nl": "Programma {name} aangemaakt.", "en": "Programme {name} created."},
    "monitoring.page.all_werksoorten": {"nl": "KPI's van alle werksoorten tonen",
                                        "en": "Show KPIs of every werksoort"},
    "monitoring.page.kpis": {"nl": "Gekozen KPI's", "en": "Chosen KPIs"},
    "monitoring.page.save_choices": {"nl": "KPI's, nulmetingen en streefwaarden bewaren",
                                     "en": "Save KPIs, baselines and targets"},
    "monitoring.page.saved": {"nl": "Bewaard.", "en": "Saved."},
    "monitoring.page.delete": {"nl": "Programma verwijderen", "en": "Delete programme"},
    "monitoring.page.delete_sure": {
        "nl": "Ja, verwijder {name} met al zijn metingen en hun geschiedenis",
        "en": "Yes, delete {name} with all its measurements and their history"},
    "monitoring.page.deleted": {"nl": "Programma {name} verwijderd.", "en": "Programme {name} deleted."},
    "monitoring.page.no_programmes": {"nl": "Nog geen programma's. Maak er hierboven een aan, "
                                            "of importeer metingen op de pagina Metingen.",
                                      "en": "No programmes yet. Create one above, or import "
                                            "measurements on the Measurements page."},
    "monitoring.page.library": {"nl": "De KPI-bibliotheek", "en": "The KPI library"},
    "monitoring.page.all": {"nl": "alle", "en": "all"},
    "monitoring.page.own_kpi": {"nl": "Eigen KPI toevoegen", "en": "Add an own KPI"},
    "monitoring.page.own_key": {"nl": "Code (bijv. buurt_ontmoetingen)", "en": "Code (e.g. buurt_ontmoetingen)"},
    "monitoring.page.own_label_nl": {"nl": "Naam (Nederlands)", "en": "Name (Dutch)"},
    "monitoring.page.own_label_en": {"nl": "Naam (Engels)", "en": "Name (English)"},
    "monitoring.page.add_own": {"nl": "KPI toevoegen", "en": "Add KPI"},
    "monitoring.page.own_added": {"nl": "KPI {name} toegevoegd.", "en": "KPI {name} added."},
})
WORDS.update({
    "monitoring.page.who": {"nl": "Uw naam (voor de geschiedenis van correcties)",
                            "en": "Your name (for the history of corrections)"},
    "monitoring.page.who_help": {"nl": "Wie een waarde invoert of corrigeert, wordt bewaard bij de oude waarde.",
                                 "en": "Who enters or corrects a value is kept with the old value."},
    "monitoring.page.anonymous": {"nl": "onbekend", "en": "unknown"},
    "monitoring.page.import": {"nl": "Importeren uit een registratiesysteem",
                               "en": "Import from a registration system"},
    "monitoring.page.import_help": {
        "nl": "Een CSV- of xlsx-bestand met de kolommen kpi, periode en teller + noemer of waarde "
              "(Engelse kopjes mogen ook). Alles of niets: bij één fout wordt niets opgeslagen.",
        "en": "A CSV or xlsx file with the columns kpi, period and numerator + denominator or value "
              "(Dutch headers work too). All or nothing: one error and nothing is saved."},
    "monitoring.page.new_programme": {"nl": "(nieuw programma)", "en": "(new programme)"},
    "monitoring.page.file": {"nl": "Bestand met metingen", "en": "File with measurements"},
    "monitoring.page.not_imported": {"nl": "Niet geïmporteerd; er is niets opgeslagen:",
                                     "en": "Not imported; nothing has been saved:"},
    "monitoring.page.ready": {"nl": "{n} metingen gelezen, zonder problemen.",
                              "en": "{n} measurements read, without problems."},
    "monitoring.page.do_import": {"nl": "Importeren", "en": "Import"},
    "monitoring.page.table": {"nl": "Invoeren en corrigeren in een tabel",
                              "en": "Enter and correct in a table"},
    "monitoring.page.save_table": {"nl": "Metingen bewaren", "en": "Save measurements"},
    "monitoring.page.not_saved": {"nl": "Niet bewaard:", "en": "Not saved:"},
    "monitoring.page.no_choices": {"nl": "Dit programma heeft nog geen KPI's; kies ze op de pagina "
                                         "Programma's en KPI's.",
                                   "en": "This programme has no KPIs yet; choose them on the page "
                                         "Programmes and KPIs."},
    "monitoring.page.history": {"nl": "Geschiedenis van correcties", "en": "History of corrections"},
    "monitoring.page.no_history": {"nl": "Nog geen correcties.", "en": "No corrections yet."},
})
WORDS.update({
    "monitoring.export.overview": {"nl": "Overzicht", "en": "Overview"},
    "monitoring.export.measurements": {"nl": "Metingen", "en": "Measurements"},
    "monitoring.export.kpis": {"nl": "KPI's", "en": "KPIs"},
    "monitoring.export.title": {"nl": "Monitor: KPI's per programma", "en": "Monitor: KPIs per programme"},
    "monitoring.export.made": {"nl": "Gemaakt op {date} met Impactkaart", "en": "Made on {date} with Impactkaart"},
    "monitoring.export.source": {"nl": "Definitie: {source}", "en": "Definition: {source}"},
    "monitoring.export.xlsx": {"nl": "Monitor als Excel", "en": "Monitor as Excel"},
    "monitoring.export.pdf": {"nl": "Monitor als PDF", "en": "Monitor as PDF"},
})
WORDS.update({
    "monitoring.page.nothing_yet": {
        "nl": "Nog geen metingen. Importeer ze op de pagina Metingen.",
        "en": "No measurements yet. Import them on the Measurements page."},
    "monitoring.page.overview": {"nl": "Alle programma's in één oogopslag",
                                 "en": "All programmes at a glance"},
    "monitoring.bench.title": {"nl": "Vergelijken met andere organisaties (geanonimiseerd)",
                               "en": "Compare with other organisations (anonymised)"},
    "monitoring.bench.help": {
        "nl": "Importeer een geanonimiseerd benchmarkbestand (kpi, periode, organisatie, waarde of "
              "teller en noemer). Alleen de verdeling over minstens {n} organisaties wordt bewaard "
              "en getoond, nooit het cijfer van één organisatie.",
        "en": "Import an anonymised benchmark file (kpi, period, organisation, value or numerator "
              "and denominator). Only the distribution over at least {n} organisations is kept "
              "and shown, never one organisation's figure."},
    "monitoring.bench.file": {"nl": "Benchmarkbestand", "en": "Benchmark file"},
    "monitoring.bench.source": {"nl": "Bron (bijv. het netwerk dat het bestand leverde)",
                                "en": "Source (e.g. the network that supplied the file)"},
    "monitoring.bench.import": {"nl": "Benchmark importeren", "en": "Import benchmark"},
    "monitoring.bench.saved": {
        "nl": "Benchmark bewaard voor {n} KPI-perioden; {dropped} weggelaten (minder dan {least} organisaties).",
        "en": "Benchmark saved for {n} KPI periods; {dropped} left out (fewer than {least} organisations)."},
    "monitoring.bench.line": {
        "nl": "Andere organisaties ({n}, {period}): 25% tot {p25}, mediaan {p50}, 75% tot {p75} (bron: {source}).",
        "en": "Other organisations ({n}, {period}): 25% up to {p25}, median {p50}, 75% up to {p75} (source: {source})."},
    "monitoring.bench.below": {"nl": "Uw waarde ligt onder het 25e percentiel.",
                               "en": "Your value lies below the 25th percentile."},
    "monitoring.bench.middle": {"nl": "Uw waarde ligt in de middelste helft.",
                                "en": "Your value lies in the middle half."},
    "monitoring.bench.above": {"nl": "Uw waarde ligt boven het 75e percentiel.",
                               "en": "Your value lies above the 75th percentile."},
})
WORDS.update({
    "monitoring.takeover.via": {
        "nl": "{outcome}: gemeten via KPI {kpi} ({programme}, {periods})",
        "en": "{outcome}: measured via KPI {kpi} ({programme}, {periods})"},
    "monitoring.takeover.title": {"nl": "Ex post overnemen uit een KPI",
                                  "en": "Take ex post over from a KPI"},
    "monitoring.takeover.help": {
        "nl": "Neem de gemeten hoeveelheid van een effect over uit de metingen van een KPI: de "
              "som van de tellers (of waarden) over de gekozen perioden, of die van de laatste. "
              "Eerst een voorbeeld; er wordt pas iets bewaard als u op Overnemen klikt.",
        "en": "Take an effect's measured quantity from a KPI's measurements: the sum of the "
              "numerators (or values) over the chosen periods, or the last one's. A preview "
              "first; nothing is saved until you click Take over."},
    "monitoring.takeover.effect": {"nl": "Effect", "en": "Effect"},
    "monitoring.takeover.kpi": {"nl": "KPI (programma)", "en": "KPI (programme)"},
    "monitoring.takeover.periods": {"nl": "Perioden", "en": "Periods"},
    "monitoring.takeover.mode": {"nl": "Hoeveelheid", "en": "Quantity"},
    "monitoring.takeover.mode.total": {"nl": "som over de perioden", "en": "sum over the periods"},
    "monitoring.takeover.mode.last": {"nl": "laatste periode", "en": "last period"},
    "monitoring.takeover.preview": {
        "nl": "{outcome}: gemeten hoeveelheid {old} wordt {new}; gemeten baten (contante waarde) "
              "{before} wordt {after}.",
        "en": "{outcome}: measured quantity {old} becomes {new}; measured benefits (present value) "
              "{before} becomes {after}."},
    "monitoring.takeover.apply": {"nl": "Overnemen", "en": "Take over"},
    "monitoring.takeover.done": {"nl": "Overgenomen: {text}", "en": "Taken over: {text}"},
    "monitoring.takeover.none": {
        "nl": "Nog geen programma met metingen van een aandeel of aantal (pagina Metingen).",
        "en": "No programme with measurements of a share or count yet (page Measurements)."},
    "monitoring.takeover.error.score": {"nl": "een score is geen hoeveelheid; kies een aandeel of aantal",
                                        "en": "a score is no quantity; choose a share or count"},
    "monitoring.takeover.error.mode": {"nl": "onbekende manier", "en": "unknown mode"},
    "monitoring.takeover.error.no_periods": {"nl": "kies minstens één periode",
                                             "en": "choose at least one period"},
    "monitoring.takeover.error.no_counts": {
        "nl": "een gekozen periode heeft geen teller (alleen een waarde)",
        "en": "a chosen period has no numerator (only a value)"},
    "monitoring.takeover.error.effect": {"nl": "kies een effect", "en": "choose an effect"},
    "monitoring.takeover.not_measured": {"nl": "niet gemeten", "en": "not measured"},
})
