"""What « Le courrier » keeps about its readers (the personal-data registry): an address, a language, alerts."""

from django.utils.translation import gettext_lazy as _

from library.letter.models import Subscriber
from operations.personal_data import PersonalDataKind, register


def _subscribers(email):
    return Subscriber.objects.filter(email__iexact=email.strip())


def _export(email):
    return [
        {
            "email": s.email,
            "language": s.language,
            "confirmed_at": s.confirmed_at.isoformat(),
            "alerts": [alert.query_string for alert in s.alerts.all()],
        }
        for s in _subscribers(email).prefetch_related("alerts")
    ]


def register_kinds():
    register(
        PersonalDataKind(
            key="letter",
            label=_(
                "Subscriptions to « Le courrier » and search alerts: "
                "your e-mail address, language and followed searches."
            ),
            purpose=_("To send you the letter and the alerts you asked for."),
            retention=_("Until you unsubscribe (one click in every message)."),
            export=_export,
            erase=lambda email: _subscribers(email).delete()[0],
        )
    )
