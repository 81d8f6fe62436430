"""Signed links: the confirmation carries the address (nothing is stored before it), unsubscribing needs no login."""

from django.core import signing

CONFIRM_SALT = "letter.confirm"
UNSUBSCRIBE_SALT = "letter.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600


def confirmation_token(email, language, alert=""):
    return signing.dumps({"e": email, "l": language, "a": alert}, salt=CONFIRM_SALT, compress=True)


def read_confirmation(token):
    """(email, language, alert query string); raises signing.BadSignature (or SignatureExpired)."""
    data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    return data["e"], data["l"], data.get("a", "")


def unsubscribe_token(email):
    return signing.dumps(email, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe(token):
    return signing.loads(token, salt=UNSUBSCRIBE_SALT)
