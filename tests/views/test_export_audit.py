"""Exports in the audit trail (issue 21 item 6): every download button of the app passes
its data through `views.components.export_audit.audited`, which writes an ``export`` row
for a signed-in user and changes nothing on the laptop."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Empty templates to fill in (no organisation's data): not an export of anything.
NOT_EXPORTS = {("views/data/importeren.py", "sjabloon_xlsx"),
               ("views/data/importeren.py", "sjabloon_effecten"),
               ("views/data/importeren.py", "sjabloon_kosten")}


def _keyword(call: ast.Call, name: str):
    return next((k.value for k in call.keywords if k.arg == name), None)


def download_buttons():
    """(file, key, data argument) of every ``download_button(...)`` call in views/."""
    for path in sorted((ROOT / "views").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "download_button"):
                data = _keyword(node, "data") or (node.args[1] if len(node.args) > 1 else None)
                key = _keyword(node, "key")
                yield name, ast.unparse(key) if key is not None else "", data


def _is_audited(data) -> bool:
    return (isinstance(data, ast.Call) and isinstance(data.func, ast.Name)
            and data.func.id == "audited")


def test_every_download_goes_through_the_audit():
    found = list(download_buttons())
    assert len(found) >= 15  # the scan sees the app's buttons
    missing = [(name, key) for name, key, data in found
               if not _is_audited(data) and (name, key.strip("'\"")) not in NOT_EXPORTS]
    assert not missing, missing
    # An exemption that no longer matches a button is stale.
    keys = {(name, key.strip("'\"")) for name, key, _ in found}
    assert NOT_EXPORTS <= keys
