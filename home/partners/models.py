"""Partner members, discussion lists, their threads and messages, and the messages' machine translations."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberProfile(models.Model):
    """What the members' directory shows of a partner account."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_profile")
    organisation = models.ForeignKey(
        "initiatives.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_members",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    language = models.CharField(_("language of the e-mails"), max_length=8, choices=settings.LANGUAGES, default="fr")
    listed = models.BooleanField(_("listed in the members' directory"), default=True)

    class Meta:
        verbose_name = _("partner member")
        verbose_name_plural = _("partner members")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class DiscussionList(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    moderated = models.BooleanField(
        _("moderated"), default=False, help_text=_("Messages wait for an editor's approval before they are shown.")
    )
    subscribers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="discussion_lists", verbose_name=_("subscribers")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("discussion list")
        verbose_name_plural = _("discussion lists")

    def __str__(self):
        return self.name


class Thread(models.Model):
    discussion_list = models.ForeignKey(DiscussionList, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("subject"), max_length=255)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-last_message_at"]
        verbose_name = _("thread")
        verbose_name_plural = _("threads")

    def __str__(self):
        return self.title


class Message(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        PENDING = "pending", _("Waiting for moderation")
        HIDDEN = "hidden", _("Hidden by the editors")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(_("sent to the subscribers"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("discussion message")
        verbose_name_plural = _("discussion messages")

    def __str__(self):
        return f"{self.thread.title} · {self.created_at:%Y-%m-%d %H:%M}"


class MessageTranslation(models.Model):
    """A machine translation of a message (and of its thread's subject), made once by the background worker."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(max_length=255, blank=True)
    body = models.TextField()
    translator = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "language"], name="one_translation_per_language")]

    def __str__(self):
        return f"{self.message} ({self.language}, {self.translator})"
