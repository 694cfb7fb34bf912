"""Text every writer can carry: the one rule for what a map's strings may hold.

A title ends up in an SVG (XML 1.0), a PDF, a PNG, a Markdown file, file names and Qt
widgets. XML cannot hold C0 control characters (but tab, line feed and carriage return),
lone surrogates or U+FFFE/U+FFFF, and no format has a use for Unicode's noncharacters: such
text makes an SVG that no XML parser reads, and a lone surrogate cannot even be encoded as
UTF-8. Verbs refuse it with `UnsafeTextError` (`check_text`), and opening refuses a file that
holds it (`first_unsafe`, called by `fileformat.validate_values`).
"""

from __future__ import annotations

import re
from typing import TypeVar

from .errors import UnsafeTextError

T = TypeVar("T")

_CANDIDATES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]"
)
"""C0 controls but tab, LF and CR (CR: text pasted from Windows ends lines with CR LF); lone
surrogates; the noncharacters of the first plane; and every character beyond it, among which
the noncharacters U+1FFFE, U+1FFFF ... U+10FFFF (Python's re is six times slower with those
17 pairs in the class than with one range; emoji, the other astral characters, are rare)."""

_UNSAFE_UTF8 = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f]"  # C0 controls but tab, LF and CR
    rb"|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"  # U+FDD0..U+FDEF, U+FFFE, U+FFFF
    rb"|[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]"  # U+1FFFE, U+1FFFF ... U+10FFFF
)
_SUSPECTS = bytes(
    0 if (b < 0x20 and b not in b"\t\n\r") or b == 0xEF or 0xF0 <= b <= 0xF4 else 1
    for b in range(256)
)  # the bytes every unsafe character starts with, as NUL


def unsafe_utf8(data: bytes) -> bool:
    """`first_unsafe` for text stored as UTF-8, valid (so without lone surrogates): a file's
    text is searched as stored. Ordinary text (no control, no U+E000..U+FFFF, no emoji) is
    cleared by one `bytes.translate` and a NUL search; the regex, ten times slower, only
    reads text with a suspect byte."""
    if b"\x00" not in data.translate(_SUSPECTS):
        return False
    return _UNSAFE_UTF8.search(data) is not None


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Embeddings, overrides and isolates: they reorder what follows them on screen (U+202E makes
"gpj.exe" read as "exe.jpg"); dropped where text becomes a file name or a Markdown file."""
_DROPPED_IN_FILES = str.maketrans(dict.fromkeys(BIDI_CONTROLS + "\x00"))


def first_unsafe(value: str) -> str | None:
    """The first character of `value` no writer can carry, or None."""
    for found in _CANDIDATES.finditer(value):
        char = found.group()
        if char < "\U00010000" or ord(char) & 0xFFFE == 0xFFFE:
            return char
    return None


def check_text(value: T) -> T:
    """`value` itself if it is not text or is text every writer can carry; raises
    `UnsafeTextError` (an `InvalidEditError`) naming the first character that is not."""
    if isinstance(value, str):
        char = first_unsafe(value)
        if char is not None:
            raise UnsafeTextError(char)
    return value


def without_bidi_controls(value: str) -> str:
    """`value` without NUL and the bidirectional embeddings, overrides and isolates."""
    return value.translate(_DROPPED_IN_FILES)
