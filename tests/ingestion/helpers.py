"""Helpers for ingestion tests."""


def answer(recommendation: str, start: int, end: int, progress="in_progress", position="accepted",
           confidence=0.9, label=None, evidence="We are doing it.", references=("REC1",)) -> dict:
    return {"recommendation": recommendation, "label": label or f"Recommendation {recommendation}",
            "progress": progress, "position": position, "confidence": confidence, "evidence": evidence,
            "start": start, "end": end, "references": list(references), "mentions": []}


def result(filename: str = "doc.txt", responses=(), super_complaint="safe-to-share",
           organisations=("sussex-police",)) -> dict:
    """A whole contract object, as the engine's child process sends it."""
    return {"file": filename, "format": "text", "super_complaint": super_complaint,
            "organisations": [{"id": o, "name": o, "kind": "force"} for o in organisations],
            "document_date": "2022-01-14", "responses": [dict(r) for r in responses], "warnings": []}
