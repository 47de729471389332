"""WordprocessingML elements made fast: python-docx's OxmlElement parses its tag string and
declares a namespace on every call, which was most of a 1,000-item paper's writing time."""

from __future__ import annotations

import functools
from typing import Any

from docx.oxml.parser import oxml_parser
from lxml import etree

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NSMAP = {"w": W_NAMESPACE}


@functools.cache
def w(name: str) -> str:
    """The qualified name of w:`name`."""
    return f"{{{W_NAMESPACE}}}{name}"


def _attributes(attributes: dict[str, str]) -> dict[str, str]:
    return {w(key): value for key, value in attributes.items()}


def element(name: str, **attributes: str) -> Any:
    """A new w:`name` element (of python-docx's class for it), not yet in a document."""
    return oxml_parser.makeelement(w(name), _attributes(attributes), _NSMAP)


def child(parent: Any, name: str, **attributes: str) -> Any:
    """A new w:`name` element appended to `parent`."""
    return etree.SubElement(parent, w(name), _attributes(attributes))
