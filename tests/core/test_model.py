"""The project model: a validated project survives its own dict and JSON unchanged."""

from __future__ import annotations

import json

from hypothesis import given, settings

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.model import parse_project
from impactkaart.io.project_file import parse_project_json, project_json
from tests.strategies import projects


def test_demo_projects_survive_to_dict_and_json():
    for project in demo_projects():
        data = project.to_dict()
        assert isinstance(data["effects"], list) and isinstance(data["costs"], list)
        assert parse_project(data) == project
        assert parse_project_json(project_json(project)) == project


@settings(max_examples=60, deadline=None)
@given(projects())
def test_generated_projects_survive_to_dict(data):
    project = parse_project(data)
    assert parse_project(project.to_dict()) == project
    assert parse_project(json.loads(json.dumps(project.to_dict()))) == project
