"""The reference data loader: fan-out, idempotence, and bad input that changes nothing."""
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.complaints.services import due_from_text
from rectrack.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def load(**kwargs):
    call_command("load_reference", **kwargs)


def test_loads_organisations_and_catalogue():
    load()
    assert Organisation.objects.filter(kind="force").count() == 47
    assert Organisation.objects.get(pk="sussex-pcc").oversees_id == "sussex-police"
    assert Organisation.objects.get(pk="cumbria-pfcc").former_names == ["Cumbria Police and Crime Commissioner"]
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    assert super_complaint.recommendations.count() == 8
    assert sorted(super_complaint.designated_bodies.values_list("pk", flat=True)) == [
        "liberty",
        "southall-black-sisters",
    ]
    assert SuperComplaint.objects.count() == 8


def test_fan_out_to_recipients():
    load()
    forces = Organisation.objects.filter(kind="force").count()
    bodies = Organisation.objects.filter(kind="policing_body").count()

    def owed(number):
        return set(Recipient.objects.filter(recommendation__super_complaint="safe-to-share",
                                            recommendation__number=number).values_list("organisation_id", flat=True))

    assert len(owed("1")) == forces
    assert owed("2") == {"home-office"}
    assert owed("3") == {"home-office", "npcc"}
    assert len(owed("5")) == forces + bodies
    assert len(owed("6")) == bodies
    # 'all_recipients' means every class the report addresses, not every organisation in the country.
    assert owed("8") == owed("5") | {"home-office", "npcc"}
    assert "liberty" not in owed("8")


def test_texts_that_are_summaries_or_unknown():
    load()
    rec2 = Recommendation.objects.get(super_complaint="safe-to-share", number="2")
    rec7 = Recommendation.objects.get(super_complaint="safe-to-share", number="7")
    assert rec2.text_is_summary and rec2.text_known
    assert not rec7.text_known and rec7.text == ""
    assert (
        Recommendation.objects.get(super_complaint="safe-to-share", number="8").update_due.isoformat() == "2021-06-17"
    )


def test_idempotent():
    load()
    counts = (Organisation.objects.count(), Recommendation.objects.count(), Recipient.objects.count())
    load()
    assert (Organisation.objects.count(), Recommendation.objects.count(), Recipient.objects.count()) == counts


def test_rerun_after_file_changes(tmp_path, settings):
    load()
    catalogue = tmp_path / "catalogue.yaml"
    text = (settings.PACKAGE_DIR / "reference_data" / "super_complaints.yaml").read_text()
    catalogue.write_text(text.replace("recipients: [policing_bodies]", "recipients: [policing_bodies, apcc]"))
    load(catalogue=catalogue)
    assert Recipient.objects.filter(recommendation__number="6", recommendation__super_complaint="safe-to-share",
                                    organisation_id="apcc").exists()


@pytest.mark.parametrize(
    "mutation, message",
    [
        (lambda t: t.replace("slug: stalking", "slug: safe-to-share"), "appears twice"),
        (
            lambda t: t.replace("recipients: [home_office, npcc]", "recipients: [home_office, nobody_at_all]"),
            "nobody_at_all",
        ),
        (lambda t: t.replace("report_published: 2020-12-17", "report_published: last tuesday"), "not a date"),
        (lambda t: "super_complaints: [oops", "cannot be read"),
    ],
)
def test_bad_catalogue_changes_nothing(tmp_path, settings, mutation, message):
    load()
    before = list(Recipient.objects.values_list("pk", flat=True))
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(mutation((settings.PACKAGE_DIR / "reference_data" / "super_complaints.yaml").read_text()))
    with pytest.raises(CommandError, match=message):
        load(catalogue=catalogue)
    assert list(Recipient.objects.values_list("pk", flat=True)) == before


def test_bad_organisations_file_changes_nothing(tmp_path, settings):
    bad = tmp_path / "orgs.csv"
    shutil.copy(settings.PACKAGE_DIR / "reference_data" / "organisations.csv", bad)
    bad.write_text(bad.read_text().replace("sussex-pcc,Sussex Police and Crime Commissioner,policing_body",
                                           "sussex-pcc,Sussex Police and Crime Commissioner,wizard"))
    before = list(Organisation.objects.order_by("pk").values_list("pk", "kind", "name"))
    with pytest.raises(CommandError, match="kind 'wizard'"):
        load(organisations=bad)
    assert list(Organisation.objects.order_by("pk").values_list("pk", "kind", "name")) == before


def test_due_date_written_in_text():
    assert due_from_text("By 27 March 2025, chief constables should publish").isoformat() == "2025-03-27"
    assert due_from_text("Within the next year") is None


def test_reload_keeps_a_due_date_the_inspectorate_set(users):
    import datetime

    from rectrack.workflow.services import update_deadline_settings

    load()
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    rec8 = Recommendation.objects.get(super_complaint=super_complaint, number="8")
    rec1 = Recommendation.objects.get(super_complaint=super_complaint, number="1")
    update_deadline_settings(user=users.inspector, super_complaint=super_complaint, initial_response_days=56,
                             initial_response_due_override=None,
                             update_dues={rec8.pk: datetime.date(2021, 9, 30)}, reason="Agreed extension")
    load()
    rec8.refresh_from_db()
    rec1.refresh_from_db()
    assert rec8.update_due == datetime.date(2021, 9, 30)
    assert rec1.update_due is None
