"""One date style on public pages: the GOV.UK one."""
import datetime
import zoneinfo

from rectrack.core.templatetags.govuk_dates import govuk_date, govuk_datetime


def test_dates_read_as_govuk_writes_them():
    assert govuk_date(datetime.date(2020, 12, 17)) == "17 December 2020"
    assert govuk_date("2021-08") == "August 2021"
    assert govuk_date(None) == ""
    london = zoneinfo.ZoneInfo("Europe/London")
    assert govuk_datetime(datetime.datetime(2021, 6, 1, 14, 5, tzinfo=london)) == "1 June 2021, 2:05pm"
    assert govuk_datetime(datetime.datetime(2021, 6, 1, 12, 0, tzinfo=london)) == "1 June 2021, midday"
    assert govuk_datetime(datetime.datetime(2021, 6, 1, 9, 30, tzinfo=london)) == "1 June 2021, 9:30am"
    # A moment just after midnight in London is still the previous day in UTC: shown in local time.
    utc = datetime.datetime(2021, 6, 1, 23, 30, tzinfo=datetime.UTC)
    assert govuk_date(utc) == "2 June 2021"
