"""Citations are rendered when a reference is published, so no visitor waits for citeproc-js."""

import logging

from django.db import transaction
from wagtail.signals import page_published

from library.bibliography.mapping import csl_item
from library.citations import citations
from library.models import ReferencePage

logger = logging.getLogger(__name__)


def _render_citations(sender, instance, **kwargs):
    def render():
        try:
            citations(csl_item(instance), instance.locale.language_code)
        except Exception:  # publishing never fails because of a citation: the page renders it on first view
            logger.exception("citations of reference %s not rendered at publication", instance.pk)

    transaction.on_commit(render)


def register():
    page_published.connect(_render_citations, sender=ReferencePage, dispatch_uid="library.render_citations")
