"""The one exception type the extraction engine raises for unusable input."""


class ExtractionError(Exception):
    """A file could not be turned into a document; the message is one sentence for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
