"""Case level (casusniveau): pseudonymous cases, start and end situation per period, the
work session's attribution, rendement per case, and the take-over into ex post.
"""
