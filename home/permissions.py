"""The editorial groups, their permissions and the review workflow. Idempotent: run after every migrate."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from home.models import PARTNERS_GROUP

EDITORS_GROUP = "Rédaction"
REVIEWERS_GROUP = "Relecture"
TRANSLATORS_GROUP = "Traduction"
REVIEW_WORKFLOW = "Relecture éditoriale"

TAXONOMY_MODELS = ["initiativetype", "audience", "initiativestatus", "organisationkind", "keyword"]


def _permissions(*codenames_by_app):
    found = []
    for app_label, codenames in codenames_by_app:
        found += Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return found


def _snippet_permissions(actions):
    codes = [f"{action}_{model}" for action in actions for model in TAXONOMY_MODELS]
    return _permissions(("initiatives", codes), ("home", codes))


@transaction.atomic
def ensure_groups_and_workflow(apps=None, **kwargs):
    from django.apps import apps as global_apps
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    root = Page.get_first_root_node()
    if root is None:
        return
    access_admin = _permissions(("wagtailadmin", ["access_admin"]))

    Group.objects.get_or_create(name=PARTNERS_GROUP)  # members only gain view access to restricted pages

    editors, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS_GROUP)

    media = ["add", "change", "choose"]
    for group, page_perms, snippet_actions in (
        (editors, ["add_page", "change_page", "lock_page"], ["add", "change"]),
        (
            reviewers,
            ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            ["add", "change", "delete"],
        ),
    ):
        group.permissions.add(*access_admin, *_snippet_permissions(snippet_actions))
        for codename in page_perms:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
        root_collection = Collection.get_first_root_node()
        for model in ("image", "document"):
            for action in media:
                app = "wagtailimages" if model == "image" else "wagtaildocs"
                perm = Permission.objects.filter(content_type__app_label=app, codename=f"{action}_{model}").first()
                if perm and root_collection:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=perm
                    )

    # Translators submit French content for translation and edit the translations through wagtail-localize. No
    # page right on the French tree: page rights on the en/es trees are granted by grant_translators_locale_trees,
    # here and whenever a locale's home page is created (home.signal_handlers). Snippet "change" lets them edit
    # taxonomy translations (terms have no publishing step).
    translators.permissions.add(
        *access_admin,
        *_permissions(("wagtail_localize", ["submit_translation"])),
        *_snippet_permissions(["change"]),
    )
    grant_translators_locale_trees()

    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEWERS_GROUP)
    task.groups.set([reviewers])
    # The row itself: modelcluster's workflow.workflow_tasks.create() stays in memory, and a workflow without a
    # task publishes whatever is submitted to it.
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def grant_translators_locale_trees():
    """Lets the Traduction group edit and publish pages of the English and Spanish trees, never the French one."""
    from wagtail.models import GroupPagePermission, Locale, Page

    translators = Group.objects.filter(name=TRANSLATORS_GROUP).first()
    if translators is None:
        return
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=["add_page", "change_page", "publish_page"]
        )
    )
    default_locale = Locale.get_default()
    for locale_root in Page.objects.filter(depth=2).exclude(locale=default_locale):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=translators, page=locale_root, permission=permission)


def grant_translators_new_locale_root(sender, instance, created, raw=False, **kwargs):
    """post_save of pages: a freshly created English or Spanish home (first translation) opens to translators."""
    from wagtail.models import Locale, Page

    is_new_locale_root = created and not raw and isinstance(instance, Page) and instance.depth == 2
    if is_new_locale_root and instance.locale_id != Locale.get_default().pk:
        grant_translators_locale_trees()
