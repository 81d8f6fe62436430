"""Initiatives 1 to 9 of the synthesis note (themes 1 to 3): facts from the records, prose of our own.

Each record: number, slug, title, summary (the record's "Présentation"), context and description paragraphs,
website, types, territory, countries, region, organisations [(key, role)], launch (date, precision, period),
status, collected_on (date, precision) or None, audiences, keywords, themes (numbers), references (keys).
"""

from datetime import date

INITIATIVES_A = [
    {
        "number": 1,
        "slug": "reseaux-ruraux-acces-internet",
        "title": "Les réseaux ruraux d'accès à Internet",
        "summary": "Des communes rurales construisent leur propre boucle locale pour offrir le haut débit aux "
        "habitants et aux entreprises à un prix comparable à celui des villes.",
        "context": [
            "Dans les campagnes, les lignes longues et l'habitat dispersé renchérissent l'ADSL : les opérateurs y "
            "facturent des abonnements bien plus chers qu'en zone dense, pour un débit souvent médiocre. Chefs "
            "d'entreprise, associations et élus ont uni leurs efforts pour couvrir tout le territoire."
        ],
        "description": [
            "Un réseau rural d'accès à Internet (RRAI) déploie une boucle locale qui dessert chaque point de la "
            "commune. Des hameaux jusque-là privés de connexion, ou limités à un débit très faible, accèdent "
            "désormais à Internet dans de bonnes conditions.",
            "Le réseau sert aussi la vie locale : il facilite l'entraide entre habitants et l'organisation de "
            "services comme les transports ou la vie scolaire. Le réseau du Kermeur en est un exemple.",
        ],
        "website": "http://www.lekermeur.net/",
        "types": ["connexion-haut-debit"],
        "territory": "Commune",
        "countries": ["FR"],
        "region": "",
        "organisations": [("communes-rurales", "carrier")],
        "launch": (date(2009, 1, 1), "year", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["populations-rurales", "entreprises", "associations"],
        "keywords": ["accès", "haut débit", "ADSL"],
        "themes": [1],
        "references": [],
    },
    {
        "number": 2,
        "slug": "cyberbus-de-quimper",
        "title": "Le Cyberbus de Quimper",
        "summary": "Un bus aménagé en espace public numérique parcourt les quartiers de Quimper pour offrir à "
        "tous un accès à Internet, du matériel et des formations.",
        "context": [
            "Les outils numériques se sont généralisés, mais une partie des habitants reste à l'écart, souvent "
            "celle qui cumule déjà d'autres difficultés sociales, géographiques ou physiques. La ville de Quimper "
            "a choisi d'aller à sa rencontre."
        ],
        "description": [
            "Le Cyberbus embarque des ordinateurs, des appareils photo numériques, des imprimantes et un scanner, "
            "reliés à Internet en haut débit. Il s'arrête dans chaque quartier, où un point de connexion l'attend, "
            "et sert aussi de point d'information pour les adolescents.",
            "Il suit un itinéraire de septembre à juin et un autre pendant l'été. Jeunes, personnes âgées et gens "
            "du voyage s'y côtoient et y suivent des séances de formation, ce qui rapproche les générations.",
        ],
        "website": "http://www.altivis.fr/Quimper-un-cyberbus-pour.html",
        "types": ["espace-public-numerique", "equipement-informatique"],
        "territory": "Commune de Quimper",
        "countries": ["FR"],
        "region": "Bretagne",
        "organisations": [("ville-quimper", "carrier")],
        "launch": (date(2006, 7, 1), "month", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["habitants", "jeunes", "seniors", "gens-du-voyage"],
        "keywords": ["accès", "haut débit", "fracture numérique"],
        "themes": [1, 2],
        "references": [],
    },
    {
        "number": 3,
        "slug": "la-souris-verte",
        "title": "La Souris Verte",
        "summary": "Le Conseil général du Puy-de-Dôme mène une action numérique itinérante auprès des gens du "
        "voyage et des familles semi-sédentaires.",
        "context": [
            "Les publics en situation précaire, bénéficiaires de minima sociaux ou itinérants, accèdent mal aux "
            "outils numériques : leur mobilité et leur situation économique les en éloignent. Les élus du "
            "département ont fait de leur insertion une priorité."
        ],
        "description": [
            "La Souris Verte a d'abord été le cyberbus du Centre Ressources Illettrisme d'Auvergne, tourné vers "
            "les personnes qui ne maîtrisent pas l'écrit ni l'informatique. Depuis 2005, il se rend surtout sur "
            "les terrains des gens du voyage dans les communes du département.",
            "Lecture, discussion et initiation à l'informatique se mêlent pour redonner le goût de l'écrit et "
            "apprendre à se servir des outils numériques à bon escient.",
        ],
        "website": "http://www.creatif-public.net/article1073.html",
        "types": ["equipement-informatique", "ateliers-initiation"],
        "territory": "Communes du Puy-de-Dôme",
        "countries": ["FR"],
        "region": "Auvergne",
        "organisations": [
            ("cg-puy-de-dome", "carrier"),
            ("animateurs-acces-public-auvergne", "carrier"),
            ("associations-institutions-puy-de-dome", "carrier"),
            ("cri-auvergne", "partner"),
        ],
        "launch": (date(2007, 1, 1), "year", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["gens-du-voyage"],
        "keywords": ["accès", "sensibilisation", "apprentissage", "écrit", "échanges culturels", "initiation"],
        "themes": [1],
        "references": [],
    },
    {
        "number": 4,
        "slug": "myndg-jeunes-gravenchonnais",
        "title": "MyNDG, un espace en ligne pour les jeunes Gravenchonnais",
        "summary": "La ville de Notre-Dame-de-Gravenchon a ouvert un petit réseau social qui permet à ses jeunes "
        "d'échanger et de suivre l'actualité locale.",
        "context": [
            "Les jeunes sont en ligne tous les jours et très présents sur les réseaux sociaux. La commune a voulu "
            "leur offrir un espace à eux pour s'exprimer, s'informer et renforcer leurs liens."
        ],
        "description": [
            "MyNDG (« Mon Notre-Dame-de-Gravenchon ») s'adresse aux jeunes de 12 ans à un peu plus de 20 ans. "
            "Les acteurs locaux l'alimentent : reportages et vidéos sur les accueils de loisirs, le centre social "
            "et la médiathèque, radios de la ville, musique.",
            "Le site relaie aussi des conseils pour utiliser les réseaux sociaux sans danger, renvoie vers le "
            "portail Internet sans crainte et se connecte aux comptes Facebook des jeunes.",
        ],
        "website": "http://www.notre-dame-de-gravenchon.fr/myndg/",
        "types": ["lien-social"],
        "territory": "Commune de Notre-Dame-de-Gravenchon",
        "countries": ["FR"],
        "region": "Haute-Normandie",
        "organisations": [("ville-notre-dame-de-gravenchon", "carrier")],
        "launch": (date(2009, 10, 1), "month", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 1, 1), "month"),
        "audiences": ["jeunes"],
        "keywords": ["site web", "réseau social", "agrégateur d'information"],
        "themes": [2],
        "references": [],
    },
    {
        "number": 5,
        "slug": "noyer-renard-numerique",
        "title": "Le Noyer Renard numérique",
        "summary": "Un espace public numérique et un réseau social de quartier permettent aux habitants du Noyer "
        "Renard, à Athis-Mons, de s'informer et d'échanger sur leur vie quotidienne.",
        "context": [
            "Le quartier du Noyer Renard manque de lieux où se retrouver. Beaucoup de ses habitants sont issus "
            "de l'immigration et ont besoin de garder le contact avec des proches éloignés comme de s'intégrer "
            "dans leur ville."
        ],
        "description": [
            "L'Espace Multimédia Athégien ouvre aux habitants un espace public numérique : initiation à "
            "l'informatique, à Internet et aux arts numériques, ateliers d'échange sur les usages.",
            "Le réseau social du quartier aide chacun à trouver des informations sur l'emploi, le logement, la "
            "santé ou les démarches, et à résoudre ensemble des problèmes locaux.",
        ],
        "website": "http://www.ema91.asso.fr/",
        "types": ["espace-public-numerique", "ateliers-initiation", "creation-numerique"],
        "territory": "Commune d'Athis-Mons",
        "countries": ["FR"],
        "region": "Île-de-France",
        "organisations": [
            ("ville-athis-mons", "carrier"),
            ("immobiliere-3f", "carrier"),
            ("ema-athis-mons", "partner"),
        ],
        "launch": (date(2010, 1, 1), "year", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["habitants", "publics-fragiles"],
        "keywords": ["solidarité", "échange", "EPN", "accès"],
        "themes": [2],
        "references": [],
    },
    {
        "number": 6,
        "slug": "espaces-ressources-internet-royans-vercors",
        "title": "Des espaces ressources Internet dans le Royans et le Vercors",
        "summary": "Un réseau de lieux d'accueil animés aide les habitants défavorisés de dix-sept communes de "
        "montagne à s'approprier Internet et à tisser des liens.",
        "context": [
            "Les territoires ruraux profitent encore mal des outils numériques. Pour y remédier, les départements "
            "de la Drôme et de l'Ardèche ont lancé un appel à projets pour créer des espaces publics Internet."
        ],
        "description": [
            "L'association Les Tracols, qui travaille depuis 1982 avec des adolescents en rupture familiale et "
            "des adultes en difficulté, ouvre des espaces publics Internet dans les communes du Pays du Royans et "
            "du plateau du Vercors.",
            "Une animatrice y coordonne des cours d'initiation et des temps d'échange autour de projets communs, "
            "où se rencontrent les générations.",
        ],
        "website": "http://www.crm-royans-vercors.fr/",
        "types": ["espace-public-numerique", "ateliers-initiation"],
        "territory": "Pays du Royans et Vercors",
        "countries": ["FR"],
        "region": "Rhône-Alpes",
        "organisations": [("les-tracols", "carrier")],
        "launch": (date(2010, 1, 1), "year", "early"),
        "status": "en-cours",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["populations-rurales", "publics-fragiles"],
        "keywords": ["TIC", "cohésion sociale", "EPN", "fracture sociale", "culture numérique"],
        "themes": [2],
        "references": [],
    },
    {
        "number": 7,
        "slug": "internet-multimedia-pays-de-brest",
        "title": "Internet et multimédia en Pays de Brest : usages innovants et lien social",
        "summary": "Le Pays de Brest fédère les acteurs de l'accès public à Internet pour partager les usages "
        "innovants et créer du lien social autour du numérique.",
        "context": [
            "Le Pays de Brest s'est forgé une réputation de territoire innovant, notamment en coopération "
            "décentralisée. Il s'appuie sur d'autres dispositifs, comme une médiathèque collaborative en ligne "
            "et des formations au multimédia."
        ],
        "description": [
            "Le projet réunit régulièrement animateurs d'espaces publics, associations et porteurs de projets "
            "pour confronter leurs pratiques et transformer les plus prometteuses en actions communes.",
            "Dans un quartier populaire de Brest, un espace multimédia accueille personnes en difficulté et "
            "amateurs : initiation à l'ordinateur, aide à la rédaction d'un CV ou d'une lettre de motivation, "
            "ateliers sur l'estime de soi.",
        ],
        "website": "http://www.a-brest.net/article2661.html",
        "types": ["lien-social", "espace-public-numerique"],
        "territory": "Pays de Brest",
        "countries": ["FR"],
        "region": "Bretagne",
        "organisations": [("cg-finistere", "carrier")],
        "launch": (date(2006, 1, 1), "year", ""),
        "status": "operationnel",
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["habitants", "publics-fragiles"],
        "keywords": [
            "cohésion sociale",
            "lieux d'accès à Internet",
            "culture numérique",
            "insertion sociale",
            "coordination",
        ],
        "themes": [2],
        "references": [],
    },
    {
        "number": 8,
        "slug": "dracenie-services",
        "title": "Dracénie services, un site d'entraide au quotidien",
        "summary": "La Communauté d'agglomération dracénoise met en relation les habitants qui offrent ou "
        "cherchent un service : garde d'enfants, stage, aide à la personne.",
        "context": [
            "Le site de l'agglomération informe déjà sur ses services et ceux des communes. Y ajouter un espace "
            "d'annonces permet aux habitants de publier eux-mêmes leurs besoins et leurs offres."
        ],
        "description": [
            "Chaque inscrit peut déposer une offre ou une demande et recevoir une alerte quand une annonce "
            "nouvelle correspond à ses critères. Un compte est nécessaire pour consulter toutes les annonces.",
            "Une recherche de correspondances propose, dès la rédaction, les annonces voisines ; si rien ne "
            "correspond, la recherche se transforme directement en annonce.",
        ],
        "website": "http://www.dracenie.com/modules/espaceannonces/",
        "types": ["echange-de-services"],
        "territory": "Communauté d'agglomération dracénoise",
        "countries": ["FR"],
        "region": "Provence-Alpes-Côte d'Azur",
        "organisations": [("ca-dracenie", "carrier")],
        "launch": (date(2009, 1, 1), "year", ""),
        "status": None,
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["habitants"],
        "keywords": ["échange de services", "plateforme collaborative"],
        "themes": [3],
        "references": [],
    },
    {
        "number": 9,
        "slug": "espace-jeunes-16-25-ans",
        "title": "Construire ensemble un espace pour les jeunes de 16 à 25 ans",
        "summary": "La mission locale Technowest informe en ligne les jeunes de seize communes de Gironde sur les "
        "formations qui mènent à l'emploi.",
        "context": [
            "À Saint-Médard-en-Jalles, la mission locale accompagne les jeunes dans leur orientation et leur "
            "entrée dans la vie professionnelle."
        ],
        "description": [
            "Son site, conforme au référentiel général d'accessibilité des administrations (RGAA), recense les "
            "formations qualifiantes ou diplômantes, en alternance, gratuites ou rémunérées.",
            "Il vise les jeunes de 16 à 25 ans des seize communes du territoire de la mission locale et les aide "
            "à viser un emploi durable.",
        ],
        "website": "http://www.mission-locale-technowest.com/",
        "types": ["site-information"],
        "territory": "Les 16 communes de la mission locale",
        "countries": ["FR"],
        "region": "Aquitaine",
        "organisations": [("mission-locale-technowest", "carrier"), ("ville-saint-medard-en-jalles", "partner")],
        "launch": (None, "unknown", ""),
        "status": None,
        "collected_on": (date(2010, 2, 1), "month"),
        "audiences": ["jeunes"],
        "keywords": ["orientation professionnelle", "plateforme d'information"],
        "themes": [3],
        "references": [],
    },
]
