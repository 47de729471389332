"""Data package: Word templates, icons and translations (installed as cybertrack.resources)."""
