"""Create the keywords typed in a page editor in the source locale, through modelcluster's private tag API.

django-taggit's own manager takes `tag_kwargs` (`page.keywords.add("haut débit", tag_kwargs={"locale": …})`),
but modelcluster's in-memory `_ClusterTaggableManager.add(*tags)` (django-modelcluster 6.5,
modelcluster/contrib/taggit.py), which Wagtail's page forms go through, accepts no `tag_kwargs` and calls
`_to_tag_model_instances(tags, {})`: a keyword typed in the editor would be matched by name across every locale,
or created without one. `SourceLocaleClusterTaggableManager` overrides that private method to add the default
locale.

Remove this module (home.keyword_tagging then passes `tag_kwargs` to `add`) when modelcluster's `add` accepts
`tag_kwargs`; `tests/editorial/test_source_locale_tags_workaround.py` fails on the day it does
(`test_modelcluster_add_still_takes_no_tag_kwargs`), and also if the private method it overrides disappears.
"""

from modelcluster.contrib.taggit import _ClusterTaggableManager
from wagtail.models import Locale


class SourceLocaleClusterTaggableManager(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        tag_model = self.through.tag_model()
        if "locale" in {field.name for field in tag_model._meta.fields}:
            tag_kwargs = {**tag_kwargs, "locale": Locale.get_default()}
        return super()._to_tag_model_instances(tags, tag_kwargs)
