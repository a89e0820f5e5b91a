"""Everyday English words: two of them in a row are read as two words, not as a name.

The final check refuses a short company name split in two ("Vi sion" for Vision,
``protect.Matcher.split_hits``). When both halves are everyday words written in lower
case ("we meet at one o'clock" for a company called Atone, "a part of it" for Apart),
no reader reads the name there, and refusing would stop every edition that says
"at one": such a pair is left alone. The list holds the most frequent short English
words (function words, numbers, everyday nouns, verbs and adjectives); a word missing
from it only means that the pair is refused, as before, and the refusal says where.
"""

from __future__ import annotations

COMMON_WORDS = frozenset((
    "a", "about", "above", "after", "again", "against", "ago", "ahead", "all", "also",
    "am", "among", "an", "and", "any", "are", "area", "around", "art", "as", "ask",
    "at", "away", "back", "bad", "be", "bed", "been", "before", "behind", "being",
    "below", "best", "better", "between", "big", "bit", "both", "but", "by", "call",
    "came", "can", "case", "cause", "change", "city", "close", "come", "could", "cut",
    "day", "did", "do", "does", "done", "down", "each", "early", "end", "even", "ever",
    "every", "eye", "face", "fact", "far", "feel", "few", "file", "find", "fine",
    "first", "five", "for", "form", "found", "four", "free", "from", "full", "gave",
    "get", "give", "go", "good", "got", "great", "group", "had", "hand", "has", "have",
    "he", "head", "hear", "help", "her", "here", "high", "him", "his", "hold", "home",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "keep", "kind", "know",
    "land", "last", "late", "lead", "least", "left", "less", "let", "life", "light",
    "like", "line", "little", "live", "long", "look", "made", "main", "make", "man",
    "many", "may", "me", "mean", "meet", "men", "might", "more", "most", "move", "much",
    "must", "my", "name", "near", "need", "never", "new", "next", "no", "not", "now",
    "number", "of", "off", "old", "on", "once", "one", "only", "open", "or", "other",
    "our", "out", "over", "own", "part", "past", "people", "place", "plan", "play",
    "point", "power", "put", "rate", "read", "real", "right", "room", "round", "run",
    "said", "same", "saw", "say", "see", "seem", "sent", "set", "she", "should", "show",
    "side", "since", "six", "small", "so", "some", "soon", "sort", "stand", "start",
    "state", "step", "still", "stop", "such", "sun", "take", "tell", "ten", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "thing", "think",
    "this", "those", "three", "through", "time", "to", "told", "tone", "too", "took",
    "top", "toward", "try", "turn", "two", "under", "up", "upon", "us", "use", "very",
    "want", "was", "way", "we", "well", "went", "were", "what", "when", "where",
    "which", "while", "who", "why", "will", "with", "word", "work", "would", "year",
    "yet", "you", "your",
))


def everyday(word: str) -> bool:
    """Whether ``word`` (any case) is one of the everyday words."""
    return word.lower() in COMMON_WORDS
