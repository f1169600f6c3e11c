"""What the consent mail and pages say, in German and English.

Plain ``str.format`` templates; the values put into them (names, company) are escaped by Jinja2
when they end up in HTML. German is the default; English is used for employees whose language
is English, and on the pages when ``?lang=en`` asks for it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from cloudsetup.models import Language

# What agreeing means; said in the mail and again on the page he agrees on.
_MEANING_DE: Final = (
    "Wenn Sie einverstanden sind, erhalten Sie firmeninterne Daten von {company} – Kunden, "
    "Artikel, Projekte und Rechnungen – auf Ihrer Handy-App oder Ihrem Zweitrechner. Diese "
    "Daten sind vertraulich und nur für Ihre Arbeit bestimmt."
)
_MEANING_EN: Final = (
    "If you agree, you will receive company-internal data of {company} – customers, articles, "
    "projects and invoices – on your phone app or your second computer. This data is "
    "confidential and meant for your work only."
)

TEXTS: Final[dict[Language, dict[str, str]]] = {
    Language.DE: {
        "html_lang": "de",
        "mail_subject": "Bitte bestätigen: Ihr Cloud-Zugang bei {company}",
        "mail_greeting": "Hallo {name},",
        "mail_intro": "{company} richtet für Sie einen Zugang zur Firmen-Cloud ein.",
        "meaning": _MEANING_DE,
        "mail_action": "Bitte öffnen Sie diesen Link und bestätigen Sie dort mit "
        "„Ich bin einverstanden“:",
        "mail_button": "Einverständnis geben",
        "mail_expiry": "Der Link gilt bis {expires} und kann nur einmal benutzt werden.",
        "mail_ignore": "Wenn Sie das nicht erwartet haben, müssen Sie nichts tun: ohne Ihre "
        "Bestätigung wird kein Zugang freigeschaltet.",
        "mail_closing": "Viele Grüße\n{company}",
        "date_format": "%d.%m.%Y, %H:%M UTC",
        "consent_title": "Einverständnis für den Cloud-Zugang",
        "consent_greeting": "Hallo {name},",
        "consent_intro": "{company} möchte Ihnen einen Zugang zur Firmen-Cloud einrichten.",
        "consent_decline": "Wenn Sie nicht einverstanden sind, schließen Sie diese Seite "
        "einfach; es wird dann kein Zugang freigeschaltet.",
        "consent_button": "Ich bin einverstanden",
        "confirmed_title": "Bestätigt",
        "confirmed_body": "Vielen Dank, {name}. Ihr Einverständnis ist gespeichert; "
        "{company} kann Ihren Cloud-Zugang jetzt freigeben.",
        "expired_title": "Link abgelaufen",
        "expired_body": "Dieser Link ist nicht mehr gültig. Sie können einen neuen Link an "
        "Ihre E-Mail-Adresse anfordern.",
        "expired_button": "Neuen Link anfordern",
        "renewed_title": "Neuer Link gesendet",
        "renewed_body": "Wir haben Ihnen einen neuen Link an {email} geschickt. Bitte öffnen "
        "Sie die neueste E-Mail.",
        "used_title": "Link bereits benutzt",
        "used_body": "Sie haben Ihr Einverständnis bereits bestätigt. Es ist nichts weiter zu tun.",
        "replaced_title": "Link nicht mehr gültig",
        "replaced_body": "Es wurde inzwischen ein neuerer Link an Ihre E-Mail-Adresse "
        "geschickt. Bitte benutzen Sie den Link aus der neuesten E-Mail.",
        "invalid_title": "Link ungültig",
        "invalid_body": "Dieser Link ist nicht gültig. Bitte prüfen Sie, ob Sie ihn vollständig "
        "übernommen haben, oder fragen Sie in Ihrem Büro nach einem neuen Link.",
        "mail_failed_title": "E-Mail konnte nicht gesendet werden",
        "mail_failed_body": "Der neue Link konnte gerade nicht verschickt werden. Bitte "
        "versuchen Sie es später noch einmal oder wenden Sie sich an Ihr Büro.",
        "refused_title": "Anfrage abgelehnt",
        "refused_body": "Diese Anfrage kam nicht von der Bestätigungsseite. Bitte öffnen Sie "
        "den Link aus Ihrer E-Mail noch einmal.",
    },
    Language.EN: {
        "html_lang": "en",
        "mail_subject": "Please confirm: your cloud access at {company}",
        "mail_greeting": "Hello {name},",
        "mail_intro": "{company} is setting up access to the company cloud for you.",
        "meaning": _MEANING_EN,
        "mail_action": "Please open this link and confirm there with “I agree”:",
        "mail_button": "Give consent",
        "mail_expiry": "The link is valid until {expires} and can be used once.",
        "mail_ignore": "If you did not expect this, there is nothing to do: without your "
        "confirmation no access is activated.",
        "mail_closing": "Kind regards\n{company}",
        "date_format": "%Y-%m-%d %H:%M UTC",
        "consent_title": "Consent for cloud access",
        "consent_greeting": "Hello {name},",
        "consent_intro": "{company} would like to set up access to the company cloud for you.",
        "consent_decline": "If you do not agree, simply close this page; no access is "
        "activated then.",
        "consent_button": "I agree",
        "confirmed_title": "Confirmed",
        "confirmed_body": "Thank you, {name}. Your consent has been recorded; {company} can "
        "now enable your cloud access.",
        "expired_title": "Link expired",
        "expired_body": "This link is no longer valid. You can request a new link to your "
        "e-mail address.",
        "expired_button": "Request a new link",
        "renewed_title": "New link sent",
        "renewed_body": "We have sent a new link to {email}. Please open the newest e-mail.",
        "used_title": "Link already used",
        "used_body": "You have already given your consent. There is nothing more to do.",
        "replaced_title": "Link no longer valid",
        "replaced_body": "A newer link has been sent to your e-mail address since. Please use "
        "the link in the newest e-mail.",
        "invalid_title": "Invalid link",
        "invalid_body": "This link is not valid. Please check that you copied all of it, or "
        "ask your office for a new link.",
        "mail_failed_title": "The e-mail could not be sent",
        "mail_failed_body": "The new link could not be sent just now. Please try again later "
        "or contact your office.",
        "refused_title": "Request refused",
        "refused_body": "This request did not come from the confirmation page. Please open the "
        "link in your e-mail again.",
    },
}


def text(language: Language, key: str, **values: str) -> str:
    return TEXTS[language][key].format(**values)


def format_time(language: Language, moment: datetime) -> str:
    return moment.strftime(TEXTS[language]["date_format"])
