"""HTML pages: the main text and metadata, extracted by trafilatura.

The stored text is trafilatura's plain-text rendering of the main content (one paragraph a line);
quote offsets point into it. Menus, footers, comments and scripts are left out by trafilatura; the
title, author, URL, publication date and outlet come from the page's metadata where it has them.
"""

from __future__ import annotations

import logging

import trafilatura

from quotes.read.text import decode

# trafilatura logs warnings (e.g. "empty HTML tree") for pages it cannot use; we report those ourselves.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Publication dates from the page's own markup only (no guessing from the URL or body text).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(data: bytes) -> dict:
    """``{"text", "title", "author", "url", "published", "outlet"}`` from an HTML page's bytes.

    Raises ValueError when the page is binary, undecodable or has no main text.
    """
    html = decode(data)
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except RecursionError:
        raise ValueError("is nested too deeply to be read as an HTML page") from None
    except Exception as error:  # trafilatura and lxml raise many kinds; one message names the file
        raise ValueError(f"could not be read as an HTML page ({type(error).__name__}: {error})") from None
    if document is None or not (document.text or "").strip():
        raise ValueError("has no article text that could be extracted from its HTML")
    return {
        "text": document.text,
        "title": document.title or None,
        "author": document.author or None,
        "url": document.url or None,
        "published": document.date or None,
        "outlet": document.sitename or document.hostname or None,
    }
