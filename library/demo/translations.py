"""English and Spanish translations of five initiatives and of the keywords they use (our own translations).

Initiative texts are aligned field by field with the French record (the n-th paragraph translates the n-th);
the loader turns them into {French text: translation} for wagtail-localize. Keywords are keyed by French name.
"""

INITIATIVE_TRANSLATIONS = {
    2: {
        "en": {
            "title": "The Quimper Cyberbus",
            "summary": "A bus fitted out as a public digital space tours the neighbourhoods of Quimper to give "
            "everyone Internet access, equipment and training.",
            "context": [
                "Digital tools have spread widely, yet some residents remain left out, often those who already "
                "face other social, geographical or physical difficulties. The town of Quimper chose to go and "
                "meet them."
            ],
            "description": [
                "The Cyberbus carries computers, digital cameras, printers and a scanner, all connected to "
                "broadband Internet. It stops in every neighbourhood, where a connection point awaits it, and "
                "also serves as an information point for teenagers.",
                "It follows one route from September to June and another during the summer. Young people, older "
                "people and Travellers meet there and attend training sessions, which brings generations "
                "together.",
            ],
            "territory": "Municipality of Quimper",
        },
        "es": {
            "title": "El Cyberbus de Quimper",
            "summary": "Un autobús acondicionado como espacio público digital recorre los barrios de Quimper para "
            "ofrecer a todos acceso a Internet, equipos y formación.",
            "context": [
                "Las herramientas digitales se han generalizado, pero una parte de los habitantes sigue al margen, "
                "a menudo la que ya sufre otras dificultades sociales, geográficas o físicas. La ciudad de Quimper "
                "decidió ir a su encuentro."
            ],
            "description": [
                "El Cyberbus lleva ordenadores, cámaras digitales, impresoras y un escáner, conectados a Internet "
                "de banda ancha. Se detiene en cada barrio, donde le espera un punto de conexión, y sirve también "
                "de punto de información para los adolescentes.",
                "Sigue un itinerario de septiembre a junio y otro durante el verano. Jóvenes, personas mayores y "
                "población itinerante coinciden en él y asisten a sesiones de formación, lo que acerca a las "
                "generaciones.",
            ],
            "territory": "Municipio de Quimper",
        },
    },
    5: {
        "en": {
            "title": "Digital Noyer Renard",
            "summary": "A public digital space and a neighbourhood social network help the residents of Noyer "
            "Renard, in Athis-Mons, find information and exchange about their daily lives.",
            "context": [
                "The Noyer Renard neighbourhood lacks places where people can meet. Many of its residents have an "
                "immigrant background and need both to keep in touch with distant relatives and to settle into "
                "their town."
            ],
            "description": [
                "The Espace Multimédia Athégien opens a public digital space to residents: introduction to "
                "computers, the Internet and digital arts, and workshops to discuss how people use them.",
                "The neighbourhood social network helps everyone find information on jobs, housing, health or "
                "paperwork, and solve local problems together.",
            ],
            "territory": "Municipality of Athis-Mons",
        },
        "es": {
            "title": "Noyer Renard digital",
            "summary": "Un espacio público digital y una red social de barrio permiten a los habitantes de Noyer "
            "Renard, en Athis-Mons, informarse e intercambiar sobre su vida cotidiana.",
            "context": [
                "El barrio de Noyer Renard carece de lugares de encuentro. Muchos de sus habitantes proceden de la "
                "inmigración y necesitan tanto mantener el contacto con familiares lejanos como integrarse en su "
                "ciudad."
            ],
            "description": [
                "El Espace Multimédia Athégien abre a los habitantes un espacio público digital: iniciación a la "
                "informática, a Internet y a las artes digitales, y talleres para intercambiar sobre sus usos.",
                "La red social del barrio ayuda a cada uno a encontrar información sobre empleo, vivienda, salud "
                "o trámites, y a resolver juntos los problemas locales.",
            ],
            "territory": "Municipio de Athis-Mons",
        },
    },
    13: {
        "en": {
            "title": "Enpatic: digital technology serving older people",
            "summary": "In Grenoble, isolated older people receive equipment and training so that they can stay in "
            "touch with their relatives and with home-help services.",
            "context": [
                "The population is ageing, and older people often stay away from digital tools, which they think "
                "are meant for the young. For them, technology must complement human presence, never replace it."
            ],
            "description": [
                "The social services centre of Grenoble and the Isère county council equip older people so that "
                "they can talk with their families and with the services that help them: meals, shopping, "
                "medical visits.",
                "The association L'Âge d'Or gives two hours of Internet training every week. About sixty older "
                "people take part in this one-year trial, which will be evaluated before being extended.",
            ],
            "territory": "City of Grenoble",
        },
        "es": {
            "title": "Enpatic: lo digital al servicio de las personas mayores",
            "summary": "En Grenoble, personas mayores aisladas reciben equipos y formación para mantener el "
            "contacto con sus familiares y con los servicios de ayuda a domicilio.",
            "context": [
                "La población envejece y las personas mayores suelen mantenerse alejadas de las herramientas "
                "digitales, que creen reservadas a los jóvenes. Para ellas, la técnica debe completar la presencia "
                "humana, nunca sustituirla."
            ],
            "description": [
                "El centro municipal de acción social de Grenoble y el consejo general de Isère equipan a personas "
                "mayores para que se comuniquen con su familia y con los servicios que las ayudan: comidas, "
                "compras, visitas médicas.",
                "La asociación L'Âge d'Or imparte cada semana dos horas de iniciación a Internet. Unas sesenta "
                "personas mayores participan en esta experiencia de un año, que se evaluará antes de ampliarse.",
            ],
            "territory": "Ciudad de Grenoble",
        },
    },
    18: {
        "en": {
            "title": "The virtual tour of Sainte-Cécile cathedral in Albi",
            "summary": "Since January 2009, the town of Albi has offered an online tour of its cathedral in "
            "panoramic, high-definition images.",
            "context": ["The Episcopal City of Albi was inscribed on the UNESCO World Heritage List on 1 August 2010."],
            "description": [
                "The tour takes visitors through the whole brick cathedral in 360-degree views and "
                "high-resolution images, with interaction at every step.",
                "More than documentation, it tries to convey the monument from afar: its volumes, its colours, "
                "its atmosphere.",
            ],
            "territory": "Town of Albi",
        },
        "es": {
            "title": "La visita virtual de la catedral de Santa Cecilia de Albi",
            "summary": "Desde enero de 2009, la ciudad de Albi ofrece una visita en línea de su catedral, con "
            "imágenes panorámicas y de alta definición.",
            "context": [
                "La Ciudad episcopal de Albi fue inscrita en la Lista del Patrimonio Mundial de la Unesco el 1 de "
                "agosto de 2010."
            ],
            "description": [
                "La visita recorre toda la catedral de ladrillo con vistas de 360 grados e imágenes de alta "
                "resolución, con una interactividad constante.",
                "Más que una documentación, busca transmitir el monumento a distancia: sus volúmenes, sus colores, "
                "su atmósfera.",
            ],
            "territory": "Ciudad de Albi",
        },
    },
    27: {
        "en": {
            "title": "The Sénéclic project, between the city of Besançon and the State of Senegal",
            "summary": "Besançon and the Senegalese State refurbish computers to equip schools in Senegal, "
            "employing people with disabilities.",
            "context": [
                "Besançon is one of the towns awarded “5 arobases” by Villes Internet. Senegal is one of the "
                "African states most committed to access to the information society, and its president Abdoulaye "
                "Wade promoted the very idea of digital solidarity."
            ],
            "description": [
                "Sénéclic refurbishes second-hand computer equipment to create multimedia rooms in schools and "
                "train pupils. The refurbishing work provides jobs for people with disabilities.",
                "Senegalese teams are trained in computer recycling, and the educational technology facilitators "
                "of Besançon regularly exchange with their counterparts. Such direct involvement of the "
                "Senegalese State remains rare in this kind of cooperation.",
            ],
            "territory": "Senegal and the city of Besançon",
        },
        "es": {
            "title": "El proyecto Sénéclic, entre la ciudad de Besanzón y el Estado de Senegal",
            "summary": "Besanzón y el Estado senegalés reacondicionan ordenadores para equipar escuelas de Senegal, "
            "empleando a personas con discapacidad.",
            "context": [
                "Besanzón forma parte de las ciudades con la distinción «5 arobases» de Villes Internet. Senegal "
                "es uno de los Estados africanos más comprometidos con el acceso a la sociedad de la información, "
                "y su presidente Abdoulaye Wade promovió la idea misma de solidaridad digital."
            ],
            "description": [
                "Sénéclic pone a punto material informático de segunda mano para crear aulas multimedia en las "
                "escuelas y formar a los alumnos. El reacondicionamiento da trabajo a personas con discapacidad.",
                "Equipos senegaleses se forman en el reciclaje de ordenadores, y los animadores de tecnologías "
                "educativas de Besanzón intercambian regularmente con sus homólogos. Esta implicación directa del "
                "Estado senegalés sigue siendo poco común en este tipo de cooperación.",
            ],
            "territory": "Senegal y la ciudad de Besanzón",
        },
    },
}

# French keyword name -> (English, Spanish)
KEYWORD_TRANSLATIONS = {
    "accès": ("access", "acceso"),
    "haut débit": ("broadband", "banda ancha"),
    "fracture numérique": ("digital divide", "brecha digital"),
    "solidarité": ("solidarity", "solidaridad"),
    "échange": ("exchange", "intercambio"),
    "EPN": ("public digital space", "espacio público digital"),
    "lien social": ("social ties", "vínculo social"),
    "formation": ("training", "formación"),
    "assistance": ("assistance", "asistencia"),
    "expérimentation": ("pilot project", "experimentación"),
    "visite virtuelle": ("virtual tour", "visita virtual"),
    "numérisation du patrimoine": ("heritage digitisation", "digitalización del patrimonio"),
    "coopération décentralisée": ("decentralised cooperation", "cooperación descentralizada"),
    "réemploi informatique": ("computer reuse", "reutilización informática"),
    "e-inclusion": ("e-inclusion", "e-inclusión"),
    "équipement des écoles": ("school equipment", "equipamiento escolar"),
}
