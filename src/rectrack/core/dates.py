"""Date helpers shared by every layer: calendar months, partial dates, the service's date style."""
import calendar
import datetime


def add_months(start: datetime.date, months: int) -> datetime.date:
    """Calendar months, clamped to the end of a shorter month: 31 Jan + 1 month = 28 (or 29) Feb."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def format_date(value: datetime.date | None) -> str:
    """The service's short date style: 17 Dec 2020."""
    return f"{value.day} {value:%b %Y}" if value else ""


def parse_partial_date(value: str | None) -> datetime.date | None:
    """'2021-08' -> 1 Aug 2021; '2021' -> 1 Jan 2021; None or '' -> None."""
    if not value:
        return None
    parts = [int(p) for p in str(value).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts[:3])
