"""Accounts and organisations (issue 21): roles, the scope of a signed-in user, members,
the audit trail. Switched on with IMPACTKAART_AUTH=oidc; without it the store is unscoped
and nothing here is used."""
