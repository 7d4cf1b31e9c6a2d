"""Words of accounts and organisations (impactkaart/accounts, impactkaart/cli/organisation.py)."""

WORDS = {
    "accounts.role.beheerder": {"nl": "beheerder", "en": "administrator"},
    "accounts.role.bewerker": {"nl": "bewerker", "en": "editor"},
    "accounts.role.lezer": {"nl": "lezer", "en": "reader"},
    "accounts.not_allowed": {
        "nl": "Je hebt de rol lezer: je kunt hier niets wijzigen.",
        "en": "You have the reader role: you cannot change anything here.",
    },
    "accounts.error.bad_name": {
        "nl": "De naam van de organisatie is leeg of langer dan 200 tekens.",
        "en": "The organisation's name is empty or longer than 200 characters.",
    },
    "accounts.error.name_taken": {
        "nl": "Er is al een organisatie met de naam {name}.",
        "en": "There already is an organisation named {name}.",
    },
    "accounts.error.bad_email": {
        "nl": "{email} is geen e-mailadres.",
        "en": "{email} is not an e-mail address.",
    },
    "accounts.error.bad_role": {
        "nl": "Onbekende rol {role}: kies uit {roles}.",
        "en": "Unknown role {role}: choose from {roles}.",
    },
    "accounts.error.member_exists": {
        "nl": "{email} is al lid van deze organisatie.",
        "en": "{email} already is a member of this organisation.",
    },
    "accounts.error.no_member": {
        "nl": "{email} is geen lid van deze organisatie.",
        "en": "{email} is not a member of this organisation.",
    },
    "accounts.error.last_manager": {
        "nl": "Dit is de laatste beheerder van de organisatie: maak eerst iemand anders beheerder.",
        "en": "This is the organisation's last administrator: make someone else administrator first.",
    },
    "monitoring.programme_error.kpi_taken": {
        "nl": "er is al een eigen KPI met de sleutel {key}",
        "en": "there already is an own KPI with the key {key}",
    },
    "backup.error.accounts_table": {
        "nl": "tabel '{name}' hoort bij de accounts van de hele database: een back-up van de "
              "hele database kan niet terug in één organisatie",
        "en": "table '{name}' belongs to the accounts of the whole database: a back-up of the "
              "whole database cannot be restored into one organisation",
    },
    # the command line (impactkaart/cli/organisation.py)
    "cli.organisation.help": {
        "nl": "organisaties op een gedeelde database (maak: een organisatie met haar eerste beheerder)",
        "en": "organisations on a shared database (maak: an organisation with its first administrator)",
    },
    "cli.organisation.make.help": {
        "nl": "maak een organisatie met haar eerste beheerder",
        "en": "make an organisation with its first administrator",
    },
    "cli.organisation.list.help": {
        "nl": "toon de organisaties",
        "en": "list the organisations",
    },
    "cli.organisation.metavar": {"nl": "NAAM", "en": "NAME"},
    "cli.organisation.name.help": {"nl": "naam van de organisatie", "en": "name of the organisation"},
    "cli.organisation.manager.help": {
        "nl": "e-mailadres van de eerste beheerder (zoals het bij het inloggen bekend is)",
        "en": "e-mail address of the first administrator (as known at login)",
    },
    "cli.organisation.option.help": {
        "nl": "de organisatie waarin deze opdracht werkt (nodig zodra de database organisaties heeft)",
        "en": "the organisation this command works in (needed once the database has organisations)",
    },
    "cli.organisation.made": {
        "nl": "Organisatie {name} gemaakt (nummer {id}), met beheerder {email}.",
        "en": "Organisation {name} made (number {id}), with administrator {email}.",
    },
    "cli.organisation.claim.help": {
        "nl": "geef alles wat al in de database stond (van voor de organisaties) aan deze organisatie",
        "en": "give everything already in the database (from before the organisations) to this organisation",
    },
    "cli.organisation.claimed": {
        "nl": "{n} bestaande project(en), met workshops en KPI-programma's, horen nu bij {name}.",
        "en": "{n} existing project(s), with workshops and KPI programmes, now belong to {name}.",
    },
    "cli.organisation.none": {"nl": "Er zijn nog geen organisaties.", "en": "There are no organisations yet."},
    "cli.organisation.missing": {
        "nl": "Deze database heeft organisaties: geef aan in welke je werkt met --organisatie NAAM "
              "(bekend: {names}).",
        "en": "This database has organisations: say which one you work in with --organisatie NAME "
              "(known: {names}).",
    },
    "cli.organisation.unknown": {
        "nl": "Onbekende organisatie {name} bij --organisatie (bekend: {names}).",
        "en": "Unknown organisation {name} for --organisatie (known: {names}).",
    },
}
