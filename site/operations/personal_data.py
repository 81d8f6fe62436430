"""Personal data, one registry: every app that keeps data about a person registers what, why, for how long,
and how to export and erase it. The privacy page, the export/erase commands, the admin view and the retention
task all read this registry, so a new kind of personal data is declared once.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PersonalDataKind:
    key: str
    label: str  # what is kept, for the privacy page
    purpose: str  # why
    retention: str  # how long, in words
    export: object  # callable(email) -> list of dicts
    erase: object  # callable(email) -> number of records erased
    retention_days: int | None = None  # applied by apply_retention() when set
    expire: object = None  # callable(cutoff datetime) -> number of records removed


_REGISTRY = {}


def register(kind):
    _REGISTRY[kind.key] = kind
    return kind


def kinds():
    return list(_REGISTRY.values())


def export_person(email):
    return {kind.key: kind.export(email) for kind in kinds()}


def erase_person(email):
    """Erases the account last: the other kinds find a person's records through it."""
    ordered = sorted(kinds(), key=lambda kind: kind.key == "accounts")
    return {kind.key: kind.erase(email) for kind in ordered}


def apply_retention(now=None):
    now = now or timezone.now()
    return {
        kind.key: kind.expire(now - timedelta(days=kind.retention_days))
        for kind in kinds()
        if kind.retention_days and kind.expire
    }


# Accounts (partners, editors, reviewers, translators).
def _users(email):
    return get_user_model().objects.filter(email__iexact=email.strip())


def _export_accounts(email):
    return [
        {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "groups": sorted(user.groups.values_list("name", flat=True)),
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        }
        for user in _users(email).prefetch_related("groups")
    ]


def _erase_accounts(email):
    """Deletes the account; pages and revisions it wrote stay, their author set to nobody by Wagtail's SET_NULL."""
    count = 0
    for user in _users(email):
        user.delete()
        count += 1
    return count


register(
    PersonalDataKind(
        key="accounts",
        label=_("Accounts of partners and of the editorial team: user name, name, e-mail address, groups, dates."),
        purpose=_("To log in to the partner space and the administration."),
        retention=_("Until the account is closed, on request or when the partnership ends."),
        export=_export_accounts,
        erase=_erase_accounts,
    )
)


def _expire_sessions(cutoff):
    return Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]


register(
    PersonalDataKind(
        key="sessions",
        label=_("A session cookie while you are logged in, and a CSRF cookie on pages with a form."),
        purpose=_("To keep you logged in and to protect forms; no other cookie, no tracking, no third party."),
        retention=_("Until you log out, two weeks at most."),
        export=lambda email: [],
        erase=lambda email: 0,  # sessions hold no address; erasing the account ends them
        retention_days=1,
        expire=_expire_sessions,
    )
)
