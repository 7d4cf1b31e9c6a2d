"""Monitoring with the KPI-model: a library of KPIs, programmes, measurements per period,
trends with honest small numbers, the take-over into ex post and an anonymised benchmark
(docs/kpi.md)."""
