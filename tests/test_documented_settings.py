"""Every environment variable the settings read is documented for operators (the README links to that table)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_environment_variable_is_in_the_operators_guide():
    code = "\n".join(p.read_text() for p in (ROOT / "site" / "config" / "settings").glob("*.py"))
    names = set(re.findall(r"""(?:os\.environ(?:\.get)?|env_bool|env_list)\(\s*["']([A-Z][A-Z0-9_]+)["']""", code))
    names |= set(re.findall(r"""os\.environ\[["']([A-Z][A-Z0-9_]+)["']\]""", code))
    assert len(names) > 15
    guide = (ROOT / "docs" / "operators.md").read_text()
    missing = sorted(name for name in names if f"`{name}`" not in guide)
    assert not missing, f"document these in docs/operators.md: {missing}"
    assert "docs/operators.md" in (ROOT / "README.md").read_text()
