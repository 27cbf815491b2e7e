"""`rectrack backup` and `rectrack restore`: a round trip of records, history and files (on SQLite and,
under `make test-postgres`, PostgreSQL), and a restore that refuses damaged backups and non-empty databases."""
import datetime
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from rectrack.complaints.models import Recommendation
from rectrack.core import backup
from rectrack.core.workers import beat
from rectrack.ingestion.services import store_document
from rectrack.organisations.models import Organisation
from rectrack.publishing.snapshots import take_snapshot
from rectrack.responses import services
from rectrack.responses.models import Evidence, Response
from tests.support import record

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def records(reference_data, media):
    """Users, responses with history, a joint response, actions, evidence and a document, a snapshot."""
    from tests.support.users import make_users

    users = make_users()
    rec1 = Recommendation.objects.get(super_complaint_id="safe-to-share", number="1")
    rec5 = Recommendation.objects.get(super_complaint_id="safe-to-share", number="5")
    sussex, pcc = Organisation.objects.get(pk="sussex-police"), Organisation.objects.get(pk="sussex-pcc")
    first = services.create_response(user=users.sussex_editor, recommendation=rec1, organisation=sussex, data={
        "position": "accepted", "progress": "in_progress", "narrative": "Work began. «Quotes» and ünïcode.",
        "as_of": datetime.date(2021, 6, 1)})
    services.update_response(user=users.sussex_editor, response=first, data={"progress": "complete"})
    joint = services.create_response(user=users.inspector, recommendation=rec5, organisation=sussex, data={
        "position": "accepted", "progress": "in_progress", "narrative": "Joint answer."}, counts_for=[pcc])
    services.add_action(user=users.sussex_editor, response=first, data={"description": "Train staff"})
    services.add_evidence_file(user=users.sussex_editor, response=first, title="Policy",
                               uploaded=SimpleUploadedFile("policy.txt", b"The new policy, version 2.\n"))
    store_document(user=users.inspector, source=b"Recommendation 1. Complete.\n", filename="sussex.txt",
                   enqueue=False)
    record.publish(first, joint)
    take_snapshot(user=users.inspector, super_complaint=None)
    beat("worker-1")
    return first


def database_state() -> dict:
    return {model._meta.label_lower: list(model._base_manager.order_by("pk").values_list(
        *[f.attname for f in model._meta.concrete_fields])) for model in backup.backed_up_models()}


def media_state(root: Path) -> dict:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(root).rglob("*")) if p.is_file()}


def wipe(media: Path) -> None:
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media, ignore_errors=True)


def rehash(directory: Path) -> None:
    body = (directory / backup.MANIFEST).read_bytes()
    (directory / backup.MANIFEST_HASH).write_text(f"{hashlib.sha256(body).hexdigest()}  manifest.json\n")


def test_round_trip_restores_records_history_and_files(records, media, tmp_path):
    before, files = database_state(), media_state(media)
    assert Response.history.count() >= 3 and Evidence.objects.count() == 1 and len(files) == 2
    assert before["responses.jointlink"], "the joint link is in the data"
    target = tmp_path / "backup"
    call_command("backup", str(target), verbosity=0)

    manifest = json.loads((target / "manifest.json").read_text())
    assert {e["path"] for e in manifest["files"]} == {f"files/{p}" for p in files}
    assert "sessions.session" not in {t["model"] for t in manifest["tables"]}
    listed = {e["path"]: e["sha256"] for e in manifest["tables"] + manifest["files"]}
    assert all(hashlib.sha256((target / p).read_bytes()).hexdigest() == h for p, h in listed.items())

    wipe(media)
    assert Response.objects.count() == 0 and not media.exists()
    call_command("restore", str(target), verbosity=0)
    assert database_state() == before
    assert media_state(media) == files
    # The restored database works: new rows get fresh ids, history reads back.
    restored = Response.objects.get(pk=records.pk)
    # created, changed, published
    assert [h.progress for h in restored.history.order_by("history_id")] == ["in_progress", "complete", "complete"]
    assert Evidence.objects.get().file.read() == b"The new policy, version 2.\n"
    author = restored.history.order_by("history_id").first().history_user  # the editor who created it
    new = services.add_action(user=author, response=restored,
                              data={"description": "After the restore"})
    assert new.pk > max(row[0] for row in before["responses.action"])


