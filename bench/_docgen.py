"""Realistic meeting documents made up on the spot, for the crash harness, fuzzing and scale.

Shaped like the seed (a UN report in its text form): a symbol, the meeting, chapter and section
headings, then numbered recommendations "(1)" ... of plausible negotiation prose.
"""

from __future__ import annotations

import random

_SUBJECTS = (
    "States",
    "Member States",
    "Countries",
    "The Secretariat",
    "Competent authorities",
    "Service providers",
    "National focal points",
    "The Expert Group",
)
_VERBS = (
    "should consider",
    "are encouraged to",
    "should continue",
    "are invited to",
    "must ensure",
    "should strengthen efforts to",
)
_OBJECTS = (
    "the preservation of electronic evidence across borders",
    "mutual legal assistance in criminal matters",
    "capacity-building and technical assistance for developing countries",
    "the protection of human rights and fundamental freedoms",
    "24/7 points of contact for urgent requests",
    "cooperation with the private sector and academia",
    "the criminalization of cyber-dependent and cyber-enabled offences",
    "data protection safeguards in international cooperation",
    "joint investigation teams and spontaneous sharing of information",
    "gender-sensitive approaches and the needs of vulnerable groups",
)
_TAILS = (
    "in line with domestic legal frameworks",
    "without prejudice to existing treaties",
    "taking into account the sovereignty of States",
    "with due regard to proportionality",
    "through the United Nations Office on Drugs and Crime",
    "as appropriate",
)
_CITIES = ("Vienna", "New York", "Geneva", "Nairobi", "Bangkok")
_MONTHS = ("January", "March", "April", "July", "September", "November")


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} promote {rng.choice(_OBJECTS)}, "
        f"{rng.choice(_TAILS)}."
    )


def document_text(rng: random.Random, items: int = 12, tag: str = "") -> str:
    """One report with `items` numbered recommendations; `tag` makes its content unique."""
    session = rng.randint(1, 12)
    year = rng.randint(2019, 2026)
    city = rng.choice(_CITIES)
    month = rng.choice(_MONTHS)
    lines = [
        f"UNODC/CCPCJ/EG.4/{year}/L.{session}/Add.{rng.randint(1, 9)}",
        "",
        f"{rng.randint(1, 28)} {month} {year}",
        "",
        "Original: English",
        "",
        "**Expert Group to Conduct a Comprehensive Study on Cybercrime**",
        "",
        f"{city}, {rng.randint(1, 20)}–{rng.randint(21, 28)} {month} {year}",
        "",
        f"Draft report {tag}".strip(),
        "",
        "**II. List of preliminary recommendations and conclusions**",
        "",
    ]
    per_section = max(1, items // 3)
    for number in range(1, items + 1):
        if (number - 1) % per_section == 0:
            letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[min(25, (number - 1) // per_section)]
            lines += [f"**{letter}. {rng.choice(_OBJECTS).capitalize()}**", ""]
        body = " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
        lines += [f"({number}) {body}", ""]
    return "\n".join(lines)
