"""The public forms: write to an initiative's contact, propose an initiative or suggest a correction."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from home.localization import localized_label
from initiatives.contributions.drafts import source_audiences, source_themes
from initiatives.contributions.spam import HoneypotMixin
from initiatives.contributions.uploads import check_document, check_image


class SenderMixin(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("We use it only to answer you."))


class ContactForm(HoneypotMixin, SenderMixin):
    message = forms.CharField(label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))


class LabelledChoiceField(forms.ModelMultipleChoiceField):
    """Taxonomy terms and themes labelled in the visitor's language."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return localized_label(obj)


class InitiativeProposalForm(HoneypotMixin, SenderMixin):
    """Shaped like an initiative; what has no field of its own (carriers) goes to the editors' private note."""

    title = forms.CharField(label=_("Name of the initiative"), max_length=255)
    summary = forms.CharField(
        label=_("Presentation"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What the initiative does, for whom, with which digital tools."),
    )
    territory = forms.CharField(
        label=_("Territory"), max_length=255, required=False, help_text=_("A town, a district, a region…")
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        required=False,
        choices=CountryField().choices,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    carriers = forms.CharField(
        label=_("Project carriers and partners"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One organisation per line, with its country."),
    )
    themes = LabelledChoiceField(label=_("Themes"), required=False, queryset=None)
    audiences = LabelledChoiceField(label=_("Target audiences"), required=False, queryset=None)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    launch_year = forms.IntegerField(label=_("Launch year"), required=False, min_value=1970, max_value=2100)
    contact_name = forms.CharField(label=_("Contact person or role"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    show_contact = forms.BooleanField(
        label=_("The contact agrees to have these details shown on the site"),
        required=False,
        help_text=_("Otherwise visitors write to the contact through the site, without seeing the address."),
    )
    image = forms.FileField(
        label=_("An image"),
        required=False,
        help_text=_("JPEG, PNG or WebP, 5 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    document = forms.FileField(
        label=_("A document"),
        required=False,
        help_text=_("PDF, ODT or DOCX, 5 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.odt,.docx"}),
    )
    message = forms.CharField(
        label=_("A word for the editors"), max_length=3000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = source_themes()
        self.fields["audiences"].queryset = source_audiences()

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if upload:
            upload.checked_extension = check_image(upload)
        return upload

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        if upload:
            upload.checked_extension = check_document(upload)
        return upload


class CorrectionForm(InitiativeProposalForm):
    """The same form, filled in from the page, for a correction of an existing initiative."""

    message = forms.CharField(
        label=_("What should be corrected, and your source"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4})
    )