def test_check_only_verifies(records, tmp_path):
    target = tmp_path / "backup"
    call_command("backup", str(target), verbosity=0)
    from io import StringIO

    out = StringIO()
    call_command("restore", str(target), check=True, stdout=out)
    assert "is complete" in out.getvalue()


def test_a_database_with_data_is_refused_unless_forced(records, media, tmp_path):
    target = tmp_path / "backup"
    call_command("backup", str(target), verbosity=0)
    before, files = database_state(), media_state(media)
    Response.objects.filter(pk=records.pk).update(narrative="Changed after the backup")
    changed = database_state()
    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(target), verbosity=0)
    assert database_state() == changed
    call_command("restore", str(target), force=True, verbosity=0)
    assert database_state() == before and media_state(media) == files
    kept = list(media.parent.glob("media.before-restore-*"))
    assert len(kept) == 1 and media_state(kept[0]) == files, "the files it replaced are kept aside"


def test_files_left_in_media_root_are_refused_unless_forced(records, media, tmp_path):
    target = tmp_path / "backup"
    call_command("backup", str(target), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="MEDIA_ROOT .* already holds files"):
        call_command("restore", str(target), verbosity=0)


def _flip_a_byte(target: Path) -> None:
    path = target / "database" / "responses.response.jsonl.gz"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _remove_a_stored_file(target: Path) -> None:
    next(p for p in (target / "files").rglob("*") if p.is_file()).unlink()


def _edit_the_manifest(target: Path) -> None:
    path = target / "manifest.json"
    path.write_text(path.read_text().replace('"rows": 1', '"rows": 2', 1))


def _rewrite_the_manifest(change):
    def damage(target: Path) -> None:
        manifest = json.loads((target / "manifest.json").read_text())
        change(manifest)
        (target / "manifest.json").write_text(json.dumps(manifest))
        rehash(target)
    return damage


def _point_outside(manifest: dict) -> None:
    manifest["files"][0]["path"] = "files/../../outside.txt"


def _another_schema(manifest: dict) -> None:
    manifest["schema"].append(["responses", "9999_future"])


# Each damage, and what restore must say of it.
DAMAGES = {
    "a changed table file": (_flip_a_byte, "database/responses.response.jsonl.gz does not match its SHA-256"),
    "a missing stored file": (_remove_a_stored_file, "is missing"),
    "a changed manifest": (_edit_the_manifest, "does not match its SHA-256"),
    "an incomplete backup without manifest": (lambda t: (t / "manifest.json").unlink(), "manifest.json is missing"),
    "a manifest path outside the backup": (_rewrite_the_manifest(_point_outside), "outside files/"),
    "a backup of another schema": (_rewrite_the_manifest(_another_schema), "other database migrations"),
}


def test_a_damaged_backup_is_refused_and_changes_nothing(records, media, tmp_path, subtests):
    """Back up once, empty everything, then restore a damaged copy for each damage: each is refused with its
    reason and nothing changes (one backup for all: making the records is most of the time)."""
    made = tmp_path / "backup"
    call_command("backup", str(made), verbosity=0)
    wipe(media)
    empty = database_state()
    for name, (damage, reason) in DAMAGES.items():
        with subtests.test(msg=name):
            target = tmp_path / name.replace(" ", "-")
            shutil.copytree(made, target)
            damage(target)
            with pytest.raises(CommandError) as refused:
                call_command("restore", str(target), verbosity=0)
            assert reason in str(refused.value)
            assert database_state() == empty, "nothing changed"
            assert not media.exists() and not list(media.parent.glob(".media.restoring-*"))


def test_backup_refuses_a_directory_in_use(records, tmp_path):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "something").write_text("x")
    with pytest.raises(CommandError, match="not an empty directory"):
        call_command("backup", str(tmp_path / "used"), verbosity=0)
