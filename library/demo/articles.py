"""The articles of the old site (legacy documents 000, 001, 003 and 004), rewritten in our own words.

The old site published under "Creative Commons" without naming the variant; BY-SA is assumed here.
An article whose legacy document gives no date has none. `source_title` is the title the importer reads in the
legacy document the article rewrites: its source key, so that importing that document updates the demo article.
"""

from datetime import date

ARTICLES = [
    {
        "key": "article-i-jumelages-alis",
        "source_title": "I-jumelages @lis : présentation",
        "slug": "programme-i-jumelages-alis",
        "title": "Le programme i-jumelages @lis",
        "author": "VECAM",
        "date": date(2004, 1, 15),
        "licence": "cc-by-sa",
        "summary": "VECAM accompagne de 2004 à 2006 des projets de coopération décentralisée entre l'Europe et "
        "l'Amérique latine qui s'appuient sur les technologies de l'information.",
        "body": [
            ("heading", {"text": "Les TIC au service du développement humain", "anchor": "developpement-humain"}),
            (
                "paragraph",
                "<p>Écoles, centres de santé, coopératives, services municipaux : de nombreux acteurs locaux "
                "coopèrent par-delà les frontières pour améliorer les conditions de vie. Internet facilite ces "
                "échanges, mais il peut aussi creuser l'écart entre ceux qui sont connectés et formés et ceux qui "
                "ne le sont pas.</p>",
            ),
            ("heading", {"text": "Le principe du i-jumelage", "anchor": "principe"}),
            (
                "paragraph",
                "<p>Deux organisations jumelles mènent ensemble une action utile à chacune, en s'aidant des "
                "outils de communication : installer un accès public à Internet, créer un journal commun à deux "
                "classes, relier des migrants à leur région d'origine, échanger entre agents municipaux.</p>",
            ),
            (
                "paragraph",
                "<p>Le programme vise les associations, écoles, universités, bibliothèques, coopératives et "
                "services municipaux d'Europe et d'Amérique latine. Chaque projet bénéficie d'un accompagnement "
                "personnalisé pendant trois ans, de 2004 à 2006.</p>",
            ),
        ],
        "links": [("VECAM", "http://www.vecam.org/"), ("Villes Internet", "http://www.villes-internet.net/")],
        "themes": [7],
        "keywords": ["coopération décentralisée", "i-jumelage", "Amérique latine"],
    },
    {
        "key": "article-reunion-i-jumelage-brest",
        "source_title": "Compte Rendu de réunion Projet i-jumelage",
        "slug": "reunion-i-jumelage-brest",
        "title": "Compte rendu de la réunion i-jumelage à Brest",
        "author": "Frédéric Bergot",
        "date": date(2003, 10, 20),
        "licence": "cc-by-sa",
        "summary": "La ville de Brest a reçu une délégation internationale venue présenter le projet de i-jumelages "
        "entre l'Europe et l'Amérique latine et découvrir les réalisations brestoises.",
        "body": [
            (
                "paragraph",
                "<p>Le lundi 20 octobre, élus, agents et associations brestoises ont accueilli en mairie VECAM et "
                "ses partenaires du réseau, Links (Argentine) et Communities Online (Royaume-Uni).</p>",
            ),
            ("heading", {"text": "Un projet de recherche-action", "anchor": "recherche-action"}),
            (
                "paragraph",
                "<p>De juillet 2003 à juin 2006, trente projets de coopération entre acteurs locaux d'Europe et "
                "d'Amérique latine doivent être accompagnés, dans la gouvernance locale, l'éducation, la santé et "
                "l'inclusion sociale, tout en analysant leurs usages des TIC.</p>",
            ),
            (
                "paragraph",
                "<p>Le projet s'inspire de la démarche de Villes Internet et d'une première vague de soixante-dix "
                "i-jumelages menée entre 1999 et 2001 avec des pays francophones. Une plateforme en ligne, avec "
                "un espace public et un espace réservé aux partenaires, doit réunir méthodes et ressources.</p>",
            ),
            ("heading", {"text": "Et ensuite", "anchor": "suite"}),
            (
                "paragraph",
                "<p>Les échanges ont ouvert la voie à des coopérations avec des acteurs brestois : Vivre la Rue, "
                "le Fourneau, les Web trotteurs, la MPT de Valy Hir ou l'Office des retraités brestois.</p>",
            ),
        ],
        "links": [("Villes Internet", "http://www.villes-internet.net/")],
        "themes": [7],
        "keywords": ["coopération décentralisée", "i-jumelage", "recherche-action"],
    },
    {
        "key": "article-plateforme-internet-citoyen-quebec",
        "source_title": "Plateforme Québécoise de l’Internet Citoyen",
        "slug": "plateforme-quebecoise-internet-citoyen",
        "title": "Vers une plateforme québécoise de l'Internet citoyen",
        "author": "Communautique",
        "date": None,
        "licence": "cc-by-sa",
        "summary": "Communautique soumet au milieu communautaire québécois un projet de plateforme pour un Internet "
        "au service de la participation, de la solidarité et de l'innovation sociale.",
        "body": [
            (
                "paragraph",
                "<p>Après les rencontres de mai 2001, les groupes communautaires ont demandé une plateforme qui "
                "expose les enjeux sociaux d'Internet. Communautique en a préparé le projet, adopté en octobre "
                "2002.</p>",
            ),
            ("heading", {"text": "Des expériences à partager", "anchor": "experiences"}),
            (
                "paragraph",
                "<p>Un recueil de récits montre comment les groupes, proches des personnes les plus "
                "marginalisées, ont intégré les TIC à l'éducation populaire et à l'action communautaire.</p>",
            ),
            (
                "paragraph",
                "<p>Le projet rappelle aussi les inégalités d'accès qui persistent au Québec, entre riches et "
                "pauvres, jeunes et aînés, hommes et femmes. Il a été discuté lors de deux rencontres, le 14 mai "
                "à Québec et le 6 juin à Montréal.</p>",
            ),
        ],
        "links": [("Communautique", "http://www.communautique.qc.ca/")],
        "themes": [2, 3],
        "keywords": ["Internet citoyen", "action communautaire"],
    },
    {
        "key": "article-reseaux-citoyens-vecam",
        "source_title": "Réseaux citoyens - Animation de réseau et coopération numérique au service des "
        "transformations sociales",
        "slug": "reseaux-citoyens-cooperation-numerique",
        "title": "Réseaux citoyens : animation de réseau et coopération numérique",
        "author": "VECAM",
        "date": None,
        "licence": "cc-by-sa",
        "summary": "Une formation-action francilienne pour aider les réseaux associatifs et militants à repenser "
        "leurs pratiques numériques de coopération, en particulier sur l'urbain et la santé.",
        "body": [
            (
                "paragraph",
                "<p>Les outils numériques transforment l'engagement citoyen. VECAM propose aux membres et "
                "professionnels des réseaux citoyens d'Île-de-France de travailler ensemble sur l'animation de "
                "la coopération numérique, avec la FONDA et l'AITEC.</p>",
            ),
            ("heading", {"text": "Quatre objectifs", "anchor": "objectifs"}),
            (
                "paragraph",
                "<p>Analyser les besoins des militants, suivre les outils de coordination qu'ils utilisent, "
                "concevoir avec des développeurs de nouveaux outils, et interroger leurs effets sociaux et "
                "politiques.</p>",
            ),
            ("heading", {"text": "Deux années de travail", "anchor": "deroulement"}),
            (
                "paragraph",
                "<p>La première année sert à mobiliser les participants ; la seconde réunit trois séminaires de "
                "cinq jours pour 25 à 30 personnes. Une plateforme web accompagne le processus, et les résultats "
                "seront publiés sous licence libre.</p>",
            ),
            ("paragraph", "<p>Partenaire financier : Région Île-de-France, Mission démocratie régionale.</p>"),
        ],
        "links": [("Projets citoyens", "http://www.projets-citoyens.fr/")],
        "themes": [3, 2],
        "keywords": ["démocratie numérique", "formation", "mutualisation", "TIC"],
    },
]
