"""After the first load the database is the truth: a re-load adds and updates what the file changed, and
reports (never overwrites) what someone changed in the service."""
import datetime
import io

import pytest
from django.core.management import call_command

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint

pytestmark = pytest.mark.django_db


def load(**kwargs) -> str:
    out = io.StringIO()
    call_command("load_reference", stdout=out, **kwargs)
    return out.getvalue()


def catalogue_text(settings) -> str:
    return (settings.PACKAGE_DIR / "reference_data" / "super_complaints.yaml").read_text()


def write(tmp_path, text):
    path = tmp_path / "catalogue.yaml"
    path.write_text(text)
    return path


def test_a_second_load_of_the_same_file_changes_nothing_and_reports_nothing():
    load()
    history = Recommendation.history.count()
    out = load()
    assert "conflict" not in out
    assert "0 created, 0 updated, 8 unchanged" in out
    assert Recommendation.history.count() == history


def test_service_change_survives_a_reload_and_a_file_change_elsewhere_is_applied(tmp_path, settings):
    load()
    rec2 = Recommendation.objects.get(super_complaint="safe-to-share", number="2")
    rec2.text = "Our own corrected wording."
    rec2.save()
    text = catalogue_text(settings).replace("Develop a safeguarding protocol about the police approach",
                                            "Develop a national safeguarding protocol about the police approach")
    out = load(catalogue=write(tmp_path, text))
    rec2.refresh_from_db()
    assert rec2.text == "Our own corrected wording."
    rec3 = Recommendation.objects.get(super_complaint="safe-to-share", number="3")
    assert rec3.text.startswith("Develop a national safeguarding protocol")
    assert "conflict" not in out  # the file did not change recommendation 2: nothing to report


def test_a_value_changed_in_both_places_is_kept_and_reported(tmp_path, settings):
    load()
    Recommendation.objects.filter(super_complaint="safe-to-share", number="6").update(
        recipient_classes=["policing_bodies", "npcc"])
    text = catalogue_text(settings).replace("recipients: [policing_bodies]", "recipients: [policing_bodies, apcc]")
    out = load(catalogue=write(tmp_path, text))
    rec6 = Recommendation.objects.get(super_complaint="safe-to-share", number="6")
    assert rec6.recipient_classes == ["policing_bodies", "npcc"]
    assert "1 conflict" in out
    assert "- safe-to-share recommendation 6: recipient_classes was changed in the service" in out
    assert '["policing_bodies", "apcc"]' in out
    # the fan-out follows the stored classes, not the file's
    owed = set(Recipient.objects.filter(recommendation=rec6).values_list("organisation_id", flat=True))
    assert "npcc" in owed and "apcc" not in owed


def test_a_super_complaint_field_changed_in_both_places_is_reported(tmp_path, settings):
    load()
    SuperComplaint.objects.filter(pk="safe-to-share").update(short_title="Immigration status (edited)")
    text = catalogue_text(settings).replace("short_title: Policing and immigration status",
                                            "short_title: Policing and immigration status (2)")
    out = load(catalogue=write(tmp_path, text))
    assert SuperComplaint.objects.get(pk="safe-to-share").short_title == "Immigration status (edited)"
    assert "- safe-to-share: short_title was changed in the service" in out


def test_recommendations_created_in_the_service_are_not_removed_by_a_reload():
    load()
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    Recommendation.objects.create(super_complaint=super_complaint, number="9", order=9, text="Added in the service.",
                                  recipient_classes=["home_office"], loaded={})
    load()
    assert Recommendation.objects.filter(super_complaint=super_complaint, number="9").exists()


def test_a_recommendation_dropped_from_the_file_goes_unless_changed_in_the_service(tmp_path, settings):
    load()
    rec7 = Recommendation.objects.get(super_complaint="safe-to-share", number="7")
    text = catalogue_text(settings).replace(
        '      - id: "7"\n        recipients: [home_office]\n        text: null\n', ""
    )
    assert text != catalogue_text(settings)
    rec7.update_due = datetime.date(2030, 1, 1)
    rec7.save()
    out = load(catalogue=write(tmp_path, text))
    assert Recommendation.objects.filter(pk=rec7.pk).exists()
    assert "recommendation 7: no longer in the file but was changed in the service; kept" in out
    Recommendation.objects.filter(pk=rec7.pk).update(update_due=None)
    load(catalogue=write(tmp_path, text))
    assert not Recommendation.objects.filter(pk=rec7.pk).exists()


def test_unknown_recipients_mean_no_fan_out_and_are_said_so():
    load()
    unknown = Recommendation.objects.filter(recipient_classes=[]).first()
    assert unknown is not None, "the catalogue has recommendations whose recipients are not yet known"
    assert not unknown.recipients_known
    assert not unknown.recipients.exists()
    rec7 = Recommendation.objects.get(super_complaint="safe-to-share", number="7")
    assert rec7.text_status.label == "Text not yet recorded"
