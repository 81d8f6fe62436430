"""A message as one reader sees it: the original in the reader's language, otherwise the marked translation."""

from dataclasses import dataclass

from django.utils.translation import get_language_info


@dataclass(frozen=True)
class ShownMessage:
    body: str
    language: str  # the language of `body`
    original_body: str
    original_language: str
    translator: str = ""  # set when `body` is a machine translation

    @property
    def is_translation(self):
        return bool(self.translator)

    @property
    def original_language_name(self):
        return language_name(self.original_language)


def language_name(code):
    """The language's name in the active language ("espagnol" for a French reader)."""

    return str(get_language_info(code)["name_translated"])


def shown_message(message, translation, reader_language):
    """`translation` is the message's translation into `reader_language`, or None."""
    if message.language == reader_language or translation is None:
        return ShownMessage(message.body, message.language, message.body, message.language)
    return ShownMessage(translation.body, translation.language, message.body, message.language, translation.translator)


def shown_title(thread, first_translation, reader_language):
    """The thread's subject in the reader's language when the opening message was translated."""
    if thread.language != reader_language and first_translation is not None and first_translation.title:
        return first_translation.title, reader_language, True
    return thread.title, thread.language, False
