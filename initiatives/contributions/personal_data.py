"""What the contact relay and the proposal forms keep about the people who use them (the personal-data registry)."""

from django.utils.translation import gettext_lazy as _

from initiatives.contributions.models import Submission
from operations.personal_data import PersonalDataKind, register

RETENTION_DAYS = 365


def _submissions(email):
    return Submission.objects.filter(submitter_email__iexact=email.strip())


def _export(email):
    return [
        {
            "kind": s.kind,
            "name": s.submitter_name,
            "email": s.submitter_email,
            "language": s.language,
            "message": s.message,
            "received": s.created_at.isoformat(),
        }
        for s in _submissions(email)
    ]


def _expire(cutoff):
    return Submission.objects.filter(created_at__lt=cutoff).delete()[0]


def register_kinds():
    register(
        PersonalDataKind(
            key="contributions",
            label=_("Proposals and corrections of initiatives: your name, e-mail address, language and message."),
            purpose=_("To review your proposal, ask you questions and tell you when it is published."),
            retention=_("One year after it is received."),
            export=_export,
            erase=lambda email: _submissions(email).delete()[0],
            retention_days=RETENTION_DAYS,
            expire=_expire,
        )
    )
