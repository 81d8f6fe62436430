"""The meetings the legacy documents name, with English and Spanish texts (aligned field by field).

`003_…`: two meetings on the Québec citizen-Internet platform, 14 May in Québec and 6 June in Montréal (local
time, America/Toronto). `004_…`: seminars that open with a public conference day. `001_…`: monthly regional
meetings where elected officials and city staff compare their practices.
"""

import datetime

D, T = datetime.date, datetime.time

EVENTS = [
    {
        "key": "event-quebec",
        "slug": "rencontre-quebec",
        "when": (D(2002, 5, 14), T(9, 0), None, T(17, 0), "America/Toronto"),
        "town": "Québec",
        "themes": [2],
        "fr": {
            "title": "Rencontre de Québec : une plateforme de l'Internet citoyen",
            "summary": "Le projet de plateforme québécoise de l'Internet citoyen soumis à la discussion, ouvert "
            "par une présentation d'expériences tirées des récits recueillis.",
            "place": "Québec (Canada)",
            "body": ["Une présentation d'expériences tirées des récits recueillis amorce la rencontre."],
        },
        "en": {
            "title": "Québec meeting: a citizen Internet platform",
            "summary": "The draft Québec citizen Internet platform put up for discussion, opened by a presentation "
            "of experiences drawn from the collected stories.",
            "place": "Québec City (Canada)",
            "body": ["A presentation of experiences drawn from the collected stories opens the meeting."],
        },
        "es": {
            "title": "Encuentro de Quebec: una plataforma de la Internet ciudadana",
            "summary": "El proyecto de plataforma quebequense de la Internet ciudadana sometido a debate, abierto "
            "con una presentación de experiencias extraídas de los relatos recogidos.",
            "place": "Quebec (Canadá)",
            "body": ["Una presentación de experiencias extraídas de los relatos recogidos abre el encuentro."],
        },
    },
    {
        "key": "event-montreal",
        "slug": "rencontre-montreal",
        "when": (D(2002, 6, 6), T(9, 0), None, T(12, 0), "America/Toronto"),
        "town": "Montréal",
        "themes": [2, 3],
        "fr": {
            "title": "Rencontre de Montréal : lancement du recueil de récits",
            "summary": "Le recueil de récits est lancé en avant-midi, avec des ateliers pour échanger sur les "
            "expériences relatées.",
            "place": "Montréal (Canada)",
            "body": ["Des ateliers permettent d'échanger sur les expériences relatées et d'enrichir le projet."],
        },
        "en": {
            "title": "Montréal meeting: launch of the collection of stories",
            "summary": "The collection of stories is launched in the morning, with workshops to discuss the "
            "experiences it relates.",
            "place": "Montréal (Canada)",
            "body": ["Workshops give a chance to discuss the experiences related and to enrich the project."],
        },
        "es": {
            "title": "Encuentro de Montreal: presentación de la colección de relatos",
            "summary": "La colección de relatos se presenta por la mañana, con talleres para intercambiar sobre "
            "las experiencias relatadas.",
            "place": "Montreal (Canadá)",
            "body": ["Unos talleres permiten intercambiar sobre las experiencias relatadas y enriquecer el proyecto."],
        },
    },
    {
        "key": "event-seminaire-urbain",
        "slug": "seminaire-cooperation-numerique-urbaine",
        "when": (D(2027, 3, 18), T(9, 30), None, T(17, 30), "Europe/Paris"),
        "town": "Paris",
        "themes": [3, 6],
        "fr": {
            "title": "Séminaire coopération numérique et question urbaine : journée de conférence ouverte",
            "summary": "Le séminaire débute par une journée de conférence ouverte au public, puis se poursuit "
            "au rythme de deux rencontres de deux jours.",
            "place": "Maison des associations, Paris",
            "body": ["La journée d'ouverture est publique ; la suite du séminaire réunit 25 à 30 participants."],
        },
        "en": {
            "title": "Seminar on digital cooperation and urban issues: open conference day",
            "summary": "The seminar opens with a conference day open to the public, then continues with two "
            "two-day meetings.",
            "place": "Maison des associations, Paris",
            "body": ["The opening day is public; the rest of the seminar brings 25 to 30 participants together."],
        },
        "es": {
            "title": "Seminario cooperación digital y cuestión urbana: jornada de conferencias abierta",
            "summary": "El seminario empieza con una jornada de conferencias abierta al público y continúa con "
            "dos encuentros de dos días.",
            "place": "Maison des associations, París",
            "body": ["La jornada de apertura es pública; el resto del seminario reúne a entre 25 y 30 participantes."],
        },
    },
    {
        "key": "event-seminaire-sante",
        "slug": "seminaire-cooperation-numerique-sante",
        "when": (D(2027, 4, 8), None, None, None, "Europe/Paris"),
        "town": "Paris",
        "themes": [4],
        "fr": {
            "title": "Séminaire coopération numérique et santé : journée de conférence ouverte",
            "summary": "Une journée ouverte aux associations et aux réseaux citoyens d'Île-de-France ouvre le "
            "séminaire consacré à la santé.",
            "place": "Paris",
            "body": ["Le programme détaillé du séminaire est défini en accord avec les participants."],
        },
        "en": {
            "title": "Seminar on digital cooperation and health: open conference day",
            "summary": "A day open to the associations and citizen networks of the Île-de-France region opens "
            "the seminar on health.",
            "place": "Paris",
            "body": ["The detailed programme of the seminar is agreed with the participants."],
        },
        "es": {
            "title": "Seminario cooperación digital y salud: jornada de conferencias abierta",
            "summary": "Una jornada abierta a las asociaciones y redes ciudadanas de Île-de-France abre el "
            "seminario dedicado a la salud.",
            "place": "París",
            "body": ["El programa detallado del seminario se define de acuerdo con los participantes."],
        },
    },
]

# The monthly regional meetings of elected officials and city staff (001_…), one a month.
for _month, (_fr, _en, _es) in enumerate(
    [("janvier", "January", "enero"), ("février", "February", "febrero"), ("mars", "March", "marzo")], start=1
):
    EVENTS.append(
        {
            "key": f"event-rencontre-regionale-2027-{_month:02d}",
            "slug": f"rencontre-regionale-{_fr.replace('é', 'e')}-2027",
            "when": (D(2027, _month, 14), T(14, 0), None, T(17, 0), "Europe/Paris"),
            "town": "Lyon",
            "themes": [7],
            "fr": {
                "title": f"Rencontre régionale mensuelle des villes, {_fr} 2027",
                "summary": "Les élus et fonctionnaires des villes échangent en direct sur leurs pratiques.",
                "place": "Hôtel de Région, Lyon",
                "body": ["Un complément indispensable du centre de ressources, ouvert aux villes de la région."],
            },
            "en": {
                "title": f"Monthly regional meeting of towns, {_en} 2027",
                "summary": "Elected officials and city staff compare their practices face to face.",
                "place": "Hôtel de Région, Lyon",
                "body": ["An essential complement to the resource centre, open to the towns of the region."],
            },
            "es": {
                "title": f"Encuentro regional mensual de ciudades, {_es} de 2027",
                "summary": "Los cargos electos y el personal municipal intercambian en directo sobre sus prácticas.",
                "place": "Hôtel de Région, Lyon",
                "body": ["Un complemento indispensable del centro de recursos, abierto a las ciudades de la región."],
            },
        }
    )
