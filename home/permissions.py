"""The editorial groups, their permissions and the review workflow. Idempotent: run after every migrate."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page

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


def _search_tools_permissions():
    """Promoted results (Wagtail's search promotions) and the search report, for the editorial groups."""
    promotions = [f"{action}_searchpromotion" for action in ("add", "change", "delete")]
    return _permissions(("wagtailsearchpromotions", promotions), ("search_report", ["view_dailysearch"]))


def _synonym_permissions():
    """Editors and reviewers manage the search synonyms outright (no publishing step, no history to keep)."""
    return _permissions(("search", [f"{a}_synonymgroup" for a in ("add", "change", "delete", "view")]))


@transaction.atomic
def ensure_groups_and_workflow(apps=None, **kwargs):
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
        group.permissions.add(
            *access_admin, *_snippet_permissions(snippet_actions), *_search_tools_permissions(), *_synonym_permissions()
        )
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

    ensure_review_workflow(global_apps)


def ensure_review_workflow(apps):
    """The workflow "Relecture éditoriale": one approval task for the Relecture group, applied to the whole tree.

    Takes an app registry so the data migration and post_migrate share it. Every row is created directly:
    modelcluster relations (workflow.workflow_tasks) keep create() in memory until the workflow is saved.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=REVIEWERS_GROUP).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=REVIEWERS_GROUP, content_type=content_type, active=True)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def grant_translators_locale_trees():
    """Lets the Traduction group edit and publish pages of the English and Spanish trees, never the French one."""

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

    is_new_locale_root = created and not raw and isinstance(instance, Page) and instance.depth == 2
    if is_new_locale_root and instance.locale_id != Locale.get_default().pk:
        grant_translators_locale_trees()
