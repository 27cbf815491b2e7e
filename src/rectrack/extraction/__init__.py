"""Document extraction engine: reads published responses and returns structured, cited responses.

Pure Python; imports nothing from Django or other rectrack packages.

    result = extract_bytes(data, "response.pdf", catalogue)   # an ExtractionResult (frozen dataclasses)
    result.to_json()                                          # the `rectrack extract` contract's object

    read_report(data, "report.pdf")                           # a report's recommendations (ReportResult)

`read_document` + `analyse` are the two steps of `extract_bytes` (the service keeps the text between
them: `Document.verbatim`, which the result's offsets index; the rules read `Document.text`, ADR 0008 Decision 33);
`Sandbox` runs them in a child process with limits (`limits.Limits`).
"""
from .catalogue import Catalogue, load_catalogue
from .errors import ExtractionError
from .limits import DEFAULT_LIMITS, Limits
from .pipeline import extract_bytes, extract_path, read_document, read_report
from .report import ReportResult
from .results import ExtractionResult, ResponseProposal
from .sandbox import Sandbox
from .stages import DEFAULT_STAGES, Stages, analyse

__all__ = ["extract_bytes", "extract_path", "load_catalogue", "ExtractionError", "Catalogue", "read_document",
           "analyse", "ExtractionResult", "ResponseProposal", "Sandbox", "Limits", "DEFAULT_LIMITS", "Stages",
           "DEFAULT_STAGES", "read_report", "ReportResult"]
