"""Typed errors, each with a message a person can act on, and a key a GUI can translate."""

from __future__ import annotations

from collections.abc import Mapping


class FayanError(Exception):
    """Base of every error Fayan reports to a user.

    ``str(err)`` is the whole user-facing message in English (what the CLI prints): it names the
    file or action, says what went wrong in plain words and what to do. ``path`` is the file
    concerned, where there is one. ``key`` names the message ("ingest.encrypted_pdf") and
    ``params`` holds the values it is built from, so a GUI can show it in its own language; the
    core never translates.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        *,
        key: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.key = key
        self.params: dict[str, object] = dict(params or {})

    def __str__(self) -> str:
        return self.message


# --- import / ingest --------------------------------------------------------------------------


class IngestError(FayanError):
    """A file could not be imported; the library is unchanged for it."""


class UnsupportedFormatError(IngestError):
    """The file type is not one Fayan reads (.txt .md .pdf .docx)."""


class EmptyFileError(IngestError):
    """The file has no bytes or no text."""


class EncodingError(IngestError):
    """The text could not be decoded without guessing (never imported as mojibake)."""


class ScannedPdfError(IngestError):
    """A PDF without a text layer (a scan): nothing to import without OCR."""


class EncryptedFileError(IngestError):
    """The file is password-protected."""


class CorruptFileError(IngestError):
    """The file is damaged or is not what its name says."""


class FileTooLargeError(IngestError):
    """The file (or what it expands to) exceeds a safety limit."""


class ParseTimeoutError(IngestError):
    """Parsing took longer than the time limit and was stopped."""


class ParseMemoryError(IngestError):
    """Parsing needed more memory than the limit and was stopped."""


class SourceVanishedError(IngestError):
    """The file disappeared or changed while it was being imported."""


class DiskFullError(FayanError):
    """No space left on the disk while writing."""


class ImportCancelled(FayanError):
    """The user cancelled an import; what was committed before stays, nothing half-written."""


# --- library file -----------------------------------------------------------------------------


class LibraryError(FayanError):
    """The library file cannot be used as asked."""


class LibraryTooNewError(LibraryError):
    """The library was written by a newer Fayan; it is left untouched."""


class LibraryNotOursError(LibraryError):
    """The file is not a Fayan library (another SQLite database, or not a database)."""


class LibraryCorruptError(LibraryError):
    """SQLite reports damage in the library file."""


class LibraryLockedError(LibraryError):
    """Another program or window holds the library."""


class LibraryReadOnlyError(LibraryError):
    """The library can only be read (read-only file, folder or media)."""


class DocumentNotFoundError(FayanError):
    """No document with that id in the library."""

    @classmethod
    def missing(cls, doc_id: int) -> DocumentNotFoundError:
        """The one message for an id the library does not have (several lookups raise it)."""
        return DocumentNotFoundError(
            f"There is no document with id {doc_id} in the library.",
            key="store.no_document",
            params={"doc_id": doc_id},
        )


class DocumentTrashError(FayanError):
    """A trashed document cannot be restored as asked (e.g. it is in the library again)."""


class ExportError(FayanError):
    """An export could not be written; no partial file is left."""


class ParseCrashError(CorruptFileError):
    """The parser process died (native crash, signal) while reading the file."""


# --- annotations ------------------------------------------------------------------------------


class AnnotationError(FayanError):
    """An annotation could not be saved as asked (bad range, colour, tag); nothing was changed."""


class AnnotationNotFoundError(AnnotationError):
    """No annotation with that id in the library."""


class NoteTooLargeError(AnnotationError):
    """The note exceeds the size limit; refused before anything was saved."""


class NotesBackupError(FayanError):
    """A notes backup file is damaged, truncated or not a Fayan notes backup; nothing was restored."""


# --- corrections of the analysis ---------------------------------------------------------------


class CorrectionError(FayanError):
    """A correction could not be made as asked (no sentence there, unknown label); nothing changed."""
