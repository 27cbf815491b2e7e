"""Reads about organisations: which bodies are paired (may answer jointly, see each other's drafts)."""
from django.db.models import Q

from rectrack.organisations.models import Organisation, Pairing


def partners(organisation_id: str) -> set[str]:
    """The bodies paired with one organisation: the force it oversees or the body overseeing it, and any
    pair the inspectorate linked. Two queries."""
    ids = set(Organisation.objects.filter(Q(pk=organisation_id, oversees__isnull=False) | Q(oversees=organisation_id))
              .values_list("pk", "oversees_id").distinct())
    out = {a for a, _ in ids} | {b for _, b in ids}
    for first, second in Pairing.objects.filter(Q(first=organisation_id) | Q(second=organisation_id)).values_list(
            "first_id", "second_id"):
        out |= {first, second}
    out.discard(None)
    out.discard(organisation_id)
    return out


def are_paired(a: str, b: str) -> bool:
    return a != b and b in partners(a)
