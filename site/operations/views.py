"""Health endpoints for load balancers and docker-compose: JSON, never cached, no content and no secrets."""

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from operations.health import readiness
from operations.personal_data import kinds


@never_cache
def healthz(request):
    """Liveness: the process answers requests. It checks nothing else, so a database outage doesn't restart it."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: every part the site needs answers (200), or which one does not (503)."""
    ready, checks = readiness()
    return JsonResponse({"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503)


def privacy(request):
    """What the site keeps about people, why and for how long: read from the personal-data registry."""

    return TemplateResponse(
        request, "operations/privacy.html", {"kinds": kinds(), "contact_email": settings.PRIVACY_CONTACT_EMAIL}
    )
