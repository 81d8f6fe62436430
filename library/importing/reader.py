"""Reads a source file as text: UTF-8, or another encoding detected and refused (or accepted by option)."""

from pathlib import Path

from charset_normalizer import from_bytes
from django.utils.translation import gettext as _

from library.importing.errors import ImportFileError

# Text files hold almost no control characters besides tab, newline, carriage return and form feed.
_TEXT_CONTROLS = {9, 10, 12, 13}


def _looks_binary(data):
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls > len(sample) * 0.05


def _line_of(data, offset):
    return data.count(b"\n", 0, offset) + 1


def read_text(path, encoding=None):
    """The file's text with Unix newlines. Raises ImportFileError for empty, binary or non-UTF-8 files.

    `encoding` accepts a file the editor knows to be in another encoding (e.g. "cp1252").
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, _("cannot be read: %(error)s") % {"error": error.strerror}) from error
    if not data.strip():
        raise ImportFileError(path, _("the file is empty: there is nothing to import."))
    if _looks_binary(data):
        raise ImportFileError(
            path, _("this is a binary file, not text: export the document as Markdown or plain text.")
        )
    text = _decode(path, data, encoding) if encoding else _decode_utf8(path, data)
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode(path, data, encoding):
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as error:
        raise ImportFileError(
            path, _("cannot be decoded as %(encoding)s: %(error)s") % {"encoding": encoding, "error": error}
        ) from error


def _cut_inside_a_character(data, error):
    """UTF-8 up to a last character whose bytes stop at the end of the file: a download or copy cut short."""
    return error.reason == "unexpected end of data" and error.end == len(data)


def _decode_utf8(path, data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        if _cut_inside_a_character(data, error):
            raise ImportFileError(
                path,
                _("the file ends inside a UTF-8 character: it is UTF-8 but truncated; export or copy it again."),
                line=line,
            ) from error
        raise ImportFileError(
            path,
            _("not UTF-8 (byte 0x%(byte)02X cannot be decoded); %(hint)s")
            % {"byte": data[error.start], "hint": _encoding_hint(data)},
            line=line,
        ) from error


def _encoding_hint(data):
    guess = from_bytes(data).best()
    if guess is None:
        return _("its encoding could not be recognised; convert it to UTF-8.")
    return _("it looks like %(encoding)s; convert it to UTF-8 or import it with --encoding %(encoding)s.") % {
        "encoding": guess.encoding
    }
