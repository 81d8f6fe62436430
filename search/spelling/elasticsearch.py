"""Elasticsearch's spelling corrections: one phrase suggester per typed word, in one search request.

The words come from the `spelling` field, a copy of every text field analysed without stemming or folding, so a
correction is a word as written ("âgées", not the stem "age"). Suggesters read the terms of the whole index, partner
pages included; each candidate is therefore checked by `collate` with a query restricted to what the visitor may
see, and a candidate no visible document holds is dropped (prune: false). Changing the mapping needs a rebuild
(`manage.py rebuild_resource_index`).
"""

import json

from elasticsearch.dsl import Text, analyzer, token_filter

from search.text import ELISIONS

FIELD = "spelling"
CANDIDATES = 5  # candidates a shard checks before the best visible one is kept
WORDS = analyzer(
    "rc_spelling",
    tokenizer="standard",
    filter=[
        token_filter("rc_spelling_elision", type="elision", articles_case=True, articles=list(ELISIONS)),
        "lowercase",
    ],
)


def spelling_field():
    return Text(analyzer=WORDS)


def corrections_body(words, audiences):
    """A search body with no hits and one phrase suggester per word ("w0", "w1"…)."""
    visible = [{"terms": {"visibility": list(audiences)}}, {"term": {"untranslated": {"value": False}}}]
    collate = json.dumps({"bool": {"filter": [*visible, {"match": {FIELD: "{{suggestion}}"}}]}})
    suggesters = {
        f"w{position}": {
            "text": word,
            "phrase": {
                "field": FIELD,
                "size": 1,
                "shard_size": CANDIDATES,
                "max_errors": 1,
                "direct_generator": [
                    {"field": FIELD, "suggest_mode": "missing", "min_word_length": 3, "size": CANDIDATES}
                ],
                "collate": {"query": {"source": collate}, "prune": False},
            },
        }
        for position, word in enumerate(words)
    }
    return {"size": 0, "track_total_hits": False, "query": {"bool": {"filter": visible}}, "suggest": suggesters}


def corrections_from(response, words):
    """{typed word: correction} from the response's suggest section."""
    corrections = {}
    suggest = response.get("suggest") or {}
    for position, word in enumerate(words):
        for entry in suggest.get(f"w{position}", ()):
            options = entry.get("options") or []
            if options and options[0]["text"].lower() != word.lower():
                corrections[word] = options[0]["text"]
    return corrections
