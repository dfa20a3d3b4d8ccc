"""Cut OCR'd newspaper pages into articles: pure Python, text in, dataclasses out."""

from archive.parsing.items import ARTICLE, PHOTO, Credit, Item, ParsedPage
from archive.parsing.page import explain, parse_page

__all__ = ["ARTICLE", "PHOTO", "Credit", "Item", "ParsedPage", "explain", "parse_page"]
