"""The registry of allowed workflow transitions for a response (draft -> submitted -> published ...).

There is no status drop-down: a response's ``state`` changes only through one of these, via
``rectrack.workflow.services.transition``, which checks the rule's permission and records who, when and why.
Each rule is also a ``rules`` permission, ``workflow.<name>_response`` (see ``workflow/rules.py``).
"""
from dataclasses import dataclass

import rules

from rectrack.responses.rules import edits_for_response_org, is_inspectorate
from rectrack.vocabulary import WorkflowState as S

# The recipient's side: editors of the response's organisation (or of one it counts for jointly); the
# inspectorate may act for a recipient (e.g. when it enters a response from a published document).
recipient = is_inspectorate | edits_for_response_org


@dataclass(frozen=True)
class Rule:
    name: str
    source: S
    target: S
    label: str  # the button
    predicate: rules.Predicate
    comment_required: bool = False
    who: str = ""  # in words, for error messages and the docs

    @property
    def perm(self) -> str:
        return f"workflow.{self.name}_response"


REGISTRY: tuple[Rule, ...] = (
    Rule("submit", S.DRAFT, S.SUBMITTED, "Submit to the inspectorate", recipient,
         who="an editor of the responding organisation or the inspectorate"),
    Rule("resubmit", S.RETURNED, S.SUBMITTED, "Resubmit to the inspectorate", recipient,
         who="an editor of the responding organisation or the inspectorate"),
    Rule("publish", S.SUBMITTED, S.PUBLISHED, "Publish", is_inspectorate, who="the inspectorate"),
    Rule("return", S.SUBMITTED, S.RETURNED, "Return to the organisation", is_inspectorate,
         comment_required=True, who="the inspectorate"),
    Rule("withdraw", S.PUBLISHED, S.RETURNED, "Withdraw from publication and return", is_inspectorate,
         comment_required=True, who="the inspectorate"),
    Rule("record_update", S.PUBLISHED, S.PUBLISHED, "Record a progress update", recipient,
         comment_required=True, who="an editor of the responding organisation or the inspectorate"),
)
BY_NAME = {r.name: r for r in REGISTRY}
BY_STATES = {(r.source, r.target): r for r in REGISTRY}


def find(source: str, target: str) -> Rule | None:
    return BY_STATES.get((source, target))


def from_state(state: str) -> list[Rule]:
    return [r for r in REGISTRY if r.source == state]


def available(user, response) -> list[Rule]:
    """The transitions this user may take on this response now."""
    return [r for r in from_state(response.state) if r.predicate.test(user, response)]
