"""The home page, the five section indexes and the partners' space, with English and Spanish translations."""

HOME = {
    "key": "home",
    "slug": "accueil",
    "fr": {
        "title": "Solidarités numériques",
        "summary": "Un centre de ressources sur les initiatives locales qui mettent le numérique au service de la "
        "solidarité : accès, entraide, santé, culture et coopération.",
        "introduction": [
            "Points d'accès publics, bus connectés, réseaux d'entraide entre voisins, téléassistance, jumelages "
            "entre villes du Nord et du Sud : partout, des collectivités et des associations utilisent le "
            "numérique pour réduire les exclusions.",
            "Ce centre de ressources rassemble leurs expériences, classées en sept thèmes, avec la note de "
            "synthèse qui les analyse et les documents qui les éclairent.",
        ],
    },
    "en": {
        "title": "Digital solidarity",
        "slug": "home",
        "summary": "A resource centre on local initiatives that put digital technology at the service of "
        "solidarity: access, mutual aid, health, culture and cooperation.",
        "introduction": [
            "Public access points, connected buses, neighbourly mutual-aid networks, telecare, twinnings between "
            "towns of the North and the South: everywhere, local authorities and associations use digital tools "
            "to reduce exclusion.",
            "This resource centre gathers their experience, organised in seven themes, together with the "
            "synthesis note that analyses it and the documents that shed light on it.",
        ],
    },
    "es": {
        "title": "Solidaridad digital",
        "slug": "inicio",
        "summary": "Un centro de recursos sobre las iniciativas locales que ponen lo digital al servicio de la "
        "solidaridad: acceso, ayuda mutua, salud, cultura y cooperación.",
        "introduction": [
            "Puntos de acceso público, autobuses conectados, redes de ayuda mutua entre vecinos, teleasistencia, "
            "hermanamientos entre ciudades del Norte y del Sur: en todas partes, entidades locales y "
            "asociaciones utilizan lo digital para reducir la exclusión.",
            "Este centro de recursos reúne sus experiencias, clasificadas en siete temas, junto con la nota de "
            "síntesis que las analiza y los documentos que las explican.",
        ],
    },
}

# (model label, key/slug, {language: {title, slug?, summary, introduction}})
INDEXES = [
    (
        "initiatives.ThemeIndexPage",
        "themes",
        {
            "fr": {
                "title": "Thèmes",
                "summary": "Les sept thèmes de la solidarité numérique.",
                "introduction": ["Chaque thème réunit des initiatives, des notes et des références."],
            },
            "en": {
                "title": "Themes",
                "summary": "The seven themes of digital solidarity.",
                "introduction": ["Each theme brings together initiatives, notes and references."],
            },
            "es": {
                "title": "Temas",
                "slug": "temas",
                "summary": "Los siete temas de la solidaridad digital.",
                "introduction": ["Cada tema reúne iniciativas, notas y referencias."],
            },
        },
    ),
    (
        "initiatives.InitiativeIndexPage",
        "initiatives",
        {
            "fr": {
                "title": "Initiatives",
                "summary": "Des projets locaux de solidarité numérique, en France et en coopération internationale.",
                "introduction": [
                    "Chaque fiche présente le projet, son contexte, ses porteurs, son public et son état "
                    "d'avancement à la date où l'information a été recueillie."
                ],
            },
            "en": {
                "title": "Initiatives",
                "summary": "Local digital solidarity projects, in France and in international cooperation.",
                "introduction": [
                    "Each record presents the project, its context, who carries it, its audience and its progress "
                    "on the date the information was collected."
                ],
            },
            "es": {
                "title": "Iniciativas",
                "slug": "iniciativas",
                "summary": "Proyectos locales de solidaridad digital, en Francia y en cooperación internacional.",
                "introduction": [
                    "Cada ficha presenta el proyecto, su contexto, sus promotores, su público y su estado de "
                    "avance en la fecha en que se recogió la información."
                ],
            },
        },
    ),
    (
        "initiatives.OrganisationIndexPage",
        "acteurs",
        {
            "fr": {
                "title": "Acteurs",
                "summary": "Les collectivités, associations et établissements qui portent, accompagnent ou "
                "financent les initiatives.",
                "introduction": ["Retrouvez pour chaque acteur les initiatives auxquelles il participe."],
            },
            "en": {
                "title": "Actors",
                "slug": "actors",
                "summary": "The local authorities, associations and institutions that carry, support or fund the "
                "initiatives.",
                "introduction": ["For each actor, find the initiatives it takes part in."],
            },
            "es": {
                "title": "Actores",
                "slug": "actores",
                "summary": "Las entidades locales, asociaciones e instituciones que impulsan, acompañan o "
                "financian las iniciativas.",
                "introduction": ["Encuentre para cada actor las iniciativas en las que participa."],
            },
        },
    ),
    (
        "library.LibraryIndexPage",
        "bibliotheque",
        {
            "fr": {
                "title": "Bibliothèque",
                "summary": "Notes de synthèse et références bibliographiques sur la solidarité numérique.",
                "introduction": [
                    "Les rapports, livres et guides cités par nos notes, avec leurs références complètes à citer "
                    "et à exporter."
                ],
            },
            "en": {
                "title": "Library",
                "slug": "library",
                "summary": "Synthesis notes and bibliographic references on digital solidarity.",
                "introduction": [
                    "The reports, books and guides cited by our notes, with full references to cite and export."
                ],
            },
            "es": {
                "title": "Biblioteca",
                "slug": "biblioteca",
                "summary": "Notas de síntesis y referencias bibliográficas sobre la solidaridad digital.",
                "introduction": [
                    "Los informes, libros y guías citados en nuestras notas, con sus referencias completas para "
                    "citar y exportar."
                ],
            },
        },
    ),
    (
        "home.ArticleIndexPage",
        "articles",
        {
            "fr": {
                "title": "Articles",
                "summary": "Comptes rendus, présentations de programmes et actualités du réseau.",
                "introduction": ["Les articles publiés par les partenaires du centre de ressources."],
            },
            "en": {
                "title": "Articles",
                "summary": "Meeting reports, programme presentations and news from the network.",
                "introduction": ["Articles published by the partners of the resource centre."],
            },
            "es": {
                "title": "Artículos",
                "slug": "articulos",
                "summary": "Actas de reuniones, presentaciones de programas y noticias de la red.",
                "introduction": ["Los artículos publicados por los socios del centro de recursos."],
            },
        },
    ),
]

