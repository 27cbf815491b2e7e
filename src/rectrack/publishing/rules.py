"""Publishing permissions: the public record is open to all; only the inspectorate takes snapshots; a
commissioner's overall comments are written by its own editors and the inspectorate."""
import rules

from rectrack.publishing.comments import can_write
from rectrack.responses.rules import is_inspectorate

rules.add_perm("publishing.take_snapshot", is_inspectorate)
# A commissioner's overall comments on the response record: its own editors and the inspectorate (ADR 0019).
rules.add_perm("publishing.write_overall_comment", rules.predicate(can_write))
