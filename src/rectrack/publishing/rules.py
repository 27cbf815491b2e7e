"""Publishing permissions: the public record is open to all; only the inspectorate takes snapshots."""
import rules

from rectrack.responses.rules import is_inspectorate

rules.add_perm("publishing.take_snapshot", is_inspectorate)
