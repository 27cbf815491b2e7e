"""Helpers for ingestion tests."""


def answer(recommendation: str, start: int, end: int, progress="in_progress", position="accepted",
           confidence=0.9, label=None, evidence="We are doing it.", references=("REC1",)) -> dict:
    return {"recommendation": recommendation, "label": label or f"Recommendation {recommendation}",
            "progress": progress, "position": position, "confidence": confidence, "evidence": evidence,
            "start": start, "end": end, "references": list(references), "mentions": []}
