"""« Le courrier »: letter issues (web page and e-mail), its archive, subscribers, search alerts and deliveries.

A subscriber is an address and a language, nothing else: nobody is stored before confirming (the confirmation
link carries the signed address), and unsubscribing deletes the row.
"""

from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage, SectionIndexPage
from library.letter.blocks import LetterBodyBlock


class LetterIndexPage(SectionIndexPage):
    """The archive of past issues, with the subscription form."""

    subpage_types = ["letter.LetterIssuePage"]
    template = "letter/letter_index_page.html"

    class Meta:
        verbose_name = _("letter archive")

    def get_context(self, request, *args, **kwargs):
        # compose and forms import this module's models: imported once they are defined.
        from home.listings import make_cards, paginate
        from library.letter.compose import archive_pages
        from library.letter.forms import SubscribeForm

        context = super().get_context(request, *args, **kwargs)
        pagination, issues = paginate(request, archive_pages())
        context.update(
            issues_page=pagination,
            issue_cards=make_cards(issues, request, with_themes=False),
            subscribe_form=SubscribeForm(),
        )
        return context


class LetterIssuePage(BasePage):
    number = models.PositiveIntegerField(_("issue number"), default=0, help_text=_("0: numbered automatically."))
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    body = StreamField(
        LetterBodyBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_(
            "Filled on creation with what was published since the previous issue; reorder, remove or add freely."
        ),
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("body"),
        SynchronizedField("number", overridable=False),
        SynchronizedField("sent_at", overridable=False),
    ]
    preview_modes = [("", _("Web page")), ("email", _("E-mail")), ("text", _("Plain-text e-mail"))]

    parent_page_types = ["letter.LetterIndexPage"]
    subpage_types = []
    template = "letter/letter_issue_page.html"

    class Meta:
        verbose_name = _("letter issue")
        verbose_name_plural = _("letter issues")

    def save(self, *args, **kwargs):
        # A new French issue starts from what was published since the previous one (translations are synced).
        if self.pk is None and not self.body and not self.is_translation():
            # compose imports this module's models: imported once they are defined.
            from library.letter.compose import compose_body, next_number

            self.body = compose_body(self)
            self.number = self.number or next_number()
        super().save(*args, **kwargs)

    def is_translation(self):
        return self.locale_id is not None and self.locale.language_code != settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        if mode_name in ("email", "text"):
            # emails imports this module's models: imported once they are defined.
            from library.letter.emails import render_issue

            _subject, html, text = render_issue(self, request=request, unsubscribe_url="#")
            if mode_name == "text":
                return HttpResponse(text, content_type="text/plain; charset=utf-8")
            return HttpResponse(html)
        return super().serve_preview(request, mode_name)


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="fr")
    letter = models.BooleanField(_("receives the letter"), default=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email


class SearchAlert(models.Model):
    """A followed search: its query string (query and facets), e-mailed with each issue when it has news."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    query_string = models.CharField(_("search"), max_length=1000)

    class Meta:
        verbose_name = _("search alert")
        constraints = [models.UniqueConstraint(fields=["subscriber", "query_string"], name="unique_alert")]

    def __str__(self):
        return self.query_string


class Delivery(models.Model):
    """One sending of an issue, run by the background worker; its counts are the editors' report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        DONE = "done", _("Done")

    issue = models.ForeignKey(LetterIssuePage, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    queued_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    sent = models.PositiveIntegerField(_("sent"), default=0)
    refused = models.PositiveIntegerField(_("refused"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    alerts_sent = models.PositiveIntegerField(_("alerts sent"), default=0)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-queued_at"]

    def __str__(self):
        return f"{self.issue_id} {self.queued_at:%Y-%m-%d %H:%M} {self.status}"
