"""Documents cited by the legacy documents, as bibliography references (CSL fields).

Titles, authors, publishers and years as the documents cite them. No DOI or ISBN: none is given by the sources
and none is invented. When a document is cited without its title, the title says so in brackets.
"""

# contributors: [(role, family, given, literal)]
REFERENCES = [
    {
        "key": "livre-blanc-delors-1993",
        "title": "Croissance, compétitivité, emploi : les défis et les pistes pour entrer dans le XXIe siècle",
        "type": "report",
        "contributors": [("author", "", "", "Commission des Communautés européennes")],
        "publisher": "Commission des Communautés européennes",
        "place": "",
        "year": 1993,
        "language": "fr",
        "summary": "Le Livre blanc présenté sous la présidence de Jacques Delors, qui fonde la doctrine européenne "
        "de la société de l'information sur l'emploi et la compétitivité.",
        "themes": [1],
        "keywords": ["société de l'information", "politiques publiques"],
    },
    {
        "key": "thery-1994-autoroutes",
        "title": "Les autoroutes de l'information",
        "type": "report",
        "contributors": [("author", "Théry", "Gérard", "")],
        "publisher": "La Documentation française",
        "place": "Paris",
        "year": 1994,
        "language": "fr",
        "summary": "Rapport remis au Premier ministre, emblématique de la « rhétorique du retard » qui a porté les "
        "premières politiques françaises de la société de l'information.",
        "themes": [1],
        "keywords": ["société de l'information", "politiques publiques"],
    },
    {
        "key": "pagsi-1998",
        "title": "Programme d'action gouvernemental pour la société de l'information (PAGSI)",
        "type": "report",
        "contributors": [("author", "", "", "Gouvernement français")],
        "publisher": "",
        "place": "",
        "year": 1998,
        "language": "fr",
        "summary": "Le programme qui a fait des lieux d'accès publics à Internet sa mesure phare pour rattraper "
        "le retard français en nombre d'internautes.",
        "themes": [1, 2],
        "keywords": ["société de l'information", "lieux d'accès à Internet", "politiques publiques"],
    },
    {
        "key": "uit-1984-chainon-manquant",
        "title": "Le chaînon manquant",
        "type": "report",
        "contributors": [("author", "", "", "Union internationale des télécommunications")],
        "publisher": "Union internationale des télécommunications",
        "place": "",
        "year": 1984,
        "language": "fr",
        "summary": "Rapport qui a mis en évidence l'inégal développement des réseaux de télécommunications entre "
        "les pays, étape vers la notion de société de l'information.",
        "themes": [7],
        "keywords": ["télécommunications", "fracture numérique"],
    },
    {
        "key": "charte-okinawa-2000",
        "title": "Charte d'Okinawa sur la société de l'information",
        "type": "document",
        "contributors": [("author", "", "", "G8")],
        "publisher": "",
        "place": "",
        "year": 2000,
        "language": "fr",
        "summary": "Texte adopté par les chefs d'État du G8, qui appelle à un effort mondial pour réduire la "
        "fracture numérique.",
        "themes": [7, 1],
        "keywords": ["fracture numérique", "société de l'information"],
    },
    {
        "key": "cohen-1992-colbertisme",
        "title": "Le Colbertisme high tech : économie des télécom et du grand projet",
        "type": "book",
        "contributors": [("author", "Cohen", "Élie", "")],
        "publisher": "Pluriel",
        "place": "",
        "year": 1992,
        "language": "fr",
        "summary": "Essai d'économie politique sur la tradition française des grands projets d'État dans les "
        "télécommunications, cité pour expliquer le retrait progressif de l'État.",
        "themes": [],
        "keywords": ["politiques publiques", "télécommunications"],
    },
    {
        "key": "picard-2009",
        "title": "[Rapport de Robert Picard au Conseil général des technologies de l'information]",
        "type": "report",
        "contributors": [("author", "Picard", "Robert", "")],
        "publisher": "Conseil général des technologies de l'information",
        "place": "",
        "year": 2009,
        "language": "fr",
        "url": "http://www.cgiet.org/documents/Rapport_Picard_2009_19_CGIET_.pdf",
        "summary": "Rapport sur l'apport des infrastructures numériques à l'e-inclusion des personnes fragiles et "
        "au travail des professionnels de santé ; la note le cite sans en donner le titre.",
        "themes": [4],
        "keywords": ["e-inclusion", "santé", "prévention"],
    },
    {
        "key": "guide-daect-solidarite-numerique",
        "title": "Guide de la coopération décentralisée pour la solidarité numérique",
        "type": "report",
        "contributors": [
            ("author", "", "", "Délégation pour l'action extérieure des collectivités territoriales"),
            ("author", "", "", "Agence mondiale de solidarité numérique"),
        ],
        "publisher": "Ministère des Affaires étrangères et européennes",
        "place": "",
        "year": None,
        "language": "fr",
        "url": "http://www.diplomatie.gouv.fr/fr/ministere_817/publications_827/"
        "cooperation-internationale-developpement_3030/serie-partenariats_3220/"
        "guide-cooperation-decentralisee-pour-solidarite-numerique_18766/index.html",
        "summary": "Guide réalisé pour la DAECT par l'Agence mondiale de solidarité numérique à l'intention des "
        "collectivités qui montent des projets numériques avec des partenaires du Sud.",
        "themes": [7],
        "keywords": ["coopération décentralisée", "solidarité numérique"],
    },
    {
        "key": "oten-2008-cooperation-decentralisee",
        "title": "Les TIC dans les actions de coopération décentralisée",
        "type": "report",
        "contributors": [("author", "", "", "Observatoire des territoires numériques (OTeN)")],
        "publisher": "OTeN",
        "place": "",
        "year": 2008,
        "language": "fr",
        "url": "http://oten.fr/spip.php?article4112",
        "summary": "Note de synthèse de l'OTeN sur la place des technologies numériques dans les partenariats "
        "entre collectivités du Nord et du Sud.",
        "themes": [7],
        "keywords": ["coopération décentralisée"],
    },
    {
        "key": "communautique-2002-plateforme",
        "title": "Plateforme québécoise de l'Internet citoyen",
        "type": "report",
        "contributors": [("author", "", "", "Communautique")],
        "publisher": "Communautique",
        "place": "Montréal",
        "year": 2002,
        "language": "fr",
        "summary": "Projet de plateforme soumis au milieu communautaire québécois, accompagné d'un recueil de "
        "récits d'expériences d'Internet citoyen.",
        "themes": [2, 3],
        "keywords": ["Internet citoyen", "action communautaire"],
    },
]

# References the synthesis note relates to (all but Communautique's, which an article cites).
NOTE_REFERENCES = [ref["key"] for ref in REFERENCES if ref["key"] != "communautique-2002-plateforme"]
