"""Importers: a file's bytes in, a ParsedDocument out. Pure functions; no database, no Qt."""

from cybertrack.importers.registry import SUPPORTED_SUFFIXES, parse_bytes, read_document

__all__ = ["SUPPORTED_SUFFIXES", "parse_bytes", "read_document"]
