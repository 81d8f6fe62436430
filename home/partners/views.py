"""The partner space. Every view asks home.visibility first: anyone else is sent to the login page."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model

from home.partners.display import shown_message, shown_title
from home.partners.forms import ReplyForm, ThreadForm
from home.partners.models import DiscussionList, MemberProfile, Message, MessageTranslation, Thread
from home.partners.setup import partner_collection
from home.visibility import can_enter_partner_space


def partners_only(view):
    @wraps(view)
    @never_cache
    def wrapped(request, *args, **kwargs):
        if not can_enter_partner_space(request.user):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def partner_documents():
    collection = partner_collection()
    if collection is None:
        return []
    documents = get_document_model().objects.filter(collection__path__startswith=collection.path)
    return documents.select_related("collection").order_by("collection__path", "title")


@partners_only
def space(request):
    lists = DiscussionList.objects.all()
    subscribed = set(request.user.discussion_lists.values_list("pk", flat=True))
    return render(
        request,
        "partners/space.html",
        {
            "lists": [(item, item.pk in subscribed) for item in lists],
            "threads": _threads_shown(Thread.objects.select_related("discussion_list")[:10]),
            "documents": partner_documents(),
        },
    )


@partners_only
def directory(request):
    members = (
        MemberProfile.objects.filter(listed=True, user__is_active=True, user__groups__name="Partenaires")
        .select_related("user", "organisation")
        .order_by("organisation__title", "user__last_name", "user__first_name")
        .distinct()
    )
    return render(request, "partners/directory.html", {"members": members})


def _opening_translations(threads, language):
    """{thread id: translation of its opening message into `language`}, in one query."""
    first = Message.objects.filter(thread=OuterRef("message__thread_id")).order_by("created_at").values("pk")[:1]
    translations = MessageTranslation.objects.filter(
        message__thread__in=threads, language=language, message_id=Subquery(first)
    ).select_related("message")
    return {t.message.thread_id: t for t in translations}


def _threads_shown(threads):
    threads = list(threads)
    language = translation.get_language()
    translations = _opening_translations(threads, language) if threads else {}
    rows = []
    for thread in threads:
        title, title_language, translated = shown_title(thread, translations.get(thread.pk), language)
        rows.append({"thread": thread, "title": title, "language": title_language, "translated": translated})
    return rows


@partners_only
def discussion_list(request, slug):
    item = get_object_or_404(DiscussionList, slug=slug)
    form = ThreadForm(request.POST or None, initial={"language": translation.get_language()})
    if request.method == "POST" and form.is_valid():
        thread = _start_thread(item, request.user, form.cleaned_data)
        if item.moderated:
            messages.info(request, _("Thank you: your message will appear once an editor has approved it."))
        return redirect("partners:thread", pk=thread.pk)
    published = item.threads.filter(messages__status=Message.Status.PUBLISHED).distinct()
    threads = _threads_shown(published.select_related("discussion_list"))
    subscribed = item.subscribers.filter(pk=request.user.pk).exists()
    context = {"list": item, "threads": threads, "form": form, "subscribed": subscribed}
    return render(request, "partners/list.html", context, status=400 if form.errors else 200)


def _new_status(item):
    return Message.Status.PENDING if item.moderated else Message.Status.PUBLISHED


@transaction.atomic
def _start_thread(item, user, data):
    thread = Thread.objects.create(discussion_list=item, title=data["title"], language=data["language"], author=user)
    Message.objects.create(
        thread=thread, author=user, body=data["body"], language=data["language"], status=_new_status(item)
    )
    return thread


def visible_messages(thread, user):
    """Published messages, plus the reader's own ones waiting for moderation."""
    return thread.messages.filter(Q(status=Message.Status.PUBLISHED) | Q(status=Message.Status.PENDING, author=user))


@partners_only
def thread_detail(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("discussion_list"), pk=pk)
    language = translation.get_language()
    form = ReplyForm(request.POST or None, initial={"language": language})
    if request.method == "POST" and form.is_valid():
        Message.objects.create(
            thread=thread,
            author=request.user,
            body=form.cleaned_data["body"],
            language=form.cleaned_data["language"],
            status=_new_status(thread.discussion_list),
        )
        Thread.objects.filter(pk=thread.pk).update(last_message_at=timezone.now())
        if thread.discussion_list.moderated:
            messages.info(request, _("Thank you: your message will appear once an editor has approved it."))
        return redirect("partners:thread", pk=thread.pk)
    in_language = MessageTranslation.objects.filter(language=language)
    shown = (
        visible_messages(thread, request.user)
        .select_related("author")
        .prefetch_related(Prefetch("translations", queryset=in_language, to_attr="in_language"))
    )
    rows = []
    for message in shown:
        translated = message.in_language[0] if message.in_language else None
        rows.append({"message": message, "shown": shown_message(message, translated, language)})
    if not rows:
        return render(request, "partners/thread_pending.html", {"thread": thread}, status=404)
    opening = rows[0]["message"].in_language
    title, title_language, title_translated = shown_title(thread, opening[0] if opening else None, language)
    context = {
        "thread": thread,
        "rows": rows,
        "form": form,
        "title": title,
        "title_language": title_language,
        "title_translated": title_translated,
    }
    return render(request, "partners/thread.html", context, status=400 if form.errors else 200)


@partners_only
@require_POST
def toggle_subscription(request, slug):
    item = get_object_or_404(DiscussionList, slug=slug)
    if item.subscribers.filter(pk=request.user.pk).exists():
        item.subscribers.remove(request.user)
        messages.success(request, _("You no longer receive this list's messages by e-mail."))
    else:
        item.subscribers.add(request.user)
        messages.success(request, _("You will receive this list's messages by e-mail."))
    return redirect("partners:list", slug=item.slug)


@partners_only
def search(request):
    """Threads matching the words in any language (original or translation), for partners only."""
    query = request.GET.get("q", "").strip()
    threads = []
    if query:
        published = Message.objects.filter(status=Message.Status.PUBLISHED)
        matching = published.filter(
            Q(body__icontains=query) | Q(translations__body__icontains=query) | Q(translations__title__icontains=query)
        )
        found = Thread.objects.filter(
            Q(pk__in=matching.values("thread_id")) | Q(title__icontains=query, messages__in=published)
        ).distinct()
        threads = _threads_shown(found.select_related("discussion_list")[:50])
    return render(request, "partners/search.html", {"query": query, "threads": threads})
