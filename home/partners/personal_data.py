"""What the partner space keeps about its members (the personal-data registry): their profile and messages."""

from django.utils.translation import gettext_lazy as _

from home.partners.models import MemberProfile, Message
from operations.personal_data import PersonalDataKind, register


def _messages(email):
    return Message.objects.filter(author__email__iexact=email.strip())


def _export(email):
    profiles = MemberProfile.objects.filter(user__email__iexact=email.strip()).select_related("organisation")
    return {
        "profiles": [
            {"organisation": str(p.organisation or ""), "role": p.role, "language": p.language, "listed": p.listed}
            for p in profiles
        ],
        "messages": [
            {"thread": m.thread.title, "language": m.language, "body": m.body, "written": m.created_at.isoformat()}
            for m in _messages(email).select_related("thread")
        ],
    }


def _erase(email):
    erased = _messages(email).delete()[0]
    return erased + MemberProfile.objects.filter(user__email__iexact=email.strip()).delete()[0]


def register_kinds():
    register(
        PersonalDataKind(
            key="partner_space",
            label=_("Partner space: your organisation, role, e-mail language, list subscriptions and messages."),
            purpose=_("To run the members' directory and the discussion lists."),
            retention=_("As long as the account; messages are erased with it on request."),
            export=_export,
            erase=_erase,
        )
    )
