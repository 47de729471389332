"""The delegation as a team: paragraph identity, per-author rows, packs and the hub."""
