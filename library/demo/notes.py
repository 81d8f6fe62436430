"""The synthesis note "Les solidarités numériques" (OTeN): metadata, our summary of its analysis, footnotes.

The theme chapters are built by the loader from the themes and the initiatives (one chapter per theme, listing
its initiatives); only the opening chapter's prose and the quotes live here.
"""

from datetime import date

NOTE = {
    "key": "note-solidarites-numeriques",
    "slug": "les-solidarites-numeriques",
    "title": "Les solidarités numériques",
    # The students of the Master e-Administration et Solidarités Numériques wrote the note under the direction
    # of Mathieu Vidal; Emmanuel Eveno signs its analysis; Philippe Ourliac (OTeN) is the director of publication.
    "authors": "Emmanuel Eveno, Mathieu Vidal, Manu Makumbi, Thierry Kabange, Fabien Nseka, Romain Rolland, "
    "Adama Diouf, Marie Laure Rousseau",
    "publisher": "Observatoire des territoires numériques (OTeN)",
    # The note is undated: its records were collected up to March 2010 and it mentions an event of 1 August
    # 2010, so it is given as published in 2010 (first day of the following month).
    "publication_date": date(2010, 9, 1),
    "summary": "Un état des lieux des politiques de solidarité numérique et 27 initiatives de collectivités et "
    "d'associations, classées en sept thèmes, pour aider les décideurs à construire leurs propres projets.",
    "introduction": [
        "Cette note de l'Observatoire des territoires numériques s'adresse aux praticiens du numérique "
        "territorial et aux services sociaux. Elle propose d'abord une analyse de la notion de solidarité "
        "numérique, puis présente des initiatives repérées dans les territoires.",
        "Elle a été rédigée par les étudiants du Master e-Administration et Solidarités Numériques, dans le "
        "cadre du projet d'intelligence collective IRIS animé par l'OTeN.",
    ],
    "keywords": ["solidarité numérique", "fracture numérique", "e-inclusion", "politiques publiques"],
}

# The opening chapter: our summary of the analysis, with footnote markers [n].
OPENING_CHAPTER = {
    "title": "État des lieux, problématique et enjeux",
    "blocks": [
        (
            "paragraph",
            "<p>La solidarité numérique regroupe les politiques de l'État et des collectivités, et les actions "
            "d'associations ou de fondations, qui redistribuent des moyens vers ceux que la numérisation de la "
            "société a laissés de côté.</p>",
        ),
        ("heading", {"text": "De la colonisation à la banalisation", "anchor": "colonisation-banalisation"}),
        (
            "paragraph",
            "<p>Dans un premier temps, les technologies gagnent tous les secteurs et les États rivalisent pour ne "
            "pas prendre de retard : c'est l'époque du Livre blanc européen [1], du rapport sur les autoroutes de "
            "l'information [2] et du programme français qui multiplie les accès publics à Internet [3].</p>",
        ),
        (
            "paragraph",
            "<p>Une fois les usages banalisés, l'effort change de nature : il ne s'agit plus d'équiper tout le "
            "monde, mais de rejoindre les territoires et les publics restés à l'écart, souvent exposés à "
            "plusieurs exclusions à la fois. Les lieux d'accès publics deviennent des lieux de formation.</p>",
        ),
        ("heading", {"text": "Une préoccupation internationale", "anchor": "preoccupation-internationale"}),
        (
            "paragraph",
            "<p>Le déséquilibre entre pays est dénoncé dès les années 1980 [4] ; il est au cœur de la charte du "
            "G8 adoptée à Okinawa en 2000 [5] puis du Sommet mondial de la société de l'information, qui "
            "débouche sur un Fonds de solidarité numérique à l'existence brève.</p>",
        ),
        ("heading", {"text": "Le rôle des collectivités locales", "anchor": "role-des-collectivites"}),
        (
            "paragraph",
            "<p>En France, l'État renonce aux grands programmes nationaux [6] et les collectivités prennent le "
            "relais, au plus près des besoins. À l'international, la coopération décentralisée exporte leur "
            "savoir-faire, avec l'appui du ministère des Affaires étrangères [7].</p>",
        ),
    ],
}

# Quotes set in a theme's chapter, by theme number: (quote, attribution).
QUOTES = {
    1: (
        "La fracture numérique est devenue l'un des problèmes civiques et économiques les plus critiques.",
        "Larry Irving, National Telecommunications and Information Administration, 1999",
    ),
}

# Markers used in a theme's chapter text, by theme number.
THEME_FOOTNOTES = {4: "[8]", 7: "[9]"}

# (number, text, reference key)
FOOTNOTES = [
    ("1", "Commission des Communautés européennes, Livre blanc, 1993.", "livre-blanc-delors-1993"),
    ("2", "Gérard Théry, rapport au Premier ministre, 1994.", "thery-1994-autoroutes"),
    ("3", "Programme d'action gouvernemental pour la société de l'information, 1998.", "pagsi-1998"),
    ("4", "Union internationale des télécommunications, « Le chaînon manquant », 1984.", "uit-1984-chainon-manquant"),
    ("5", "G8, Charte d'Okinawa, 2000.", "charte-okinawa-2000"),
    ("6", "Élie Cohen, Le Colbertisme high tech, 1992.", "cohen-1992-colbertisme"),
    (
        "7",
        "DAECT, Guide de la coopération décentralisée pour la solidarité numérique.",
        "guide-daect-solidarite-numerique",
    ),
    ("8", "Robert Picard, rapport au Conseil général des technologies de l'information, 2009.", "picard-2009"),
    ("9", "OTeN, Les TIC dans les actions de coopération décentralisée, 2008.", "oten-2008-cooperation-decentralisee"),
]
