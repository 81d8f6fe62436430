"""Partners' forms: a new thread (subject and first message) and a reply."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Your message"), max_length=20000, widget=forms.Textarea(attrs={"rows": 6}))
    language = forms.ChoiceField(
        label=_("Language of your message"),
        choices=settings.LANGUAGES,
        help_text=_("Readers in the other languages see a machine translation, marked as such."),
    )


class ThreadForm(ReplyForm):
    title = forms.CharField(label=_("Subject"), max_length=255)
    field_order = ["title", "body", "language"]
