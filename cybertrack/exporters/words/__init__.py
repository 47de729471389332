"""The fixed words of every product, one module per UN language (see exporters/vocabulary.py).

Each module defines WORDS (the same keys in every language), UNITS (how the document's units
are named: a column title, plural, counted forms and the forms that refer to items in a
sentence, by grammatical case), LIST and AND (how references and units are joined), and
`day`/`days` (dates as that language's UN documents write them).
"""
