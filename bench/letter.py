"""Letter benchmark: compose an issue of « Le courrier », preview it, send it to 2,000 subscribers over SMTP.

The SMTP server is a real one (aiosmtpd) on a free loopback port; the sending task runs as the worker would
(django-tasks' immediate backend in the child). Runs in a child process on its own database (rc_bench_letter,
dropped and re-created):
    python -m bench --only letter [--quick]
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = os.environ.get("BENCH_LETTER_DATABASE", "rc_bench_letter")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def run(args):
    subscribers = 200 if args.quick else 2000
    env = dict(os.environ, DATABASE_URL=f"{PG}/{DATABASE}", DJANGO_SETTINGS_MODULE="config.settings.dev")
    env.setdefault("SECRET_KEY", "bench-only")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "site"), env.get("PYTHONPATH", "")])
    subprocess.run(["psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], check=True)
    subprocess.run(["psql", PG + "/postgres", "-qc", f"CREATE DATABASE {DATABASE}"], check=True)
    try:
        output = subprocess.run(
            [sys.executable, "-m", "bench.letter", "--worker", str(subscribers)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
    finally:
        subprocess.run(["psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], check=False)
    result = json.loads(output.strip().splitlines()[-1])
    print(
        f"[letter] composed in {result['compose_seconds']} s, previewed (web, e-mail, text) in "
        f"{result['preview_seconds']} s; sent to {result['subscribers']} subscribers in {result['send_seconds']} s "
        f"({result['messages_per_second']} messages/s): sent {result['sent']}, refused {result['refused']}, "
        f"failed {result['failed']}; the server received {result['received']}"
    )
    return result


def worker(count):
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from initiatives.events.factories import EventIndexPageFactory, EventPageFactory
    from library.letter.factories import LetterIndexPageFactory, LetterIssuePageFactory
    from library.letter.models import Delivery, Subscriber
    from library.letter.tasks import send_issue
    from tests.follow import smtp_server
    from tests.sample_site import build_sample_site

    site = build_sample_site(initiatives=60, organisations=20, references=30, notes=2)
    agenda = EventIndexPageFactory(parent=site.tree.home)
    for number in range(10):
        EventPageFactory(parent=agenda, title=f"Rencontre régionale {number}").save_revision().publish()
    letters = LetterIndexPageFactory(parent=site.tree.home)
    languages = ["fr"] * 6 + ["en"] * 2 + ["es"] * 2
    Subscriber.objects.bulk_create(
        Subscriber(email=f"lecteur{n}@example.org", language=languages[n % 10]) for n in range(count)
    )

    recorder = smtp_server.Recorder()
    controller = smtp_server.start(recorder)
    settings.EMAIL_BACKEND = settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        started = time.perf_counter()
        issue = LetterIssuePageFactory(parent=letters, title="Le courrier de la semaine")
        issue.save_revision().publish()
        issue = type(issue).objects.get(pk=issue.pk)
        compose_seconds = time.perf_counter() - started
        relayed = sum(len(block.value["pages"]) for block in issue.body)

        started = time.perf_counter()
        for mode in ("", "email", "text"):
            assert issue.make_preview_request(preview_mode=mode).status_code == 200
        preview_seconds = time.perf_counter() - started

        delivery = Delivery.objects.create(issue=issue)
        started = time.perf_counter()
        send_issue.enqueue(delivery.pk)
        send_seconds = time.perf_counter() - started
        delivery.refresh_from_db()
    finally:
        controller.stop()
    print(
        json.dumps(
            {
                "subscribers": count,
                "relayed_pages": relayed,
                "batch_size": settings.LETTER_BATCH_SIZE,
                "compose_seconds": round(compose_seconds, 2),
                "preview_seconds": round(preview_seconds, 2),
                "send_seconds": round(send_seconds, 2),
                "messages_per_second": round(delivery.sent / send_seconds),
                "sent": delivery.sent,
                "refused": delivery.refused,
                "failed": delivery.failed,
                "received": len(recorder.messages),
            }
        )
    )


if __name__ == "__main__" and "--worker" in sys.argv:
    worker(int(sys.argv[sys.argv.index("--worker") + 1]))
