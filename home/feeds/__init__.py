"""RSS 2.0 and Atom feeds (Django's syndication framework): new content per section, per theme, per search.

Every feed lists public pages only (home.visibility), in the URL's language: a page's live translation when there
is one, else its French original, marked as such in the title and flagged in a category.
"""
