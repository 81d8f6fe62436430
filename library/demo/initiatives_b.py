"""Initiatives 10 to 18 of the synthesis note (themes 3 to 5); same record shape as initiatives_a."""

from datetime import date

INITIATIVES_B = [
    {
        "number": 10,
        "slug": "la-maison-de-grigny",
        "title": "La Maison de Grigny",
        "summary": "Une association hébergée par la ville de Grigny forme les habitants de Grigny, de Givors et "
        "des communes voisines à Internet et au multimédia, jusqu'en itinérance.",
        "context": [
            "En 2002, Grigny a élaboré avec ses habitants un plan de développement des TIC. La Maison de Grigny "
            "le coordonne et propose des modules de découverte des premiers usages du numérique."
        ],
        "description": [
            "Devenue pôle ressource pour les collectivités voisines, les institutions et l'éducation populaire, "
            "la Maison de Grigny a inventé « Internet sur roulettes » : une unité mobile qui forme sur place les "
            "personnes sans ordinateur ni connexion.",
            "Avec le soutien de la Région Rhône-Alpes, elle aide aussi les territoires à intégrer les enjeux de "
            "citoyenneté du numérique et sensibilise chacun à un usage responsable d'Internet.",
        ],
        "website": "http://www.maison-tic.org/bienvenue-maison-grigny-bienvenue-chez-vous",
        "types": ["ateliers-initiation", "espace-public-numerique"],
        "territory": "Grigny, Givors et les communes avoisinantes",
        "countries": ["FR"],
        "region": "Rhône-Alpes",
        "organisations": [
            ("maison-de-grigny", "carrier"),
            ("ville-grigny", "partner"),
            ("region-rhone-alpes", "funder"),
        ],
        "launch": (date(2002, 1, 1), "year", ""),
        "status": None,
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["habitants", "acteurs-publics"],
        "keywords": ["Internet sur roulettes", "dynamique participative", "initiation TIC"],
        "themes": [3, 1],
        "references": [],
    },
    {
        "number": 11,
        "slug": "lambersartois-com",
        "title": "Lambersartois.com : la mise en relation des habitants",
        "summary": "La ville de Lambersart offre à ses habitants une plateforme gratuite pour échanger des services "
        "et partager leurs passions.",
        "context": [
            "Le web social s'est banalisé. La commune s'en sert pour encourager le dialogue entre ses habitants "
            "et leur réserver un espace d'entraide."
        ],
        "description": [
            "Après avoir rempli un profil sous pseudonyme, chaque inscrit apparaît sur une carte de la ville et "
            "indique ses centres d'intérêt et les services qu'il cherche ou propose : covoiturage, soutien "
            "scolaire, garde d'enfants, jardinage, aide informatique…",
            "La plateforme distingue deux univers, le partage de loisirs et l'échange de coups de main, répartis "
            "en dix-huit thèmes. Chacun peut écrire aux autres et garder ses contacts favoris.",
        ],
        "website": "http://www.lambersartois.com/",
        "types": ["echange-de-services"],
        "territory": "Commune de Lambersart",
        "countries": ["FR"],
        "region": "Nord-Pas-de-Calais",
        "organisations": [("ville-lambersart", "carrier")],
        "launch": (date(2010, 1, 1), "year", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["habitants"],
        "keywords": ["mise en relation", "solidarité", "échange", "profil d'utilisateur", "pseudonyme"],
        "themes": [3],
        "references": [],
    },
    {
        "number": 12,
        "slug": "jeunes-violences-ecoute",
        "title": "Prévenir les violences faites aux jeunes en Île-de-France",
        "summary": "La Région Île-de-France a ouvert en 2006 un site d'information et de dialogue pour les jeunes "
        "victimes de violences, leurs parents et les professionnels.",
        "context": [
            "Face à la hausse des agressions subies par des jeunes à l'école, dans les transports et dans les "
            "quartiers, le Conseil régional a complété sa ligne téléphonique gratuite « Jeunes violences écoute » "
            "par un site web."
        ],
        "description": [
            "Le site explique les différentes formes de violence, de l'insulte au racket et au harcèlement "
            "scolaire, rappelle ce que dit la loi et indique où trouver une aide psychologique ou juridique.",
            "Il s'organise en trois espaces, pour les jeunes, les parents et les professionnels, chacun avec ses "
            "dossiers pratiques et son forum où partager une expérience.",
        ],
        "website": "http://www.jeunesviolencesecoute.fr/",
        "types": ["site-information"],
        "territory": "Région Île-de-France",
        "countries": ["FR"],
        "region": "Île-de-France",
        "organisations": [("cr-ile-de-france", "carrier")],
        "launch": (date(2006, 9, 1), "month", ""),
        "status": "operationnel",
        "collected_on": (date(2009, 11, 1), "month"),
        "audiences": ["jeunes"],
        "keywords": ["prévention", "violence", "jeunes"],
        "themes": [4],
        "references": ["picard-2009"],
    },
    {
        "number": 13,
        "slug": "enpatic-personnes-agees",
        "title": "Enpatic : le numérique au service des personnes âgées",
        "summary": "À Grenoble, des seniors isolés reçoivent un équipement et une formation pour rester en contact "
        "avec leurs proches et les services d'aide à domicile.",
        "context": [
            "La population vieillit et les personnes âgées restent souvent à l'écart des outils numériques, "
            "qu'elles croient réservés aux jeunes. Pour elles, la technique doit compléter la présence humaine, "
            "jamais la remplacer."
        ],
        "description": [
            "Le centre communal d'action sociale de Grenoble et le Conseil général de l'Isère équipent des "
            "personnes âgées pour qu'elles échangent avec leur famille et avec les services qui les aident : "
            "repas, courses, visites médicales.",
            "L'association L'Âge d'Or assure chaque semaine deux heures d'initiation à Internet. Une soixantaine "
            "de seniors participent à cette expérimentation d'un an, qui sera évaluée avant d'être étendue.",
        ],
        "website": "http://www.unccas.org/banque/default.asp?id=1084",
        "types": ["maintien-a-domicile", "ateliers-initiation"],
        "territory": "Ville de Grenoble",
        "countries": ["FR"],
        "region": "Rhône-Alpes",
        "organisations": [
            ("ville-grenoble", "carrier"),
            ("cg-isere", "carrier"),
            ("age-d-or-grenoble", "partner"),
        ],
        "launch": (date(2009, 10, 1), "month", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["seniors"],
        "keywords": ["lien social", "formation", "assistance", "expérimentation"],
        "themes": [4],
        "references": ["picard-2009"],
    },
    {
        "number": 14,
        "slug": "adalogis-logements-adaptes",
        "title": "Adalogis, un site recensant les logements adaptés",
        "summary": "Dans les Landes, un moteur de recherche aide les personnes handicapées ou à mobilité réduite à "
        "trouver un logement adapté à leur situation.",
        "context": [
            "Trouver un logement adapté à un handicap tient du parcours d'obstacles, plus encore en période de "
            "crise du logement. Créée en janvier 2006, la Maison landaise des personnes handicapées a confié au "
            "PACT-HD des Landes la création d'un outil d'information."
        ],
        "description": [
            "Adalogis recense les logements adaptés ou adaptables disponibles dans le département, pour les "
            "personnes en situation de handicap moteur, sensoriel, cognitif ou mental et pour les personnes "
            "âgées.",
            "L'outil est né de la coopération entre associations de personnes handicapées, bailleurs sociaux, "
            "publics et privés, et institutions du logement.",
        ],
        "website": "http://www.adalogis40.org/intro.php",
        "types": ["base-de-donnees"],
        "territory": "Département des Landes",
        "countries": ["FR"],
        "region": "Aquitaine",
        "organisations": [("mlph-landes", "carrier"), ("pact-hd-landes", "partner")],
        "launch": (date(2007, 1, 1), "year", ""),
        "status": None,
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["personnes-handicapees", "seniors"],
        "keywords": ["logement adapté", "logement accessible"],
        "themes": [4],
        "references": ["picard-2009"],
    },
    {
        "number": 15,
        "slug": "citoyens-handicapes-ile-de-france",
        "title": "Un site pour les citoyens handicapés d'Île-de-France",
        "summary": "Le Conseil régional consultatif des citoyens handicapés d'Île-de-France dispose depuis août 2009 "
        "d'un site accessible qui présente ses travaux et l'actualité du handicap dans la région.",
        "context": [
            "Institué en novembre 2004 auprès du président du Conseil régional, ce conseil consultatif donne des "
            "avis sur la prise en compte du handicap et associe les citoyens handicapés à la vie régionale."
        ],
        "description": [
            "Le site, conçu selon le référentiel d'accessibilité RGAA, présente les membres du conseil venus des "
            "huit départements franciliens, les associations qui y siègent et les personnalités qualifiées.",
            "Il relaie l'actualité régionale du handicap : scolarité, forums pour l'emploi, ouverture de "
            "nouveaux lieux de vie. Les visiteurs peuvent écrire pour en savoir plus.",
        ],
        "website": "http://www.iledefrance.fr/citoyens-handicapes/",
        "types": ["site-information"],
        "territory": "Région Île-de-France",
        "countries": ["FR"],
        "region": "Île-de-France",
        "organisations": [("cr-ile-de-france", "carrier")],
        "launch": (date(2009, 8, 1), "month", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["personnes-handicapees"],
        "keywords": ["handicap", "citoyenneté", "prévention", "insertion sociale"],
        "themes": [4],
        "references": ["picard-2009"],
    },
    {
        "number": 16,
        "slug": "appartement-test-pays-de-rennes",
        "title": "Un appartement test pour le maintien à domicile en Pays de Rennes",
        "summary": "À Rennes, un appartement équipé de technologies d'assistance permet de tester des solutions "
        "pour que les personnes âgées restent plus longtemps chez elles.",
        "context": [
            "L'allongement de la vie fera bientôt d'un Français sur trois une personne de plus de 60 ans. Le "
            "projet Innovation Domicile Autonomie (IDA) veut accompagner ce vieillissement par les TIC, comme "
            "alternative à la maison de retraite."
        ],
        "description": [
            "Collectivités, chercheurs, une dizaine d'entreprises locales et des associations ont équipé un "
            "appartement des années 1960 du quartier Maurepas : téléassistance au salon, ordinateur adapté, "
            "capteur sur le réfrigérateur, poignée d'appel dans la salle de bains.",
            "Depuis 2009 et pour deux ans, personnes âgées, proches et professionnels s'y succèdent pour éprouver "
            "ces équipements. L'expérience doit ensuite s'étendre à d'autres logements.",
        ],
        "website": "http://www.agevillage.com/actualite-2903-1-Vie-pratique.html",
        "types": ["maintien-a-domicile"],
        "territory": "Pays de Rennes",
        "countries": ["FR"],
        "region": "Bretagne",
        "organisations": [
            ("rennes-metropole", "carrier"),
            ("ville-rennes", "carrier"),
            ("cg-ille-et-vilaine", "carrier"),
            ("cci-rennes", "carrier"),
            ("universites-rennes", "carrier"),
            ("codespar", "carrier"),
            ("assad-rennes", "carrier"),
            ("archipel-habitat", "partner"),
        ],
        "launch": (date(2009, 1, 1), "year", ""),
        "status": None,
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["seniors", "etudiants-chercheurs", "acteurs-publics"],
        "keywords": ["maintien à domicile", "téléassistance", "personnes âgées"],
        "themes": [4],
        "references": ["picard-2009"],
    },
    {
        "number": 17,
        "slug": "point-bdp-net-arcambal",
        "title": "Le point BDP Net de la bibliothèque d'Arcambal",
        "summary": "La bibliothèque départementale de prêt du Lot installe dans les bibliothèques rurales des points "
        "d'accès au multimédia, dont celui d'Arcambal.",
        "context": [
            "Le Conseil général du Lot veut améliorer l'accès aux TIC dans un département rural pour le "
            "désenclaver et soutenir son développement économique, social et culturel."
        ],
        "description": [
            "Depuis décembre 2006, une cinquantaine de points BDP Net maillent le territoire, dans le cadre d'un "
            "programme qui met en réseau les points d'accès, informatise les bibliothèques et ouvre des espaces "
            "multimédias. Celui d'Arcambal fonctionne depuis le 17 novembre 2009.",
            "On y consulte sa messagerie, on navigue sur le web, on utilise des logiciels éducatifs, on s'initie "
            "à la bureautique ou on imprime son CV.",
        ],
        "website": "http://www.lot.fr/cg_tic.php",
        "types": ["equipement-informatique"],
        "territory": "Département du Lot",
        "countries": ["FR"],
        "region": "Midi-Pyrénées",
        "organisations": [("cg-lot", "carrier")],
        "launch": (date(2006, 12, 1), "month", ""),
        "status": None,
        "collected_on": (date(2009, 12, 17), "day"),
        "audiences": ["tout-public"],
        "keywords": ["informatisation des bibliothèques", "patrimoine", "arts"],
        "themes": [5],
        "references": [],
    },
    {
        "number": 18,
        "slug": "visite-virtuelle-cathedrale-albi",
        "title": "La visite virtuelle de la cathédrale Sainte-Cécile d'Albi",
        "summary": "Depuis janvier 2009, la ville d'Albi propose une visite en ligne de sa cathédrale, en images "
        "panoramiques et haute définition.",
        "context": ["La Cité épiscopale d'Albi a été inscrite au patrimoine mondial de l'Unesco le 1er août 2010."],
        "description": [
            "La visite fait parcourir l'ensemble de la cathédrale de briques en vues à 360 degrés et en images "
            "haute résolution, avec une interactivité constante.",
            "Plus qu'une documentation, elle cherche à faire ressentir le monument à distance : ses volumes, ses "
            "couleurs, son atmosphère.",
        ],
        "website": "http://www.mairie-albi.fr/pano/albi_virtuel.htm",
        "types": ["patrimoine-numerique"],
        "territory": "Ville d'Albi",
        "countries": ["FR"],
        "region": "Midi-Pyrénées",
        "organisations": [("ville-albi", "carrier")],
        "launch": (date(2009, 1, 27), "day", ""),
        "status": None,
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["touristes", "etudiants-chercheurs"],
        "keywords": ["visite virtuelle", "numérisation du patrimoine"],
        "themes": [5],
        "references": [],
    },
]
