"""The one way the CLI prints `--json`: UTF-8 text as is (names in six scripts stay readable),
indented, one trailing newline."""

from __future__ import annotations

import json
import sys


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
