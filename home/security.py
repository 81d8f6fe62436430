"""Security headers beyond Django's own: the Content-Security-Policy (django-csp) and a Permissions-Policy.

The site's pages load scripts and styles from the site only, with no inline script. The Wagtail admin is held to
a relaxed policy of its own (ADMIN_CSP_REPLACEMENTS): its rich-text editor, previews and some widgets still set
inline styles and run inline scripts in Wagtail 8, so a strict policy there would break editing.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_CSP_REPLACEMENTS = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "frame-ancestors": [SELF],  # the admin's page preview frames the site
}
ADMIN_PREFIX = "/admin/"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under /admin/."""

    def process_response(self, request, response):
        # Wagtail renders a preview by running a dummy request for the page's public URL through the whole
        # middleware stack, so the response reaches the admin already carrying the site's policy, whose
        # frame-ancestors 'none' forbids the preview panel's frame. Under /admin/ the admin policy decides.
        if request.path.startswith(ADMIN_PREFIX) and "Content-Security-Policy" in response:
            del response["Content-Security-Policy"]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path.startswith(ADMIN_PREFIX):
            return PolicyParts(
                parts.config, parts.update, {**ADMIN_CSP_REPLACEMENTS, **(parts.replace or {})}, parts.nonce
            )
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
