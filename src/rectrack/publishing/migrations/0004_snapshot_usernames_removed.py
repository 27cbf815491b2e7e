"""Snapshots taken before issue 7 named the person who took them (a username) in their public, hashed metadata.

The name becomes "the inspectorate" (only the inspectorate can take snapshots), and a ``SnapshotRehash`` records
why the hash changed and what it was, so a reader holding an earlier download can see why its hash differs
(ADR 0020). The hash is recomputed only where the stored content still matched it; a snapshot whose rows had
already been redacted keeps its old hash (it still shows as changed, for the redaction's recorded reason).
The username is not restored on reversal (the records of this change go with their table).
"""
import hashlib

import django.db.models.deletion
from django.db import migrations, models
from django.utils import timezone

from rectrack.publishing.snapshots import TAKEN_BY_PUBLIC, canonical_json

REASON = ("This snapshot named the person who took it (a username) in its published details. The public record "
          "never names a person, so the name was replaced by 'the inspectorate' and the SHA-256 recomputed over the "
          "same rows; a download made before this date carries the previous hash.")
REASON_KEPT = ("This snapshot named the person who took it (a username) in its published details; the name was "
               "replaced by 'the inspectorate'. Its hash was not recomputed because its rows had already been "
               "redacted, so it no longer matched.")


def remove_usernames(apps, schema_editor):
    Snapshot = apps.get_model("publishing", "Snapshot")
    SnapshotRow = apps.get_model("publishing", "SnapshotRow")
    SnapshotRehash = apps.get_model("publishing", "SnapshotRehash")
    now = timezone.now()
    named = Snapshot.objects.exclude(taken_by_name="").exclude(taken_by_name=TAKEN_BY_PUBLIC).order_by("pk")
    for snapshot in named.iterator(chunk_size=100):
        previous = snapshot.content_sha256
        intact = hashlib.sha256(canonical_json(snapshot, row_model=SnapshotRow)).hexdigest() == previous
        snapshot.taken_by_name = TAKEN_BY_PUBLIC
        new = hashlib.sha256(canonical_json(snapshot, row_model=SnapshotRow)).hexdigest() if intact else previous
        # The one correction a snapshot takes (QuerySet.update: the live ImmutableQuerySet refuses updates).
        models.QuerySet.update(Snapshot.objects.filter(pk=snapshot.pk), taken_by_name=TAKEN_BY_PUBLIC,
                               content_sha256=new)
        SnapshotRehash.objects.create(snapshot_id=snapshot.pk, at=now, reason=REASON if intact else REASON_KEPT,
                                      previous_sha256=previous, new_sha256=new)


class Migration(migrations.Migration):

    dependencies = [
        ('publishing', '0003_search'),
    ]

    operations = [
        migrations.CreateModel(
            name='SnapshotRehash',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('at', models.DateTimeField()),
                ('reason', models.TextField()),
                ('previous_sha256', models.CharField(max_length=64)),
                ('new_sha256', models.CharField(max_length=64)),
                ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='rehashes', to='publishing.snapshot')),
            ],
            options={
                'ordering': ['at', 'pk'],
            },
        ),
        migrations.RunPython(remove_usernames, migrations.RunPython.noop),
    ]
