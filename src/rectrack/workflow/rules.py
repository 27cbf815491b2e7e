"""Permissions for the workflow: one per transition, plus deadline settings and extensions."""
import rules

from rectrack.responses.rules import is_inspectorate, is_signed_in
from rectrack.workflow.transitions import REGISTRY

for _rule in REGISTRY:
    rules.add_perm(_rule.perm, _rule.predicate)

rules.add_perm("workflow.change_deadlines", is_inspectorate)
rules.add_perm("workflow.grant_extension", is_inspectorate)
rules.add_perm("workflow.view_reminders", is_inspectorate)
rules.add_perm("workflow.view_transitions", is_signed_in)
