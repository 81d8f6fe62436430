"""Public views: the contact relay, the proposal form and the correction form. None of them is page-cached."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.visibility import public_pages
from initiatives.contributions.drafts import correct_initiative, initial_from_page, propose_initiative
from initiatives.contributions.forms import ContactForm, CorrectionForm, InitiativeProposalForm
from initiatives.contributions.spam import within_rate_limit
from initiatives.contributions.tasks import relay_contact_message
from initiatives.models import InitiativePage


def public_initiative(page_id):
    """A live initiative anonymous visitors may see; restricted ones have no public form."""
    page = public_pages(InitiativePage.objects.live()).filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def _rate_limited(form, request, scope):
    if within_rate_limit(scope, request, form.cleaned_data["email"]):
        return False
    form.add_error(None, _("Too many messages were sent from here. Please try again in an hour."))
    return True


@never_cache
def contact(request, page_id):
    page = public_initiative(page_id)
    if not page.can_relay_contact:
        raise Http404
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            return redirect(page.url)  # robots get the same answer as people, and nothing is sent
        if not _rate_limited(form, request, "contact"):
            data = form.cleaned_data
            language = translation.get_language()
            transaction.on_commit(
                lambda: relay_contact_message.enqueue(page.pk, data["name"], data["email"], data["message"], language)
            )
            messages.success(request, _("Your message was sent to the initiative's contact."))
            return redirect(page.url)
    return render(request, "contributions/contact.html", {"page": page, "form": form}, status=_status(form))


def _status(form):
    return 400 if form.is_bound and form.errors else 200


@never_cache
def propose(request):
    form = InitiativeProposalForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            return redirect("contributions:thanks")
        if not _rate_limited(form, request, "proposal"):
            propose_initiative(form.cleaned_data)
            return redirect("contributions:thanks")
    return render(request, "contributions/propose.html", {"form": form}, status=_status(form))


@never_cache
def correct(request, page_id):
    page = public_initiative(page_id)
    form = CorrectionForm(request.POST or None, request.FILES or None, initial=initial_from_page(page))
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            return redirect("contributions:thanks")
        if not _rate_limited(form, request, "proposal"):
            correct_initiative(page, form.cleaned_data)
            return redirect("contributions:thanks")
    return render(request, "contributions/correct.html", {"form": form, "page": page}, status=_status(form))


def thanks(request):
    return render(request, "contributions/thanks.html")
