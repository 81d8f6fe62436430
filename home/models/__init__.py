from home.models.base import PARTNERS_GROUP, BasePage, SectionIndexPage
from home.models.keywords import Keyword
from home.models.pages import ArticleIndexPage, ArticleKeyword, ArticlePage, HomePage, Licence, StandardPage
from home.models.taxonomy import TaxonomyTerm
from home.models.versions import ContentVersion

__all__ = [
    "PARTNERS_GROUP",
    "ArticleIndexPage",
    "ArticleKeyword",
    "ArticlePage",
    "BasePage",
    "ContentVersion",
    "HomePage",
    "Keyword",
    "Licence",
    "SectionIndexPage",
    "StandardPage",
    "TaxonomyTerm",
]
