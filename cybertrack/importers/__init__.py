"""Importers: a file's bytes in, a ParsedDocument out. Pure functions; no database, no Qt."""

from cybertrack.importers.completeness import coverage_message, strict_problems
from cybertrack.importers.registry import SUPPORTED_SUFFIXES, parse_bytes, read_document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "coverage_message",
    "parse_bytes",
    "read_document",
    "strict_problems",
]
