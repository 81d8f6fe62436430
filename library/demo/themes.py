"""The seven themes of the synthesis note, in French with English and Spanish translations (our own prose).

Each text is a dict per language: title, summary and introduction paragraphs, aligned so that the n-th English
paragraph translates the n-th French one.
"""

THEMES = [
    {
        "code": "acces-connexion-materiel",
        "number": 1,
        "fr": {
            "title": "Accès à la connexion et au matériel informatique",
            "summary": "Apporter le haut débit, des ordinateurs et un accompagnement là où ils manquent : "
            "campagnes isolées, quartiers éloignés, publics itinérants.",
            "introduction": [
                "La fracture numérique commence par l'équipement : une ligne trop lente ou trop chère, un "
                "ordinateur hors de portée. Les collectivités y répondent en construisant leurs propres réseaux "
                "ou en faisant venir le matériel jusqu'aux habitants.",
                "Les initiatives de ce thème montrent trois réponses : un réseau local de desserte rurale, un bus "
                "équipé qui fait la tournée des quartiers, une action itinérante pour les gens du voyage.",
            ],
        },
        "en": {
            "title": "Access to connectivity and computer equipment",
            "summary": "Bringing broadband, computers and support where they are missing: remote countryside, "
            "outlying neighbourhoods, people on the move.",
            "introduction": [
                "The digital divide starts with equipment: a line that is too slow or too expensive, a computer out "
                "of reach. Local authorities respond by building their own networks or by taking the equipment to "
                "the residents.",
                "The initiatives of this theme show three answers: a local rural access network, an equipped bus "
                "touring the neighbourhoods, a travelling service for Traveller communities.",
            ],
        },
        "es": {
            "title": "Acceso a la conexión y al equipamiento informático",
            "summary": "Llevar la banda ancha, los ordenadores y el acompañamiento adonde faltan: zonas rurales "
            "aisladas, barrios alejados, poblaciones itinerantes.",
            "introduction": [
                "La brecha digital empieza por el equipamiento: una línea demasiado lenta o demasiado cara, un "
                "ordenador fuera de alcance. Las entidades locales responden construyendo sus propias redes o "
                "llevando el material hasta los habitantes.",
                "Las iniciativas de este tema muestran tres respuestas: una red local de acceso rural, un autobús "
                "equipado que recorre los barrios y una acción itinerante para la población nómada.",
            ],
        },
    },
    {
        "code": "fracture-numerique-lien-social",
        "number": 2,
        "fr": {
            "title": "Lutte contre la fracture numérique et renforcement des liens sociaux",
            "summary": "Des espaces publics numériques et des réseaux locaux qui font de l'apprentissage des outils "
            "une occasion de se rencontrer.",
            "introduction": [
                "Un espace public numérique n'est pas seulement une salle d'ordinateurs : on y apprend ensemble, on "
                "s'y entraide, on y croise d'autres générations. La technique devient un prétexte pour retisser "
                "des liens.",
                "Les projets rassemblés ici vont du réseau social municipal pour les jeunes aux lieux d'accès "
                "animés dans les cantons ruraux et les quartiers populaires.",
            ],
        },
        "en": {
            "title": "Bridging the digital divide and strengthening social ties",
            "summary": "Public digital spaces and local networks that turn learning the tools into an opportunity "
            "to meet.",
            "introduction": [
                "A public digital space is more than a room full of computers: people learn together, help each "
                "other and meet other generations there. Technology becomes a reason to rebuild social ties.",
                "The projects gathered here range from a municipal social network for young people to staffed "
                "access points in rural cantons and working-class neighbourhoods.",
            ],
        },
        "es": {
            "title": "Lucha contra la brecha digital y refuerzo de los vínculos sociales",
            "summary": "Espacios públicos digitales y redes locales que convierten el aprendizaje de las "
            "herramientas en una ocasión de encuentro.",
            "introduction": [
                "Un espacio público digital no es solo una sala de ordenadores: en él se aprende en grupo, se "
                "ayuda a los demás y se conoce a otras generaciones. La técnica se convierte en un pretexto para "
                "recrear vínculos.",
                "Los proyectos reunidos aquí van desde la red social municipal para jóvenes hasta los puntos de "
                "acceso animados en cantones rurales y barrios populares.",
            ],
        },
    },
    {
        "code": "entraide-numerique",
        "number": 3,
        "fr": {
            "title": "L'entraide numérique",
            "summary": "Des plateformes où les habitants proposent et demandent des services, et des lieux où "
            "l'on apprend à s'en servir.",
            "introduction": [
                "Par entraide numérique, la note entend les habitants qui s'aident les uns les autres grâce aux "
                "outils en ligne : petites annonces de services, mise en relation de voisins, information des "
                "jeunes sur leur orientation.",
                "Les collectivités fournissent l'outil et l'animation ; les échanges, eux, viennent des habitants.",
            ],
        },
        "en": {
            "title": "Digital mutual aid",
            "summary": "Platforms where residents offer and request services, and places where people learn how "
            "to use them.",
            "introduction": [
                "By digital mutual aid, the note means residents helping each other through online tools: "
                "classified ads for services, putting neighbours in touch, informing young people about their "
                "career options.",
                "Local authorities provide the tool and run it; the exchanges themselves come from the residents.",
            ],
        },
        "es": {
            "title": "La ayuda mutua digital",
            "summary": "Plataformas donde los habitantes ofrecen y piden servicios, y lugares donde se aprende a "
            "utilizarlas.",
            "introduction": [
                "Por ayuda mutua digital, la nota entiende a los habitantes que se ayudan entre sí gracias a las "
                "herramientas en línea: anuncios de servicios, contacto entre vecinos, información a los jóvenes "
                "sobre su orientación.",
                "Las entidades locales aportan la herramienta y la animación; los intercambios proceden de los "
                "propios habitantes.",
            ],
        },
    },
    {
        "code": "sante-prevention",
        "number": 4,
        "fr": {
            "title": "Santé et prévention",
            "summary": "Prévention auprès des jeunes, maintien à domicile des personnes âgées, information des "
            "personnes handicapées : le numérique au service du soin et de l'autonomie.",
            "introduction": [
                "Selon l'endroit où l'on vit, son âge ou sa condition physique, l'accès aux services de santé et "
                "d'accompagnement reste inégal. Les outils numériques ne remplacent pas la présence humaine, mais "
                "ils peuvent rapprocher les services des personnes.",
                "Les cinq initiatives de ce thème portent sur la prévention des violences, la téléassistance, le "
                "logement adapté et l'information des citoyens handicapés.",
            ],
        },
        "en": {
            "title": "Health and prevention",
            "summary": "Prevention for young people, independent living for older people, information for "
            "disabled people: digital tools serving care and autonomy.",
            "introduction": [
                "Depending on where people live, their age or their physical condition, access to health and care "
                "services remains unequal. Digital tools do not replace human presence, but they can bring "
                "services closer to people.",
                "The five initiatives of this theme deal with preventing violence, telecare, adapted housing and "
                "information for disabled citizens.",
            ],
        },
        "es": {
            "title": "Salud y prevención",
            "summary": "Prevención para los jóvenes, permanencia en el hogar de las personas mayores, información "
            "para las personas con discapacidad: lo digital al servicio del cuidado y la autonomía.",
            "introduction": [
                "Según el lugar donde se vive, la edad o la condición física, el acceso a los servicios de salud y "
                "de acompañamiento sigue siendo desigual. Las herramientas digitales no sustituyen la presencia "
                "humana, pero pueden acercar los servicios a las personas.",
                "Las cinco iniciativas de este tema tratan de la prevención de la violencia, la teleasistencia, la "
                "vivienda adaptada y la información a los ciudadanos con discapacidad.",
            ],
        },
    },
    {
        "code": "culture-pour-tous",
        "number": 5,
        "fr": {
            "title": "L'accès pour tous à la culture",
            "summary": "Bibliothèques rurales connectées, monuments visités en ligne, collections de musée "
            "numérisées : la culture à portée d'écran.",
            "introduction": [
                "La culture réunit des mondes différents : le patrimoine, la création, la lecture publique, le "
                "tourisme. Dans chacun, la numérisation et la mise en ligne élargissent le public au-delà de "
                "ceux qui peuvent se déplacer.",
                "La note retient un réseau de points d'accès en bibliothèque, une visite virtuelle de cathédrale "
                "et le portail d'un musée de la photographie.",
            ],
        },
        "en": {
            "title": "Culture for all",
            "summary": "Connected rural libraries, monuments visited online, digitised museum collections: "
            "culture within reach of a screen.",
            "introduction": [
                "Culture brings together different worlds: heritage, creation, public libraries, tourism. In each "
                "of them, digitisation and online publication widen the audience beyond those who can travel.",
                "The note selects a network of access points in libraries, a virtual tour of a cathedral and the "
                "portal of a photography museum.",
            ],
        },
        "es": {
            "title": "El acceso de todos a la cultura",
            "summary": "Bibliotecas rurales conectadas, monumentos visitados en línea, colecciones de museo "
            "digitalizadas: la cultura al alcance de una pantalla.",
            "introduction": [
                "La cultura reúne mundos distintos: el patrimonio, la creación, la lectura pública, el turismo. En "
                "cada uno de ellos, la digitalización y la publicación en línea amplían el público más allá de "
                "quienes pueden desplazarse.",
                "La nota destaca una red de puntos de acceso en bibliotecas, una visita virtual de una catedral y "
                "el portal de un museo de la fotografía.",
            ],
        },
    },
    {
        "code": "lieux-sociaux",
        "number": 6,
        "fr": {
            "title": "Les lieux sociaux",
            "summary": "Médiathèques, centres multimédia et foyers logements où l'atelier numérique devient un "
            "moment partagé.",
            "introduction": [
                "Quand un espace public numérique accueille un groupe régulier, il devient un lieu social à part "
                "entière : on y vient pour apprendre, mais aussi pour retrouver les autres.",
                "Les trois exemples de ce thème s'adressent à des écoliers, à des travailleurs malvoyants et aux "
                "résidents d'un foyer pour personnes âgées.",
            ],
        },
        "en": {
            "title": "Social places",
            "summary": "Media libraries, multimedia centres and sheltered housing where the digital workshop "
            "becomes a shared moment.",
            "introduction": [
                "When a public digital space welcomes a regular group, it becomes a social place in its own right: "
                "people come to learn, but also to meet the others.",
                "The three examples of this theme are aimed at schoolchildren, visually impaired workers and the "
                "residents of a home for older people.",
            ],
        },
        "es": {
            "title": "Los lugares sociales",
            "summary": "Mediatecas, centros multimedia y residencias donde el taller digital se convierte en un "
            "momento compartido.",
            "introduction": [
                "Cuando un espacio público digital acoge a un grupo habitual, se convierte en un lugar social por "
                "derecho propio: se acude para aprender, pero también para encontrarse con los demás.",
                "Los tres ejemplos de este tema se dirigen a escolares, a trabajadores con discapacidad visual y a "
                "los residentes de una residencia de mayores.",
            ],
        },
    },
    {
        "code": "cooperation-decentralisee",
        "number": 7,
        "fr": {
            "title": "La coopération décentralisée",
            "summary": "Des collectivités françaises et leurs partenaires du Sénégal, du Bénin et du Maroc "
            "partagent leur savoir-faire numérique.",
            "introduction": [
                "La solidarité numérique dépasse les frontières : des villes et des agglomérations françaises "
                "mettent leur expérience au service de collectivités partenaires, souvent liées par l'histoire "
                "ou par les diasporas installées sur leur territoire.",
                "Ces coopérations s'appuient fréquemment sur un troisième acteur, laboratoire universitaire ou "
                "association, qui fait le lien entre les deux rives. Le Fonds de solidarité numérique du "
                "ministère des Affaires étrangères en finance une partie.",
            ],
        },
        "en": {
            "title": "Decentralised cooperation",
            "summary": "French local authorities and their partners in Senegal, Benin and Morocco share their "
            "digital know-how.",
            "introduction": [
                "Digital solidarity crosses borders: French towns and urban communities put their experience at the "
                "service of partner authorities, often linked by history or by the diasporas living in their area.",
                "These cooperations often rely on a third party, a university laboratory or an association, that "
                "links both sides. The Digital Solidarity Fund of the French Ministry of Foreign Affairs finances "
                "some of them.",
            ],
        },
        "es": {
            "title": "La cooperación descentralizada",
            "summary": "Entidades locales francesas y sus socios de Senegal, Benín y Marruecos comparten su "
            "experiencia digital.",
            "introduction": [
                "La solidaridad digital supera las fronteras: ciudades y aglomeraciones francesas ponen su "
                "experiencia al servicio de entidades asociadas, a menudo unidas por la historia o por las "
                "diásporas instaladas en su territorio.",
                "Estas cooperaciones se apoyan con frecuencia en un tercer actor, un laboratorio universitario o "
                "una asociación, que hace de puente entre ambas orillas. El Fondo de Solidaridad Digital del "
                "Ministerio de Asuntos Exteriores francés financia una parte de ellas.",
            ],
        },
    },
]
