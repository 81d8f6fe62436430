"""What the visitor tests check on any page: axe-core's WCAG 2.1 A/AA rules, reflow, focus, screenshots."""

from pathlib import Path

from django.conf import settings

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def axe_violations(page, state):
    """['state: rule (n nodes: selector)'] for every axe violation on the page as it is now."""
    if not page.evaluate("!!window.axe"):
        page.add_script_tag(content=AXE.read_text())
    violations = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => [v.id, v.nodes.length, v.nodes[0].target.join(' ')]))",
        AXE_TAGS,
    )
    return [f"{state}: {rule} ({count} nodes: {target})" for rule, count, target in violations]


def horizontal_overflow(page):
    """How many CSS pixels the page scrolls sideways (0 when it reflows)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def focused(page):
    """A short description of the focused element, or 'BODY' when focus is lost."""
    return page.evaluate(
        "(() => { const e = document.activeElement; if (!e || e === document.body) return 'BODY';"
        " return e.tagName + (e.name ? '[name=' + e.name + ']' : '') + (e.value && e.type === 'checkbox' ?"
        " '[value=' + e.value + ']' : '') + (e.id ? '#' + e.id : ''); })()"
    )


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