INDEXES += [
    (
        "events.EventIndexPage",
        "agenda",
        {
            "fr": {
                "title": "Agenda",
                "summary": "Les rencontres, séminaires et journées ouvertes du réseau.",
                "introduction": ["Rencontres régionales, séminaires et journées publiques, en France et ailleurs."],
            },
            "en": {
                "title": "Events",
                "slug": "events",
                "summary": "The network's meetings, seminars and open days.",
                "introduction": ["Regional meetings, seminars and public days, in France and elsewhere."],
            },
            "es": {
                "title": "Agenda",
                "slug": "agenda",
                "summary": "Los encuentros, seminarios y jornadas abiertas de la red.",
                "introduction": ["Encuentros regionales, seminarios y jornadas públicas, en Francia y otros lugares."],
            },
        },
    ),
    (
        "letter.LetterIndexPage",
        "courrier",
        {
            "fr": {
                "title": "Le courrier",
                "summary": "La lettre périodique du centre : les initiatives, notes, références et rencontres.",
                "introduction": ["Chaque numéro relaie ce qui a été publié depuis le précédent."],
            },
            "en": {
                "title": "The letter",
                "slug": "letter",
                "summary": "The centre's periodic letter: initiatives, notes, references and meetings.",
                "introduction": ["Each issue relays what was published since the previous one."],
            },
            "es": {
                "title": "El correo",
                "slug": "correo",
                "summary": "La carta periódica del centro: iniciativas, notas, referencias y encuentros.",
                "introduction": ["Cada número difunde lo publicado desde el anterior."],
            },
        },
    ),
]

PARTNERS_PAGE = {
    "key": "espace-partenaires",
    "slug": "espace-partenaires",
    "title": "Espace partenaires",
    "summary": "Documents de travail réservés aux partenaires des projets : comptes rendus, contacts et outils "
    "d'accompagnement.",
    "body": [
        ("heading", {"text": "Bienvenue dans l'espace des partenaires", "anchor": "bienvenue"}),
        (
            "paragraph",
            "<p>Comme la plateforme des i-jumelages, ce centre de ressources a deux niveaux de confidentialité : "
            "une partie ouverte au public et cet espace, visible seulement des membres du groupe Partenaires.</p>",
        ),
        (
            "paragraph",
            "<p>Vous y trouverez les documents de travail des projets en cours : ordres du jour des réunions, "
            "listes de contacts, grilles d'auto-évaluation et propositions destinées aux décideurs avant leur "
            "publication.</p>",
        ),
        ("heading", {"text": "Contribuer", "anchor": "contribuer"}),
        (
            "paragraph",
            "<p>Pour proposer une nouvelle initiative ou corriger une fiche, écrivez à l'équipe éditoriale : "
            "chaque contribution passe par la relecture avant d'être publiée.</p>",
        ),
    ],
}
