"""What the invitation mail and page say, in German and English.

Plain ``str.format`` templates like the consent texts; values put into them (names, company,
user names) are escaped by Jinja2 where they end up in HTML. The language is the one the
inviting admin chose, or ``?lang=`` on the page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from cloudsetup.models import Language, PasswordProblem, Role
from cloudsetup.models.passwords import MAX_LENGTH, MIN_LENGTH

ROLE_NAMES: Final = {
    Language.DE: {Role.ADMINISTRATION: "Verwaltung", Role.SERVICE_PROVIDER: "Service Provider"},
    Language.EN: {
        Role.ADMINISTRATION: "Administration",
        Role.SERVICE_PROVIDER: "Service Provider",
    },
}

_DE: Final = {
    "html_lang": "de",
    "date_format": "%d.%m.%Y, %H:%M UTC",
    "mail_subject": "Einladung: Ihr Zugang zur Cloud von {company}",
    "mail_greeting": "Hallo {name},",
    "mail_intro": "{inviter} lädt Sie ein, die Cloud von {company} mitzuverwalten, mit der "
    "Rolle „{role}“.",
    "mail_action": "Bitte öffnen Sie diesen Link, wählen Sie dort Ihren Benutzernamen und Ihr "
    "Passwort und bestätigen Sie mit „Zugang einrichten“:",
    "mail_button": "Zugang einrichten",
    "mail_expiry": "Der Link gilt bis {expires} und kann nur einmal benutzt werden.",
    "mail_ignore": "Wenn Sie das nicht erwartet haben, müssen Sie nichts tun: ohne Ihre "
    "Bestätigung wird kein Zugang eingerichtet.",
    "mail_closing": "Viele Grüße\n{company}",
    "invite_title": "Ihr Zugang zur Cloud von {company}",
    "invite_intro": "Sie wurden mit der Rolle „{role}“ eingeladen. Wählen Sie Ihren "
    "Benutzernamen und Ihr Passwort; damit melden Sie sich danach in cloudsetup an.",
    "username_label": "Benutzername",
    "username_hint": "Leer lassen, um Ihre E-Mail-Adresse zu verwenden. Erlaubt sind "
    "Kleinbuchstaben a–z, Ziffern und . _ @ + -",
    "password_label": "Passwort",
    "password_hint": f"Mindestens {MIN_LENGTH} Zeichen, kein sehr häufiges Passwort, nicht der "
    "Firmenname, Ihr Name oder Ihre E-Mail-Adresse.",
    "repeat_label": "Passwort wiederholen",
    "invite_button": "Zugang einrichten",
    "form_problem": "Bitte prüfen Sie die markierten Felder.",
    "accepted_title": "Zugang eingerichtet",
    "accepted_body": "Ihr Zugang zur Cloud von {company} ist eingerichtet. Melden Sie sich in "
    "cloudsetup mit diesen Daten und Ihrem Passwort an:",
    "fact_server": "Server",
    "fact_domain": "Domäne",
    "fact_username": "Benutzername",
    "expired_title": "Einladung abgelaufen",
    "expired_body": "Dieser Link ist nicht mehr gültig. Bitten Sie die Person, die Sie "
    "eingeladen hat, die Einladung erneut zu senden.",
    "used_title": "Einladung bereits angenommen",
    "used_body": "Ihr Zugang ist bereits eingerichtet. Melden Sie sich in cloudsetup mit Ihrem "
    "Benutzernamen und Passwort an.",
    "replaced_title": "Link nicht mehr gültig",
    "replaced_body": "Inzwischen wurde eine neuere Einladung an Ihre E-Mail-Adresse geschickt. "
    "Bitte benutzen Sie den Link aus der neuesten E-Mail.",
    "revoked_title": "Einladung zurückgezogen",
    "revoked_body": "Diese Einladung wurde zurückgezogen. Wenden Sie sich an die Person, die Sie "
    "eingeladen hat.",
    "invalid_title": "Link ungültig",
    "invalid_body": "Dieser Link ist nicht gültig. Bitte prüfen Sie, ob Sie ihn vollständig "
    "übernommen haben.",
    "refused_title": "Anfrage abgelehnt",
    "refused_body": "Diese Anfrage kam nicht von der Einladungsseite. Bitte öffnen Sie den Link "
    "aus Ihrer E-Mail noch einmal.",
    # The reasons shown at the fields.
    "username_empty": "Bitte geben Sie einen Benutzernamen ein.",
    "username_length": "Der Benutzername ist zu lang (höchstens 64 Zeichen).",
    "username_characters": "Der Benutzername darf nur Kleinbuchstaben a–z, Ziffern und . _ @ + - "
    "enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden.",
    "username_taken": "Diesen Benutzernamen gibt es in dieser Cloud schon. Bitte wählen Sie "
    "einen anderen.",
    "email_not_username": "Ihre E-Mail-Adresse kann nicht als Benutzername dienen. Bitte geben "
    "Sie einen Benutzernamen ein.",
    PasswordProblem.TOO_SHORT: f"Das Passwort ist zu kurz: mindestens {MIN_LENGTH} Zeichen.",
    PasswordProblem.TOO_LONG: f"Das Passwort ist zu lang: höchstens {MAX_LENGTH} Zeichen.",
    PasswordProblem.COMMON: "Dieses Passwort gehört zu den häufigsten Passwörtern und ist "
    "leicht zu erraten.",
    PasswordProblem.CONTAINS_COMPANY: "Das Passwort darf den Firmennamen nicht enthalten.",
    PasswordProblem.CONTAINS_NAME: "Das Passwort darf Ihren Namen oder Benutzernamen nicht "
    "enthalten.",
    PasswordProblem.CONTAINS_EMAIL: "Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.",
    "password_mismatch": "Die beiden Passwörter stimmen nicht überein.",
}

_EN: Final = {
    "html_lang": "en",
    "date_format": "%Y-%m-%d %H:%M UTC",
    "mail_subject": "Invitation: your access to the cloud of {company}",
    "mail_greeting": "Hello {name},",
    "mail_intro": "{inviter} invites you to help administer the cloud of {company}, with the "
    "role “{role}”.",
    "mail_action": "Please open this link, choose your user name and password there and "
    "confirm with “Set up access”:",
    "mail_button": "Set up access",
    "mail_expiry": "The link is valid until {expires} and can be used once.",
    "mail_ignore": "If you did not expect this, there is nothing to do: without your "
    "confirmation no access is set up.",
    "mail_closing": "Kind regards\n{company}",
    "invite_title": "Your access to the cloud of {company}",
    "invite_intro": "You have been invited with the role “{role}”. Choose your user name and "
    "password; you sign in to cloudsetup with them afterwards.",
    "username_label": "User name",
    "username_hint": "Leave it empty to use your e-mail address. Allowed are lower-case "
    "letters a–z, digits and . _ @ + -",
    "password_label": "Password",
    "password_hint": f"At least {MIN_LENGTH} characters, not a very common password, not the "
    "company name, your name or your e-mail address.",
    "repeat_label": "Repeat the password",
    "invite_button": "Set up access",
    "form_problem": "Please check the marked fields.",
    "accepted_title": "Access set up",
    "accepted_body": "Your access to the cloud of {company} is set up. Sign in to cloudsetup "
    "with these details and your password:",
    "fact_server": "Server",
    "fact_domain": "Domain",
    "fact_username": "User name",
    "expired_title": "Invitation expired",
    "expired_body": "This link is no longer valid. Ask the person who invited you to send the "
    "invitation again.",
    "used_title": "Invitation already accepted",
    "used_body": "Your access is set up already. Sign in to cloudsetup with your user name and "
    "password.",
    "replaced_title": "Link no longer valid",
    "replaced_body": "A newer invitation has been sent to your e-mail address since. Please use "
    "the link in the newest e-mail.",
    "revoked_title": "Invitation withdrawn",
    "revoked_body": "This invitation has been withdrawn. Please contact the person who invited "
    "you.",
    "invalid_title": "Invalid link",
    "invalid_body": "This link is not valid. Please check that you copied all of it.",
    "refused_title": "Request refused",
    "refused_body": "This request did not come from the invitation page. Please open the link "
    "in your e-mail again.",
    "username_empty": "Please enter a user name.",
    "username_length": "The user name is too long (at most 64 characters).",
    "username_characters": "The user name may only contain lower-case letters a–z, digits and "
    ". _ @ + - and must begin and end with a letter or digit.",
    "username_taken": "This user name exists in this cloud already. Please choose another one.",
    "email_not_username": "Your e-mail address cannot serve as a user name. Please enter a "
    "user name.",
    PasswordProblem.TOO_SHORT: f"The password is too short: at least {MIN_LENGTH} characters.",
    PasswordProblem.TOO_LONG: f"The password is too long: at most {MAX_LENGTH} characters.",
    PasswordProblem.COMMON: "This password is one of the most common ones and easy to guess.",
    PasswordProblem.CONTAINS_COMPANY: "The password must not contain the company name.",
    PasswordProblem.CONTAINS_NAME: "The password must not contain your name or user name.",
    PasswordProblem.CONTAINS_EMAIL: "The password must not contain your e-mail address.",
    "password_mismatch": "The two passwords do not match.",
}

TEXTS: Final[dict[Language, dict[str, str]]] = {Language.DE: _DE, Language.EN: _EN}


def text(language: Language, key: str, **values: str) -> str:
    return TEXTS[language][key].format(**values)


def role_name(language: Language, role: Role) -> str:
    return ROLE_NAMES[language][role]


def format_time(language: Language, moment: datetime) -> str:
    return moment.strftime(TEXTS[language]["date_format"])
