"""Accounts of the editorial groups and an initiative's admin form data, shared by the editorial tests."""

from django.contrib.auth.models import Group, User
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP

PASSWORD = "une-phrase-de-passe-2026"


def member(username, group_name, email=None):
    user = User.objects.create_user(username, email or f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def editor(username="redacteur"):
    return member(username, EDITORS_GROUP)


def reviewer(username="relectrice"):
    return member(username, REVIEWERS_GROUP)


def initiative_form(title, summary="Un espace public numérique.", **fields):
    """POST data of the initiative editor; many-to-many values stay lists (multi-valued fields)."""
    data = {
        "title": title,
        "slug": slugify(title),
        "summary": summary,
        "context": rich_text("<p>Contexte</p>"),
        "description": streamfield([]),
        "launch_precision": "unknown",
        "collected_precision": "day",
        "organisation_links": inline_formset([]),
        "initiative_links": inline_formset([]),
        "keywords": "",
    }
    data.update(fields)
    multi = {key: value for key, value in data.items() if isinstance(value, list)}
    return {**nested_form_data({k: v for k, v in data.items() if k not in multi}), **multi}
