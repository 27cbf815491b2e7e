"""Permissions for the workflow: one per transition, plus deadline settings and extensions."""
import rules

from rectrack.responses.rules import inside_response_org, is_inspectorate
from rectrack.workflow.transitions import BY_NAME

for _rule in BY_NAME.values():  # rules of one name share a predicate
    rules.add_perm(_rule.perm, _rule.predicate)

rules.add_perm("workflow.change_deadlines", is_inspectorate)
rules.add_perm("workflow.grant_extension", is_inspectorate)
rules.add_perm("workflow.view_reminders", is_inspectorate)
# Transition comments are internal: the response's own side (and its paired bodies) and the inspectorate.
rules.add_perm("workflow.view_transitions", is_inspectorate | inside_response_org)
