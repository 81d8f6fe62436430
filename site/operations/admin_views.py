import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from operations.personal_data import erase_person, export_person


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"))
    action = forms.ChoiceField(
        choices=[("export", gettext_lazy("Export (JSON file)")), ("erase", gettext_lazy("Erase"))],
        widget=forms.RadioSelect,
        initial="export",
        label=gettext_lazy("Action"),
    )
    confirm = forms.BooleanField(required=False, label=gettext_lazy("I confirm the erasure: it cannot be undone."))

    def clean(self):
        data = super().clean()
        if data.get("action") == "erase" and not data.get("confirm"):
            self.add_error("confirm", _("Tick the box to confirm the erasure."))
        return data


def personal_data_view(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    form = PersonalDataForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["action"] == "export":
            response = HttpResponse(
                json.dumps(export_person(email), indent=2, ensure_ascii=False), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        erased = erase_person(email)
        messages.success(
            request, _("Erased: %(counts)s.") % {"counts": ", ".join(f"{k} {n}" for k, n in erased.items())}
        )
        return redirect("operations_personal_data")
    return TemplateResponse(request, "operations/admin/personal_data.html", {"form": form})
