"""A generated synthesis note in the collection dialect: N realistic French initiative records (fixed seed)."""

import random

THEMES = [
    "Accès à la connexion et au matériel informatique",
    "Lutte contre la fracture numérique et renforcement des liens sociaux",
    "L'entraide numérique",
    "Santé et prévention",
    "L'accès pour tous à la culture via les TIC",
    "Les lieux sociaux",
    "La coopération décentralisée",
]
TOWNS = [
    "Quimper",
    "Brest",
    "Athis-Mons",
    "Grenoble",
    "Rennes",
    "Albi",
    "Bourges",
    "Épinal",
    "Lambersart",
    "Grigny",
    "Besançon",
    "Castres",
    "Figeac",
    "Tulle",
    "Laval",
    "Niort",
    "Arles",
    "Saint-Dié",
    "Vierzon",
    "Aurillac",
]
THINGS = ["espace public numérique", "cyberbus", "atelier d'initiation", "portail d'entraide", "réseau social local",
          "point d'accès", "visite virtuelle", "plateforme collaborative", "médiathèque connectée",
          "atelier d'écriture numérique", "téléassistance", "site d'information"]  # fmt: skip
PUBLICS = ["les jeunes", "les seniors", "les habitants du quartier", "les personnes handicapées", "les associations",
           "les demandeurs d'emploi", "les gens du voyage", "les élèves", "tout public", "les aidants"]  # fmt: skip
KEYWORDS = ["accès", "haut débit", "fracture numérique", "EPN", "lien social", "inclusion", "médiation",
            "formation", "solidarité", "échange", "culture numérique", "santé", "prévention", "logiciels libres",
            "e-administration", "patrimoine", "handicap", "seniors", "jeunesse", "insertion"]  # fmt: skip
STATUSES = ["Opérationnel", "en cours", "expérimental"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]  # fmt: skip
CARRIER_KINDS = ["Commune de {t}", "Ville de {t}", "Association {t} Numérique", "Centre social de {t}",
                 "Communauté d'agglomération de {t}", "Conseil général du pays de {t}"]  # fmt: skip


def _launch(rng):
    year = rng.randint(2000, 2010)
    return rng.choice([str(year), f"début {year}", f"{rng.choice(MONTHS)} {year}", "non renseignée",
                       f"fin {year}", f"le {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"])  # fmt: skip


def generate(count, seed=2010):
    rng = random.Random(seed)
    title = f"Note de synthèse générée ({count} initiatives)"
    lines = [f"# {title}", "", f"## {title}", "", "Une note générée pour mesurer l'import.", ""]
    per_theme = -(-count // len(THEMES))
    number = 0
    for index, theme in enumerate(THEMES, start=1):
        lines += [f"## {index} / {theme}", "", f"Introduction du thème « {theme} ».", ""]
        for _ in range(per_theme):
            number += 1
            if number > count:
                break
            town, thing = rng.choice(TOWNS), rng.choice(THINGS)
            title = f"Un {thing} à {town} ({number})"
            carriers = rng.sample(CARRIER_KINDS, rng.randint(1, 2))
            lines += [
                f"# Initiative {number} : {title}", "", "---", "", "### Présentation", "",
                f"La ville de {town} a ouvert un {thing} destiné à {rng.choice(PUBLICS)}.", "",
                "### Contexte", "", f"Dans le pays de {town}, l'accès au numérique reste inégal. " * 3, "",
                "### Description", "",
                f"Le {thing} propose des ateliers, un accompagnement et un accès libre à Internet. " * 4, "",
                "- des ateliers hebdomadaires,", "- un accompagnement individuel.", "",
                f"**Site web** : <http://www.{town.lower().replace('é', 'e')}-{number}.example.fr/>", "",
                f"**Type d'initiative** : {thing}, {rng.choice(THINGS)}", "",
                f"**Territoire de projet** : Commune de {town}", "",
                f"**{rng.choice(['Porteur de projet', 'Porteurs du projet'])}** : "
                + ", ".join(c.format(t=town) for c in carriers), "",
                f"**Date de lancement** : {_launch(rng)}", "",
            ]  # fmt: skip
            if rng.random() < 0.8:
                lines += [f"**{rng.choice(['Avancement', 'Avancement à la date de recueil'])}** : "
                          f"{rng.choice(STATUSES)}", ""]  # fmt: skip
            lines += [
                f"**Date de recueil de l'information** : {rng.choice(MONTHS)} {rng.randint(2008, 2010)}", "",
                f"**{rng.choice(['Cible', 'Cibles'])}** : {', '.join(rng.sample(PUBLICS, 2))}", "",
                f"**{rng.choice(['Mots clefs', 'Mots clés', 'Mots-clefs'])}** : "
                + ", ".join(rng.sample(KEYWORDS, rng.randint(2, 5))) + ".", "",
            ]  # fmt: skip
    return "\n".join(lines) + "\n"
