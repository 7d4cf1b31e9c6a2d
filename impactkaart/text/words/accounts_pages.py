"""Words of login and the Beheer pages (issue 21): impactkaart/accounts/config.py,
views/components/auth.py, views/beheer/."""

WORDS = {
    # Start-up checks of IMPACTKAART_AUTH and the [auth] table (impactkaart/accounts/config.py).
    "login.config.bad_mode": {
        "nl": "`{env}` heeft de waarde '{value}'. Toegestaan zijn `oidc` (inloggen aan) of leeg "
              "(geen inloggen, zoals op een laptop). De app start niet tot dit is verbeterd.",
        "en": "`{env}` is set to '{value}'. Allowed are `oidc` (login on) or empty (no login, as "
              "on a laptop). The app does not start until this is corrected.",
    },
    "login.config.no_authlib": {
        "nl": "Inloggen staat aan (`{env}=oidc`), maar het pakket Authlib ontbreekt. Installeer het "
              "met `pip install 'Authlib>=1.3.2'` (of `pip install impactkaart[auth]`).",
        "en": "Login is on (`{env}=oidc`), but the Authlib package is missing. Install it with "
              "`pip install 'Authlib>=1.3.2'` (or `pip install impactkaart[auth]`).",
    },
    "login.config.no_table": {
        "nl": "Inloggen staat aan (`{env}=oidc`), maar `{file}` heeft geen tabel `[auth]`. Zet daar "
              "`redirect_uri`, `cookie_secret`, `client_id`, `client_secret` en "
              "`server_metadata_url` van uw OpenID Connect-aanbieder (zie docs/deploy.md).",
        "en": "Login is on (`{env}=oidc`), but `{file}` has no `[auth]` table. Put the "
              "`redirect_uri`, `cookie_secret`, `client_id`, `client_secret` and "
              "`server_metadata_url` of your OpenID Connect provider there (see docs/deploy.md).",
    },
    "login.config.missing": {
        "nl": "De tabel `[auth]` in `{file}` mist {keys}. Inloggen kan zo niet werken (zie "
              "docs/deploy.md).",
        "en": "The `[auth]` table in `{file}` lacks {keys}. Login cannot work like this (see "
              "docs/deploy.md).",
    },
    "login.config.redirect": {
        "nl": "`redirect_uri` in `[auth]` van `{file}` is '{value}': dat moet het volledige adres "
              "van de app zijn dat eindigt op `/oauth2callback`, bijvoorbeeld "
              "`https://impactkaart.example.nl/oauth2callback`.",
        "en": "`redirect_uri` in `[auth]` of `{file}` is '{value}': it must be the app's full "
              "address ending in `/oauth2callback`, for example "
              "`https://impactkaart.example.nl/oauth2callback`.",
    },
    "login.config.metadata": {
        "nl": "`server_metadata_url` in `[auth]` van `{file}` is '{value}': dat moet een volledig "
              "adres zijn (http:// of https://), meestal eindigend op "
              "`/.well-known/openid-configuration`.",
        "en": "`server_metadata_url` in `[auth]` of `{file}` is '{value}': it must be a full "
              "address (http:// or https://), usually ending in `/.well-known/openid-configuration`.",
    },
    "login.config.cookie_secret": {
        "nl": "`cookie_secret` in `[auth]` van `{file}` is te kort: gebruik minstens {minimum} "
              "willekeurige tekens (bijvoorbeeld `python -c \"import secrets; "
              "print(secrets.token_hex(32))\"`).",
        "en": "`cookie_secret` in `[auth]` of `{file}` is too short: use at least {minimum} random "
              "characters (for example `python -c \"import secrets; print(secrets.token_hex(32))\"`).",
    },
    "login.config.bad_toml": {
        "nl": "Het bestand {path} is geen geldige TOML: {why}",
        "en": "The file {path} is not valid TOML: {why}",
    },
    "login.config.title": {"nl": "Inloggen is niet goed ingesteld", "en": "Login is not set up correctly"},
    # The login screen and the sidebar (views/components/auth.py).
    "login.title": {"nl": "Inloggen bij Impactkaart", "en": "Log in to Impactkaart"},
    "login.intro": {
        "nl": "Deze Impactkaart wordt gedeeld door meerdere organisaties. Log in met het account "
              "van uw organisatie; u ziet daarna alleen de projecten van uw eigen organisatie.",
        "en": "This Impactkaart is shared by several organisations. Log in with your "
              "organisation's account; you will then see only your own organisation's projects.",
    },
    "login.button": {"nl": "Inloggen", "en": "Log in"},
    "login.logout": {"nl": "Uitloggen", "en": "Log out"},
    "login.signed_in": {"nl": "Ingelogd als **{name}**", "en": "Logged in as **{name}**"},
    "login.organisation": {"nl": "Organisatie: {name}", "en": "Organisation: {name}"},
    "login.role": {"nl": "Rol: {role}", "en": "Role: {role}"},
    "login.choose": {"nl": "Organisatie", "en": "Organisation"},
    "login.role.beheerder": {"nl": "beheerder", "en": "administrator"},
    "login.role.bewerker": {"nl": "bewerker", "en": "editor"},
    "login.role.lezer": {"nl": "lezer", "en": "reader"},
    "login.no_email": {
        "nl": "Uw account geeft geen e-mailadres door, en daaraan herkent Impactkaart wie u bent. "
              "Vraag de beheerder van uw inlogdienst om de claim `email` mee te sturen.",
        "en": "Your account does not pass on an email address, which is how Impactkaart knows "
              "who you are. Ask the administrator of your login service to send the `email` claim.",
    },
    "login.no_org.title": {"nl": "Nog geen organisatie", "en": "No organisation yet"},
    "login.no_org.body": {
        "nl": "U bent ingelogd als {email}, maar dit adres hoort nog bij geen enkele organisatie. "
              "Vraag de beheerder van uw organisatie om u uit te nodigen met dit e-mailadres; "
              "daarna ziet u hier de projecten van uw organisatie.",
        "en": "You are logged in as {email}, but this address does not belong to any "
              "organisation yet. Ask your organisation's administrator to invite you with this "
              "email address; you will then see your organisation's projects here.",
    },
    "login.read_only": {
        "nl": "U bent **lezer** in deze organisatie: u kunt alles bekijken, maar niets wijzigen. "
              "Deze pagina is om te bewerken; vraag een beheerder om de rol bewerker als u dat nodig heeft.",
        "en": "You are a **reader** in this organisation: you can look at everything but change "
              "nothing. This page is for editing; ask an administrator for the editor role if you need it.",
    },
    "login.read_only_part": {
        "nl": "U bent **lezer** in deze organisatie: u kunt dit bekijken, maar niets wijzigen, "
              "een naam geven, terugzetten, delen of becommentariëren.",
        "en": "You are a **reader** in this organisation: you can look at this but not change, "
              "name, restore, share or comment on anything.",
    },
    "login.not_allowed": {
        "nl": "Dat mag uw rol niet: {why}",
        "en": "Your role does not allow that: {why}",
    },
    # The Beheer pages (views/beheer/).
    "nav.section.beheer": {"nl": "Beheer", "en": "Administration"},
    "nav.beheer-leden": {"nl": "Leden en rollen", "en": "Members and roles"},
    "nav.beheer-logboek": {"nl": "Logboek", "en": "Audit trail"},
    "nav.beheer-benchmark": {"nl": "Benchmark delen", "en": "Share in the benchmark"},
    "beheer.only_beheerder": {
        "nl": "Deze pagina is alleen voor de beheerder van een organisatie, met inloggen aan.",
        "en": "This page is only for an organisation's administrator, with login switched on.",
    },
    "beheer.members.title": {"nl": "Leden en rollen", "en": "Members and roles"},
    "beheer.members.intro": {
        "nl": "Wie bij **{org}** hoort en wat ieder mag: een beheerder nodigt uit en beheert, een "
              "bewerker bewerkt, een lezer kijkt alleen.",
        "en": "Who belongs to **{org}** and what each may do: an administrator invites and "
              "manages, an editor edits, a reader only looks.",
    },
    "beheer.members.empty": {"nl": "Nog geen leden.", "en": "No members yet."},
    "beheer.col.subject": {"nl": "E-mailadres", "en": "Email address"},
    "beheer.col.name": {"nl": "Naam", "en": "Name"},
    "beheer.col.role": {"nl": "Rol", "en": "Role"},
    "beheer.col.added_at": {"nl": "Lid sinds", "en": "Member since"},
    "beheer.invite.title": {"nl": "Iemand uitnodigen", "en": "Invite someone"},
    "beheer.invite.email": {"nl": "E-mailadres", "en": "Email address"},
    "beheer.invite.name": {"nl": "Naam (mag leeg)", "en": "Name (may be empty)"},
    "beheer.invite.role": {"nl": "Rol", "en": "Role"},
    "beheer.invite.button": {"nl": "Uitnodigen", "en": "Invite"},
    "beheer.invite.bad_email": {
        "nl": "'{email}' is geen e-mailadres: het inloggen herkent iemand aan het e-mailadres "
              "(bijvoorbeeld naam@organisatie.nl).",
        "en": "'{email}' is not an email address: login recognises people by their email address "
              "(for example name@organisation.org).",
    },
    "beheer.invite.done": {
        "nl": "{email} is toegevoegd als {role}. Bij de eerste keer inloggen met dit adres komt "
              "die persoon meteen in deze organisatie.",
        "en": "{email} has been added as {role}. On first logging in with this address that "
              "person is in this organisation straight away.",
    },
    "beheer.change.title": {"nl": "Rol wijzigen of iemand verwijderen", "en": "Change a role or remove someone"},
    "beheer.change.who": {"nl": "Lid", "en": "Member"},
    "beheer.change.role": {"nl": "Nieuwe rol", "en": "New role"},
    "beheer.change.button": {"nl": "Rol wijzigen", "en": "Change role"},
    "beheer.change.done": {"nl": "{email} is nu {role}.", "en": "{email} is now {role}."},
    "beheer.remove.button": {"nl": "Uit de organisatie verwijderen", "en": "Remove from the organisation"},
    "beheer.remove.confirm": {
        "nl": "Ja, verwijder {email} uit {org}", "en": "Yes, remove {email} from {org}",
    },
    "beheer.remove.done": {"nl": "{email} is verwijderd.", "en": "{email} has been removed."},
    "beheer.audit.title": {"nl": "Logboek", "en": "Audit trail"},
    "beheer.audit.intro": {
        "nl": "Wie wanneer inlogde, uitnodigde, rollen wijzigde, exporteerde, verwijderde of "
              "herstelde in **{org}**, het nieuwste eerst.",
        "en": "Who logged in, invited, changed roles, exported, deleted or restored in **{org}** "
              "and when, newest first.",
    },
    "beheer.audit.empty": {"nl": "Nog niets vastgelegd.", "en": "Nothing recorded yet."},
    "beheer.col.at": {"nl": "Wanneer", "en": "When"},
    "beheer.col.action": {"nl": "Wat", "en": "What"},
    "beheer.col.target": {"nl": "Waarop", "en": "On"},
    "beheer.col.detail": {"nl": "Details", "en": "Details"},
    "beheer.action.login": {"nl": "ingelogd", "en": "logged in"},
    "beheer.action.logout": {"nl": "uitgelogd", "en": "logged out"},
    "beheer.action.invite": {"nl": "uitgenodigd", "en": "invited"},
    "beheer.action.remove": {"nl": "verwijderd uit organisatie", "en": "removed from organisation"},
    "beheer.action.role": {"nl": "rol gewijzigd", "en": "role changed"},
    "beheer.action.export": {"nl": "geëxporteerd", "en": "exported"},
    "beheer.action.delete": {"nl": "verwijderd", "en": "deleted"},
    "beheer.action.restore": {"nl": "hersteld", "en": "restored"},
    "beheer.action.opt_in": {"nl": "benchmark-deelname gewijzigd", "en": "benchmark participation changed"},
    "beheer.bench.title": {"nl": "Benchmark delen", "en": "Share in the benchmark"},
    "beheer.bench.intro": {
        "nl": "Doet **{org}** mee aan de geanonimiseerde benchmark? Dan telt per soort project het "
              "mediane rendement van uw projecten mee in een verdeling over organisaties. Die "
              "verdeling is pas te zien als minstens 5 organisaties meedoen, en nooit met het "
              "getal van één organisatie.",
        "en": "Does **{org}** take part in the anonymised benchmark? Then, per project type, the "
              "median return of your projects counts in a distribution over organisations. That "
              "distribution is shown only when at least 5 organisations take part, and never with "
              "one organisation's figure.",
    },
    "beheer.bench.switch": {"nl": "Meedoen aan de benchmark", "en": "Take part in the benchmark"},
    "beheer.bench.on": {"nl": "{org} doet mee aan de benchmark.", "en": "{org} takes part in the benchmark."},
    "beheer.bench.off": {"nl": "{org} doet niet mee aan de benchmark.", "en": "{org} does not take part in the benchmark."},
    "beheer.error": {"nl": "Niet gelukt: {why}", "en": "Did not work: {why}"},
}
