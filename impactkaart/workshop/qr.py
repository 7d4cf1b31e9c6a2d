"""The room's join address and its QR code (segno: pure Python, no image library needed)."""

from __future__ import annotations

import io
import os
from urllib.parse import urlencode, urlsplit, urlunsplit

import segno

ADDRESS_ENV = "IMPACTKAART_WORKSHOP_URL"  # the address attendees reach the server by
JOIN_PAGE = "meedoen"
CODE_PARAM = "code"


def base_address(page_url: str | None) -> str:
    """The app's address: IMPACTKAART_WORKSHOP_URL when set (a server behind a proxy or
    reached by another name than the facilitator's), else the page's own without its page."""
    configured = os.environ.get(ADDRESS_ENV, "").strip()
    if configured:
        return configured.rstrip("/")
    parts = urlsplit(page_url or "http://localhost:8501/")
    path = parts.path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme or "http", parts.netloc, path, "", "")).rstrip("/")


def join_address(page_url: str | None, join_code: str) -> str:
    """The join page with the code filled in: what the QR code holds."""
    return f"{base_address(page_url)}/{JOIN_PAGE}?{urlencode({CODE_PARAM: join_code})}"


def workspace_address(page_url: str | None, token: str) -> str:
    return f"{base_address(page_url)}/{JOIN_PAGE}?{urlencode({'werkplek': token})}"


def short_address(address: str) -> str:
    """The address as read off a screen: without http(s)://."""
    return address.split("://", 1)[-1]


def qr_png(text: str, scale: int = 12) -> bytes:
    """A QR code (error correction M, a quiet zone of 4 modules) as PNG."""
    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
