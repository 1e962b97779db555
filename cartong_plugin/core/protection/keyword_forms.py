# SPDX-License-Identifier: GPL-3.0-or-later
"""The written forms of a personal-data keyword's words, as a column name or a question label has them.

Arabic writes the article, the conjunction "and" and the possessive pronouns inside the word: the
keyword هاتف (phone) is written الهاتف (the phone), وهاتف (and phone), هاتفك (your phone), هاتفه (his
phone), هاتفي (my phone); a word ending in taa marbuta (بطاقة, card) changes it to taa before a pronoun
(بطاقتك, your card), and taa marbuta is often typed as haa (بطاقه). A keyword is given once, with or
without its article, and matches all these. Words of other scripts have one form (the plural of a long
keyword is found by ``detect._keyword_match``: "telefones" starts with "telefone").
"""

from __future__ import annotations

import re
from functools import lru_cache

_ARTICLE = "ال"
_AND = "و"
_TAA_MARBUTA, _HAA, _TAA = "ة", "ه", "ت"
# my, your (m. f. pl.), his, her, our, their, of you two / of them two
_PRONOUNS = ("ي", "ك", "ه", "ها", "نا", "كم", "كن", "هم", "هن", "كما", "هما")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@lru_cache(maxsize=4096)
def word_forms(word: str) -> frozenset[str]:
    """Every form of the (case- and accent-folded) keyword word ``word`` that counts as that word.

    For an Arabic word: without and with its article, with a pronoun suffix, each also after "و" (and);
    a final taa marbuta or haa is taken as either. Any other word: itself.
    """
    if not _ARABIC_LETTER.search(word):
        return frozenset((word,))
    base = word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1 else word
    bare, stems = {base}, {base}
    if base[-1] in (_TAA_MARBUTA, _HAA):
        root = base[:-1]
        bare |= {root + _TAA_MARBUTA, root + _HAA}
        stems.add(root + _TAA)
    forms = bare | {_ARTICLE + b for b in bare} | {s + p for s in stems for p in _PRONOUNS}
    return frozenset(forms | {_AND + f for f in forms})
