import csv
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from rectrack.core import validators
from rectrack.core.audit import acting_user, attach_history_user, require
from rectrack.organisations.models import Organisation, Pairing

REQUIRED_COLUMNS = {"id", "name", "kind", "oversees", "body_type", "country", "region", "former_names"}


class ReferenceDataError(ValueError):
    """Reference data that cannot be loaded; the message says which file, line and field."""


@dataclass
class LoadSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"


def read_organisations_csv(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
            if missing:
                raise ReferenceDataError(f"{path}: missing columns {', '.join(sorted(missing))}.")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ReferenceDataError(f"{path}: cannot be read ({e}).") from e
    kinds = set(Organisation.Kind.values)
    ids = set()
    for n, row in enumerate(rows, start=2):
        if not row["id"] or not row["name"]:
            raise ReferenceDataError(f"{path} line {n}: id and name are required.")
        if row["kind"] not in kinds:
            raise ReferenceDataError(f"{path} line {n}: kind {row['kind']!r} is not one of {', '.join(sorted(kinds))}.")
        if row["id"] in ids:
            raise ReferenceDataError(f"{path} line {n}: id {row['id']!r} appears twice.")
        ids.add(row["id"])
    for n, row in enumerate(rows, start=2):
        if row["oversees"] and row["oversees"] not in ids:
            raise ReferenceDataError(f"{path} line {n}: oversees {row['oversees']!r}, which is not in the file.")
    return rows


@transaction.atomic
def load_organisations(path: Path) -> LoadSummary:
    rows = read_organisations_csv(path)
    summary = LoadSummary()
    existing = {o.id: o for o in Organisation.objects.all()}
    for row in rows:
        values = {
            "name": row["name"].strip(),
            "kind": row["kind"],
            "body_type": row["body_type"].strip(),
            "country": row["country"].strip(),
            "region": row["region"].strip(),
            "former_names": [n.strip() for n in row["former_names"].split(";") if n.strip()],
        }
        org = existing.get(row["id"])
        if org is None:
            existing[row["id"]] = Organisation.objects.create(id=row["id"], **values)
            summary.created += 1
        elif any(getattr(org, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(org, k, v)
            org.save()
            summary.updated += 1
        else:
            summary.unchanged += 1
    # Second pass: 'oversees' may point forward in the file.
    for row in rows:
        org = existing[row["id"]]
        if (org.oversees_id or "") != row["oversees"]:
            org.oversees_id = row["oversees"] or None
            org.save(update_fields=["oversees"])
    return summary


# --- Pairs for joint answers (the inspectorate's links) ------------------------------------------------

@transaction.atomic
def link_pair(*, user, first: Organisation, second: Organisation, reason: str = "") -> Pairing:
    """Let two organisations answer jointly for each other (and read each other's working copies)."""
    require(user, "organisations.link_pair", message="Only the inspectorate can link organisations.")
    reason = validators.text(reason, "Reason", max_length=2000, field="reason").strip()
    if first.pk == second.pk:
        raise ValidationError({"other": "Choose another organisation."})
    a, b = sorted([first, second], key=lambda o: o.pk)
    if a.oversees_id == b.pk or b.oversees_id == a.pk:
        raise ValidationError({"other": f"{a.name} and {b.name} are already paired: one oversees the other."})
    if Pairing.objects.filter(first=a, second=b).exists():
        raise ValidationError({"other": f"{a.name} and {b.name} are already linked."})
    pairing = Pairing(first=a, second=b, reason=reason, created_by=acting_user(user))
    attach_history_user(pairing, user, "Linked for joint answers")
    pairing.save()
    return pairing


@transaction.atomic
def unlink_pair(*, user, pairing: Pairing) -> None:
    """Remove a link. Joint answers already agreed between the two stay (the inspectorate can remove them)."""
    require(user, "organisations.link_pair", message="Only the inspectorate can unlink organisations.")
    attach_history_user(pairing, user, "Unlinked")
    pairing.delete()
