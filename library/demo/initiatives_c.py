"""Initiatives 19 to 27 of the synthesis note (themes 5 to 7); same record shape as initiatives_a.

The decentralised-cooperation records (23 to 27) give no launch date, status or collection date: left unknown.
"""

from datetime import date

COOPERATION_REFERENCES = ["guide-daect-solidarite-numerique", "oten-2008-cooperation-decentralisee"]

INITIATIVES_C = [
    {
        "number": 19,
        "slug": "musee-francais-de-la-photographie",
        "title": "Le Musée français de la photographie en ligne",
        "summary": "Le portail du Musée français de la photographie donne accès à ses expositions et à plusieurs "
        "milliers d'objets numérisés.",
        "context": [
            "Le Conseil général de l'Essonne a commencé dès 2008 à mettre en ligne des fonds inédits : 900 000 "
            "documents d'archives, précieux pour les généalogistes et les passionnés d'histoire locale, "
            "consultables sans abîmer les originaux."
        ],
        "description": [
            "Le site présente 8 000 images et objets documentés. Son exposition principale, « Histoires de "
            "photographies », retrace en 300 pièces l'histoire du médium, du daguerréotype au numérique.",
            "Deux autres expositions sont en ligne, dont les portraits de Sabine Weiss, et le module des "
            "collections numérisées s'enrichit au fil de l'inventaire. Le site a connu une première version de "
            "2003 à 2006 avant sa refonte de mai 2008.",
        ],
        "website": "http://www.museedelaphoto.fr/",
        "types": ["patrimoine-numerique"],
        "territory": "Département de l'Essonne",
        "countries": ["FR"],
        "region": "Île-de-France",
        "organisations": [("cg-essonne", "carrier"), ("musee-photographie", "partner")],
        "launch": (date(2008, 5, 1), "month", ""),
        "status": None,
        "collected_on": (date(2009, 5, 13), "day"),
        "audiences": ["tout-public"],
        "keywords": ["portail muséographique", "numérisation des fonds culturels"],
        "themes": [5],
        "references": [],
    },
    {
        "number": 20,
        "slug": "atelier-ecriture-numerique-saint-medard",
        "title": "Un atelier d'écriture numérique à Saint-Médard-en-Jalles",
        "summary": "Chaque année, des écoliers de Saint-Médard-en-Jalles écrivent ensemble un jeu multimédia à la "
        "médiathèque, produit ensuite par des professionnels.",
        "context": [
            "La médiathèque est ouverte à tous et accueille l'espace Cyber-base de la commune, qui encadre les "
            "ateliers avec les enseignants."
        ],
        "description": [
            "En 2009, six classes de CE2, CM1 et CM2 ont imaginé les épisodes d'un jeu : deux enfants prisonniers "
            "d'un livre de contes doivent aider les personnages qu'ils rencontrent à résoudre des énigmes pour "
            "retrouver leur liberté.",
            "Un intégrateur multimédia a assemblé les contes. En lien avec les programmes scolaires, les élèves "
            "ont découvert les techniques d'animation et les outils de création numérique.",
        ],
        "website": "http://www.carredesjalles.org/",
        "types": ["creation-numerique"],
        "territory": "Commune de Saint-Médard-en-Jalles",
        "countries": ["FR"],
        "region": "Aquitaine",
        "organisations": [("ville-saint-medard-en-jalles", "carrier")],
        "launch": (date(2008, 1, 1), "year", ""),
        "status": "en-cours",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["eleves", "jeunes"],
        "keywords": ["écriture numérique", "lien social"],
        "themes": [6],
        "references": [],
    },
    {
        "number": 21,
        "slug": "initiation-multimedia-handicap-visuel-epinal",
        "title": "Initier au multimédia les personnes atteintes d'un handicap visuel",
        "summary": "Depuis juillet 2009, le centre multimédia d'Épinal accueille chaque semaine des travailleurs "
        "malvoyants sur un poste équipé de logiciels adaptés.",
        "context": [
            "Lors de la Fête de l'Internet, le Bureau information jeunesse avait proposé un atelier pour "
            "personnes malvoyantes. Son succès a conduit la ville à le rendre hebdomadaire, avec l'ESAT Les "
            "Tilleuls."
        ],
        "description": [
            "Deux groupes de cinq ouvriers de l'ESAT suivent vingt séances d'une heure et quart avec les "
            "animateurs multimédias, notamment pour apprendre le logiciel d'agrandissement ZoomText et sa "
            "synthèse vocale.",
            "Le poste équipé, avec clavier à gros caractères et grand écran, reste ensuite en libre-service, "
            "un animateur restant disponible pour répondre aux questions.",
        ],
        "website": "http://les-tilleuls.fr/index_fr.html",
        "types": ["ateliers-initiation"],
        "territory": "Commune d'Épinal",
        "countries": ["FR"],
        "region": "Lorraine",
        "organisations": [("ville-epinal", "carrier"), ("esat-les-tilleuls", "partner")],
        "launch": (date(2009, 7, 1), "month", ""),
        "status": "en-cours",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["personnes-handicapees"],
        "keywords": ["handicap visuel", "initiation TIC"],
        "themes": [6, 4],
        "references": [],
    },
    {
        "number": 22,
        "slug": "residence-seniors-bourges",
        "title": "Connecter une résidence pour seniors à Bourges",
        "summary": "Le CCAS de Bourges a ouvert un cyber espace dans le foyer logement de Raynal pour que les "
        "résidents gardent le contact avec leurs proches.",
        "context": [
            "Le projet s'inscrit dans le plan de développement des TIC de la ville. Beaucoup de résidents vivent "
            "loin de leurs enfants et petits-enfants et souhaitent pouvoir leur écrire."
        ],
        "description": [
            "Chaque mardi après-midi, une animatrice initie les résidents en quatre étapes : présentation du "
            "projet, prise en main du clavier et de la souris, recherche sur le web, puis lecture et envoi de "
            "courriels.",
            "L'essai ayant réussi, le CCAS a acheté quatre ordinateurs adaptés pour le foyer Bailly. Des cours "
            "par niveau sont aussi proposés aux plus de 60 ans au centre social du Val d'Auron.",
        ],
        "website": "http://www.ville-bourges.fr/vie-pratique/ccas-internet-seniors.php",
        "types": ["equipement-informatique", "ateliers-initiation"],
        "territory": "Commune de Bourges",
        "countries": ["FR"],
        "region": "Centre",
        "organisations": [("ville-bourges", "carrier"), ("ccas-bourges", "partner")],
        "launch": (date(2009, 1, 1), "year", "early"),
        "status": "en-cours",
        "collected_on": (date(2010, 3, 1), "month"),
        "audiences": ["seniors"],
        "keywords": ["initiation TIC", "seniors", "travail de groupe"],
        "themes": [6, 4],
        "references": [],
    },
    {
        "number": 23,
        "slug": "cerenum-saint-louis-le-havre",
        "title": "Une agence du numérique à Saint-Louis du Sénégal avec la ville du Havre",
        "summary": "La ville du Havre et la région de Saint-Louis ont créé ensemble une cellule régionale de "
        "planification du développement numérique, la Cérénum.",
        "context": [
            "Le Havre compte parmi les rares villes labellisées « 5 arobases » par Villes Internet ; Saint-Louis "
            "a une longue pratique de la coopération décentralisée. Des enseignants-chercheurs du CIRTAI, à "
            "l'université du Havre, ont contribué à définir le projet."
        ],
        "description": [
            "Hébergée par l'Agence régionale de développement de Saint-Louis, la Cérénum conseille les acteurs "
            "du territoire, collectivités, société civile et entreprises, sur deux axes : l'e-administration et "
            "l'e-tourisme.",
            "Elle forme les acteurs locaux, installe des bornes wifi et suscite des projets qui diffusent les "
            "usages du numérique dans toute la région.",
        ],
        "website": "",
        "types": ["cooperation-decentralisee", "e-administration"],
        "territory": "Région de Saint-Louis (Sénégal) et ville du Havre",
        "countries": ["FR", "SN"],
        "region": "Haute-Normandie",
        "organisations": [
            ("ville-le-havre", "carrier"),
            ("region-saint-louis", "carrier"),
            ("ard-saint-louis", "partner"),
            ("cirtai-le-havre", "partner"),
        ],
        "launch": (None, "unknown", ""),
        "status": None,
        "collected_on": None,
        "audiences": ["acteurs-publics", "entreprises", "associations"],
        "keywords": ["coopération décentralisée", "e-administration", "e-tourisme", "wifi"],
        "themes": [7],
        "references": COOPERATION_REFERENCES,
    },
    {
        "number": 24,
        "slug": "sig-guediawaye-castres-mazamet",
        "title": "Un système d'information géographique à Guédiawaye avec Castres-Mazamet",
        "summary": "L'agglomération de Castres-Mazamet aide la ville sénégalaise de Guédiawaye à mettre le "
        "numérique au service de son développement local, avec un portail pour tous ses acteurs.",
        "context": [
            "Castres-Mazamet mène une politique numérique depuis le début des années 1990 et accueille des "
            "formations spécialisées. Guédiawaye, commune de banlieue de Dakar d'environ 500 000 habitants, est "
            "déjà mobilisée par son Agenda 21 local.",
            "Le projet repose sur la médiation du LISST-CIEU, équipe de l'université de Toulouse II – Le Mirail, "
            "dans le cadre de la recherche-action « eAtlas francophone de l'Afrique de l'Ouest ».",
        ],
        "description": [
            "Il s'agit d'éprouver les outils collaboratifs auprès des acteurs du développement de la commune, en "
            "s'appuyant sur le réseau constitué autour de l'Agenda 21.",
            "Trois objectifs vont de pair : moderniser les services avec un système d'information géographique, "
            "favoriser le dialogue entre élus et citoyens grâce au portail, et former habitants et ONG aux "
            "usages numériques.",
        ],
        "website": "",
        "types": ["cooperation-decentralisee", "e-administration"],
        "territory": "Ville de Guédiawaye (Sénégal) et agglomération de Castres-Mazamet",
        "countries": ["FR", "SN"],
        "region": "Midi-Pyrénées",
        "organisations": [
            ("ca-castres-mazamet", "carrier"),
            ("ville-guediawaye", "carrier"),
            ("lisst-cieu", "partner"),
        ],
        "launch": (None, "unknown", ""),
        "status": None,
        "collected_on": None,
        "audiences": ["acteurs-publics", "associations", "habitants"],
        "keywords": ["coopération décentralisée", "système d'information géographique", "démocratie participative"],
        "themes": [7],
        "references": COOPERATION_REFERENCES,
    },
    {
        "number": 25,
        "slug": "e-administration-plateau-grand-chalon",
        "title": "L'e-administration entre les communes du Plateau (Bénin) et le Grand Chalon",
        "summary": "Les agents du Grand Chalon transmettent leurs applications d'e-administration aux communes du "
        "Plateau, au Bénin, qui les adaptent à leur contexte.",
        "context": [
            "Tout a commencé par l'échange entre deux lycées agricoles, l'un à Chalon, l'autre sur le Plateau. "
            "Une convention de partenariat entre les collectivités a suivi en décembre 2005.",
            "Le Grand Chalon réunit 39 communes et 109 000 habitants ; la communauté de communes du Plateau en "
            "regroupe cinq pour 410 000 habitants.",
        ],
        "description": [
            "Les élus béninois ont retenu trois axes : l'aménagement du territoire, l'informatisation des "
            "services communaux et l'accès à Internet des mairies.",
            "Le suivi se fait à distance, par des rapports d'avancement réguliers, et sur place lors de missions "
            "d'agents et d'élus chalonnais. L'engagement des élus des deux côtés donne au projet sa crédibilité.",
        ],
        "website": "http://www.legrandchalon.fr/440-cooperation-decentralisee.htm",
        "types": ["cooperation-decentralisee", "e-administration"],
        "territory": "Communes du Plateau (Bénin) et agglomération du Grand Chalon",
        "countries": ["FR", "BJ"],
        "region": "Bourgogne",
        "organisations": [("grand-chalon", "carrier"), ("cc-plateau-benin", "carrier")],
        "launch": (date(2005, 12, 1), "month", ""),
        "status": None,
        "collected_on": None,
        "audiences": ["acteurs-publics"],
        "keywords": ["coopération décentralisée", "e-administration", "informatisation des services"],
        "themes": [7],
        "references": COOPERATION_REFERENCES,
    },
    {
        "number": 26,
        "slug": "logiciels-libres-figuig-seine-saint-denis",
        "title": "Des logiciels libres pour la gestion de Figuig avec la Seine-Saint-Denis",
        "summary": "Le Conseil général de la Seine-Saint-Denis et la commune marocaine de Figuig modernisent la "
        "gestion municipale avec des logiciels libres métier.",
        "context": [
            "Les logiciels libres rendent une administration indépendante des grands éditeurs, réduisent les "
            "coûts et font naître des compétences locales. La coopération a fait appel à un troisième "
            "partenaire, l'association ADULLACT."
        ],
        "description": [
            "La Seine-Saint-Denis a fourni deux serveurs sécurisés et redondants. L'ADULLACT a conduit les études "
            "et installé cinq « libriciels » développés par des collectivités françaises.",
            "Ils couvrent le courrier, les subventions, les délibérations, le temps de travail et la réservation "
            "des ressources communales.",
        ],
        "website": "",
        "types": ["cooperation-decentralisee", "e-administration", "logiciels-libres"],
        "territory": "Commune de Figuig (Maroc)",
        "countries": ["FR", "MA"],
        "region": "Île-de-France",
        "organisations": [
            ("cg-seine-saint-denis", "carrier"),
            ("commune-figuig", "carrier"),
            ("adullact", "partner"),
        ],
        "launch": (None, "unknown", ""),
        "status": None,
        "collected_on": None,
        "audiences": ["acteurs-publics"],
        "keywords": ["coopération décentralisée", "logiciels libres", "gestion administrative"],
        "themes": [7],
        "references": COOPERATION_REFERENCES,
    },
    {
        "number": 27,
        "slug": "seneclic-besancon-senegal",
        "title": "Le projet Sénéclic, entre la ville de Besançon et l'État du Sénégal",
        "summary": "Besançon et l'État sénégalais reconditionnent des ordinateurs pour équiper des écoles du "
        "Sénégal, en employant des personnes handicapées.",
        "context": [
            "Besançon fait partie des villes labellisées « 5 arobases » par Villes Internet. Le Sénégal est l'un "
            "des États africains les plus engagés dans l'accès à la société de l'information, et son président "
            "Abdoulaye Wade a promu l'idée même de solidarité numérique.",
        ],
        "description": [
            "Sénéclic remet en état du matériel informatique de réemploi pour créer des salles multimédias dans "
            "les écoles et former les élèves. Le reconditionnement offre du travail à des personnes handicapées.",
            "Des équipes sénégalaises sont formées au recyclage des ordinateurs, et les animateurs TICE de "
            "Besançon échangent régulièrement avec leurs homologues. L'implication directe de l'État sénégalais "
            "reste rare dans ce type de coopération.",
        ],
        "website": "",
        "types": ["cooperation-decentralisee", "reemploi-informatique", "equipement-informatique"],
        "territory": "Sénégal et ville de Besançon",
        "countries": ["FR", "SN"],
        "region": "Franche-Comté",
        "organisations": [("ville-besancon", "carrier"), ("etat-senegal", "carrier")],
        "launch": (None, "unknown", ""),
        "status": None,
        "collected_on": None,
        "audiences": ["eleves", "personnes-handicapees"],
        "keywords": ["coopération décentralisée", "réemploi informatique", "e-inclusion", "équipement des écoles"],
        "themes": [7],
        "references": COOPERATION_REFERENCES,
    },
]
