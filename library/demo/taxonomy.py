"""The vocabularies of the demo: (slug, French label, English label, Spanish label), in display order.

The initiative types, audiences and statuses are a controlled version of what the records of the synthesis note
write in free text ("Type d'initiative", "Cibles", "Avancement").
"""

INITIATIVE_TYPES = [
    (
        "connexion-haut-debit",
        "Connexion et accès haut débit",
        "Broadband connection and access",
        "Conexión y acceso de banda ancha",
    ),
    ("espace-public-numerique", "Espace public numérique", "Public digital space", "Espacio público digital"),
    (
        "equipement-informatique",
        "Équipement en matériel et connexion",
        "Computer equipment and connection",
        "Equipamiento informático y conexión",
    ),
    (
        "ateliers-initiation",
        "Ateliers d'initiation aux TIC",
        "Introductory ICT workshops",
        "Talleres de iniciación a las TIC",
    ),
    (
        "lien-social",
        "Lien social et resocialisation",
        "Social ties and re-socialisation",
        "Vínculo social y resocialización",
    ),
    (
        "echange-de-services",
        "Plateforme d'échange de services",
        "Service exchange platform",
        "Plataforma de intercambio de servicios",
    ),
    ("site-information", "Site web d'information", "Information website", "Sitio web informativo"),
    ("base-de-donnees", "Base de données en ligne", "Online database", "Base de datos en línea"),
    (
        "maintien-a-domicile",
        "Téléassistance et maintien à domicile",
        "Telecare and independent living at home",
        "Teleasistencia y permanencia en el hogar",
    ),
    (
        "patrimoine-numerique",
        "Valorisation numérique du patrimoine",
        "Digital heritage",
        "Valorización digital del patrimonio",
    ),
    ("creation-numerique", "Atelier de création numérique", "Digital creation workshop", "Taller de creación digital"),
    (
        "cooperation-decentralisee",
        "Coopération décentralisée",
        "Decentralised cooperation",
        "Cooperación descentralizada",
    ),
    ("e-administration", "E-administration", "E-government", "Administración electrónica"),
    ("logiciels-libres", "Logiciels libres", "Free software", "Software libre"),
    (
        "reemploi-informatique",
        "Reconditionnement et réemploi informatique",
        "Computer refurbishing and reuse",
        "Reacondicionamiento y reutilización informática",
    ),
]

AUDIENCES = [
    ("tout-public", "Tout public", "General public", "Público general"),
    ("habitants", "Habitants d'un territoire", "Local residents", "Habitantes de un territorio"),
    ("jeunes", "Jeunes", "Young people", "Jóvenes"),
    ("eleves", "Élèves", "Pupils", "Alumnos"),
    ("seniors", "Personnes âgées", "Older people", "Personas mayores"),
    ("personnes-handicapees", "Personnes handicapées", "People with disabilities", "Personas con discapacidad"),
    ("gens-du-voyage", "Gens du voyage", "Travellers", "Población itinerante"),
    (
        "publics-fragiles",
        "Personnes en difficulté d'insertion",
        "People facing social exclusion",
        "Personas en dificultad de inserción",
    ),
    ("populations-rurales", "Populations rurales", "Rural populations", "Poblaciones rurales"),
    ("entreprises", "Entreprises", "Businesses", "Empresas"),
    ("associations", "Associations", "Non-profit associations", "Asociaciones"),
    (
        "acteurs-publics",
        "Collectivités et agents publics",
        "Local authorities and civil servants",
        "Entidades locales y funcionarios",
    ),
    ("touristes", "Touristes et visiteurs", "Tourists and visitors", "Turistas y visitantes"),
    ("etudiants-chercheurs", "Étudiants et chercheurs", "Students and researchers", "Estudiantes e investigadores"),
]

STATUSES = [
    ("operationnel", "Opérationnel", "Operational", "Operativo"),
    ("en-cours", "En cours", "In progress", "En curso"),
]

ORGANISATION_KINDS = [
    ("commune", "Commune", "Municipality", "Municipio"),
    ("intercommunalite", "Intercommunalité", "Inter-municipal authority", "Mancomunidad"),
    ("departement", "Département (conseil général)", "Département (county council)", "Departamento (consejo general)"),
    ("region", "Région (conseil régional)", "Region (regional council)", "Región (consejo regional)"),
    ("etat", "État", "National government", "Estado"),
    ("etablissement-public", "Établissement public", "Public body", "Organismo público"),
    ("association", "Association", "Non-profit association", "Asociación"),
    ("entreprise", "Entreprise", "Company", "Empresa"),
    ("bailleur-social", "Bailleur social", "Social housing provider", "Entidad de vivienda social"),
    ("universite", "Université et recherche", "University and research", "Universidad e investigación"),
    ("etablissement-culturel", "Établissement culturel", "Cultural institution", "Institución cultural"),
    (
        "etablissement-medico-social",
        "Établissement médico-social",
        "Health and social care facility",
        "Centro sociosanitario",
    ),
]
