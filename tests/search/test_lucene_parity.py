"""The Elasticsearch analyzers, run in real Lucene, give the same terms as search.text (the analysis of the database
engines) over the demo texts.

The chains are those the engine declares in its index settings (search.engines.elasticsearch), translated filter by
filter into Lucene's classes by tests/search/lucene/Analyze.java, launched as a source file on the machine's JDK
with Debian's Lucene 4.10 jars: its tokenizer, elision, stop and ASCII-folding filters are those of Elasticsearch's
Lucene 9/10. Its Snowball stemmers are not: Lucene 9 moved to Snowball 2, the version of the snowballstemmer
package search.text uses, while 4.10 has Snowball 1 ("françaises" → "francais" there, "franc" in Snowball 2). So
the stemmer step of the chain is Snowball 2's, applied between Lucene's filters before it and Lucene's after it.
"""

import ast
import shutil
import subprocess
from pathlib import Path

import pytest
import snowballstemmer

from search.engines.elasticsearch import resource_index
from search.text import fold, folded_stems, stems

ROOT = Path(__file__).resolve().parents[2]
ANALYZE = Path(__file__).resolve().parent / "lucene" / "Analyze.java"
JARS = [Path("/usr/share/java/lucene-core-4.10.4.jar"), Path("/usr/share/java/lucene-analyzers-common-4.10.4.jar")]
HINT = (
    "the Lucene parity check needs Java and Lucene's jars: apt-get install -y default-jdk-headless liblucene4.10-java"
)


def demo_texts():
    """Every string of two words or more in the demo content (French originals, English and Spanish versions)."""
    texts = set()
    for path in sorted((ROOT / "library" / "demo").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) > 1:
                texts.add(" ".join(node.value.split()))
    return sorted(texts)


def lucene_arguments(language_code, workdir, folded=False):
    """The engine's analyzer of a locale (`folded`: the one of the .folded sub-fields) as Analyze.java's filter
    arguments (word lists written to files), split around its Snowball filter: (filters before, Snowball language,
    filters after)."""
    analysis = resource_index("parity", language_code).to_dict()["settings"]["analysis"]
    languages = {name: spec for name, spec in analysis["analyzer"].items() if name != "rc_spelling"}  # unstemmed
    (definition,) = [spec for name, spec in languages.items() if name.endswith("_folded") == folded]
    assert definition["tokenizer"] == "standard"
    arguments = []
    for name in definition["filter"]:
        if name in ("lowercase", "asciifolding"):
            arguments.append(name)
            continue
        spec = analysis["filter"][name]
        if spec["type"] == "elision":
            assert spec.get("articles_case") is True
            arguments.append(f"elision={_word_file(workdir, name, spec['articles'])}")
        elif spec["type"] == "stop":
            arguments.append(f"stop={_word_file(workdir, name, spec['stopwords'])}")
        elif spec["type"] == "snowball":
            arguments.append(f"snowball={spec['language']}")
            stemmer = len(arguments) - 1
        elif spec["type"] == "stemmer" and spec["language"] == "possessive_english":
            arguments.append("possessive")
        else:
            pytest.fail(f"no Lucene equivalent written for the filter {name}: {spec}")
    return arguments[:stemmer], arguments[stemmer].split("=")[1], arguments[stemmer + 1 :]


def _word_file(workdir, name, words):
    path = workdir / f"{name}.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return path


def run_lucene(arguments, lines):
    command = ["java", "-cp", ":".join(map(str, JARS)), str(ANALYZE), *map(str, arguments)]
    done = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return [line.split() for line in done.stdout.split("\n")[: len(lines)]]


@pytest.fixture(scope="module")
def lucene():
    if not shutil.which("java") or not all(jar.exists() for jar in JARS):
        pytest.skip(HINT)
    return run_lucene


@pytest.mark.parametrize("folded", [False, True], ids=["stemmed-then-folded", "folded-then-stemmed"])
@pytest.mark.parametrize("language_code", ["fr", "en", "es"])
def test_lucene_and_the_database_analysis_give_the_same_terms(lucene, tmp_path, language_code, folded):
    texts = demo_texts()
    assert len(texts) > 200
    analysis = folded_stems if folded else stems
    before, snowball, after = lucene_arguments(language_code, tmp_path, folded)
    assert snowball == {"fr": "French", "en": "English", "es": "Spanish"}[language_code]
    stemmer = snowballstemmer.stemmer(snowball.lower())
    stemmed = [" ".join(stemmer.stemWords(tokens)) for tokens in lucene(before, texts)]
    expected = lucene(["whitespace", *after], stemmed)
    differences = [
        (text, python, java)
        for text, python, java in zip(texts, (analysis(t, language_code) for t in texts), expected, strict=True)
        if python != java
    ]
    assert not differences, "\n".join(f"{text!r}\n  python {p}\n  lucene {j}" for text, p, j in differences[:8])


def test_gender_and_plural_forms_share_a_term(lucene, tmp_path):
    lines = [
        "handicapé handicapée handicapés handicapées",
        "isolé isolée isolés isolées",
        "décentralisée décentralisées",
    ]
    before, _snowball, after = lucene_arguments("fr", tmp_path)
    stemmer = snowballstemmer.stemmer("french")
    for terms in lucene(
        ["whitespace", *after], [" ".join(stemmer.stemWords(tokens)) for tokens in lucene(before, lines)]
    ):
        assert len(set(terms)) == 1, terms


def test_folding_is_lucenes(lucene):
    words = "Œuvre cœur Straße Øresund Æsir Łódź façade naïve Ñandú"
    assert lucene(["whitespace", "lowercase", "asciifolding"], [words])[0] == fold(words).split()


@pytest.mark.parametrize(
    ("language_code", "accented", "plain"),
    [("fr", "accès", "acces"), ("fr", "numérique", "numerique"), ("fr", "santé", "sante"),
     ("es", "información", "informacion"), ("en", "café", "cafe")],
)  # fmt: skip
def test_a_word_typed_without_accents_shares_a_term_with_the_accented_word(lucene, tmp_path, language_code, accented,
                                                                            plain):  # fmt: skip
    """In Lucene as in the database engines: one of the word's two terms (stemmed then folded, folded then stemmed)
    is a term of the unaccented word."""

    def lucene_terms(word, folded):
        before, snowball, after = lucene_arguments(language_code, tmp_path, folded)
        stemmed = " ".join(snowballstemmer.stemmer(snowball.lower()).stemWords(lucene(before, [word])[0]))
        return set(lucene(["whitespace", *after], [stemmed])[0])

    accented_terms = lucene_terms(accented, False) | lucene_terms(accented, True)
    plain_terms = lucene_terms(plain, False) | lucene_terms(plain, True)
    assert accented_terms & plain_terms
    assert accented_terms == set(stems(accented, language_code) + folded_stems(accented, language_code))
