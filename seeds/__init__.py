"""Data package: the sample meeting documents (installed as cybertrack.seeds)."""
