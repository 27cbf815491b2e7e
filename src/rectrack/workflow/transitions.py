"""The registry of allowed workflow transitions for a response (draft -> submitted -> published ...).

There is no status drop-down: a response's ``state`` changes only through one of these, via
``rectrack.workflow.services.transition``, which checks the rule's permission and records who, when and why.
Each rule is also a ``rules`` permission, ``workflow.<name>_response`` (see ``workflow/rules.py``).

``state`` describes the working copy. Publishing freezes it as the next published version (what the public
reads); editing a published response starts a revision (back to draft) while that version stays public,
and the revision goes through submit and publish in turn. Withdrawing takes every published version off the
public record, from a published response or from one whose revision is under way.
"""
from dataclasses import dataclass

import rules

from rectrack.core.vocabulary import WorkflowState as S
from rectrack.responses.rules import is_inspectorate, writes_for_response

# The recipient's side: editors of the organisation that wrote the response (a body it counts for jointly
# does not act on it); the inspectorate may act for a recipient (e.g. when it enters a response from a
# published document).
recipient = is_inspectorate | writes_for_response


@dataclass(frozen=True)
class Rule:
    name: str
    source: S
    target: S
    label: str  # the button
    predicate: rules.Predicate
    comment_required: bool = False
    who: str = ""  # in words, for error messages and the docs
    needs_published_version: bool = False  # only for a response the public can read now

    def applies(self, response) -> bool:
        return not self.needs_published_version or response.published_version_id is not None

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
    Rule("resubmit", S.WITHDRAWN, S.SUBMITTED, "Resubmit to the inspectorate", recipient,
         who="an editor of the responding organisation or the inspectorate"),
    *(Rule("withdraw", source, S.WITHDRAWN, "Withdraw from the public record", is_inspectorate,
           comment_required=True, who="the inspectorate", needs_published_version=source != S.PUBLISHED)
      for source in (S.PUBLISHED, S.DRAFT, S.RETURNED, S.SUBMITTED)),
)
BY_NAME = {r.name: r for r in reversed(REGISTRY)}  # the first rule of each name gives its label
BY_STATES = {(r.source, r.target): r for r in REGISTRY}


def find(source: str, target: str) -> Rule | None:
    return BY_STATES.get((source, target))


def from_state(state: str) -> list[Rule]:
    return [r for r in REGISTRY if r.source == state]


def available(user, response) -> list[Rule]:
    """The transitions this user may take on this response now."""
    return [r for r in from_state(response.state) if r.applies(response) and r.predicate.test(user, response)]
