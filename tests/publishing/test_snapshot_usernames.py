"""Snapshots keep no username (issue 7, ADR 0020): a new one names "the inspectorate" (or an organisation), and
migration 0004 removes the username that snapshots taken earlier carried in their hashed metadata, recording why
the hash changed and what it was."""
import hashlib
import importlib
import json

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from rectrack.publishing.models import Snapshot, SnapshotRehash, SnapshotRow
from rectrack.publishing.snapshots import TAKEN_BY_PUBLIC, canonical_json, public_taker, take_snapshot, verify
from tests.support.users import make_user

migration = importlib.import_module("rectrack.publishing.migrations.0004_snapshot_usernames_removed")


def as_taken_before_issue_7(snapshot: Snapshot, username: str) -> str:
    """Make ``snapshot`` what the old code wrote: the username in its metadata, hashed with it."""
    models.QuerySet.update(Snapshot.objects.filter(pk=snapshot.pk), taken_by_name=username)
    snapshot = Snapshot.objects.get(pk=snapshot.pk)
    digest = hashlib.sha256(canonical_json(snapshot)).hexdigest()
    models.QuerySet.update(Snapshot.objects.filter(pk=snapshot.pk), content_sha256=digest)
    assert verify(Snapshot.objects.get(pk=snapshot.pk))
    return digest


def download(client, snapshot) -> bytes:
    response = client.get(reverse("publishing:snapshot_download", args=[snapshot.pk, "json"]))
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_new_snapshot_names_the_inspectorate_never_the_person(published, super_complaint, client):
    person = make_user("zx-hmi-taker", "inspectorate")
    snapshot = take_snapshot(user=person, super_complaint=super_complaint)
    assert snapshot.taken_by_name == TAKEN_BY_PUBLIC and snapshot.taken_by == person
    body = download(client, snapshot)
    assert json.loads(body)["taken_by"] == TAKEN_BY_PUBLIC
    assert b"zx-hmi-taker" not in body
    assert b"zx-hmi-taker" not in client.get(snapshot.get_absolute_url()).content


def test_the_public_name_of_whoever_takes_it_is_a_body(reference_data):
    assert public_taker(make_user("zx-hmi", "inspectorate")) == TAKEN_BY_PUBLIC
    assert public_taker(make_user("zx-sussex", "org_editor", "sussex-police")) == "Sussex Police"
    assert public_taker(None) == ""


def test_the_migration_removes_the_username_and_records_why_the_hash_changed(users, published, super_complaint,
                                                                             client):
    old = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    old_hash = as_taken_before_issue_7(old, "zx-jsmith")
    current = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    assert b"zx-jsmith" in download(client, old)

    migration.remove_usernames(apps, None)

    old = Snapshot.objects.get(pk=old.pk)
    assert old.taken_by_name == TAKEN_BY_PUBLIC
    assert old.content_sha256 != old_hash and verify(old), "the hash was not recomputed over the same rows"
    body = download(client, old)
    assert b"zx-jsmith" not in body and hashlib.sha256(body).hexdigest() == old.content_sha256
    change = SnapshotRehash.objects.get(snapshot=old)
    assert change.recomputed and change.previous_sha256 == old_hash and change.new_sha256 == old.content_sha256
    assert "username" in change.reason and "zx-jsmith" not in change.reason
    # A snapshot that already named the inspectorate is left alone.
    assert not SnapshotRehash.objects.filter(snapshot=current).exists()
    assert Snapshot.objects.get(pk=current.pk).content_sha256 == current.content_sha256

    page = client.get(old.get_absolute_url()).content.decode()
    assert "zx-jsmith" not in page and old_hash in page and "Verified unchanged" in page
    assert "a username" in page

    migration.remove_usernames(apps, None)  # run twice (a re-applied migration): nothing more to do
    assert SnapshotRehash.objects.filter(snapshot=old).count() == 1


def test_a_redacted_snapshot_keeps_its_hash_and_still_shows_as_changed(users, published, super_complaint, client):
    snapshot = take_snapshot(user=users.inspector, super_complaint=super_complaint)
    old_hash = as_taken_before_issue_7(snapshot, "zx-jsmith")
    # What a redaction does to a snapshot's rows (snapshots.redact_rows): the content no longer matches the hash.
    row = SnapshotRow.objects.filter(snapshot=snapshot).exclude(narrative="").first()
    assert row is not None
    models.QuerySet.update(SnapshotRow.objects.filter(pk=row.pk), narrative="")

    migration.remove_usernames(apps, None)

    snapshot = Snapshot.objects.get(pk=snapshot.pk)
    assert snapshot.taken_by_name == TAKEN_BY_PUBLIC and snapshot.content_sha256 == old_hash
    assert not verify(snapshot)
    change = SnapshotRehash.objects.get(snapshot=snapshot)
    assert not change.recomputed and "redacted" in change.reason
    assert b"zx-jsmith" not in download(client, snapshot)


@pytest.mark.django_db
def test_the_migration_is_in_the_graph():
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    assert ("publishing", "0004_snapshot_usernames_removed") in loader.disk_migrations
