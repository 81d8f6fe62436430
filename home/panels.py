"""Admin panels shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin import panels as wagtail_panels
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page


def edit_tabs(*tabs):
    """The page editor's tabs: the given (panels, heading) pairs, then Promote and Settings as on every page."""
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for panels, heading in tabs]
        + [
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class InlinePanel(wagtail_panels.InlinePanel):
    """Wagtail's InlinePanel with its own "add" button text: French and Spanish need the noun's gender
    ("Ajouter une organisation"), which Wagtail's "Add %(label)s" cannot give ("Ajouter un(e) Organisation")."""

    def __init__(self, *args, add_label=None, **kwargs):
        self.add_label = add_label
        super().__init__(*args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "add_label": self.add_label}

    class BoundPanel(wagtail_panels.InlinePanel.BoundPanel):
        template_name = "home/admin/inline_panel.html"
