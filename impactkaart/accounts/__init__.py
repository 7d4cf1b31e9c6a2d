"""Accounts and organisations (issue 21): login, roles, scoping, audit, benchmark."""
