"""Stalking action plans written for these tests: all 29 recommendations, 15 of them for chief constables.

Laid out the way force action plans are (the NPCC framework): a row per recommendation and per
sub-recommendation ("7.1", "7.2"), its owner, the initial response and dated updates. The 14 rows for
other bodies say so and are not responses. `plan(fmt)` renders one in DOCX, HTML or PDF; `GOLD` is what an
analyst reads in it: the progress of each recommendation from its latest update, and each part's owner.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

from render import Style, render  # noqa: E402

# number -> (recommendation summary, [(sub id, owner, initial response, March 2025, September 2025)])
CHIEF_CONSTABLES = {
    "1": ("Publish an action plan within 56 days.", [
        ("1.1", "Head of Public Protection", "Plan published on the force website on 20 November 2024.",
         "Complete.", "")]),
    "2": ("Make sure stalking is recognised and recorded correctly.", [
        ("2.1", "Force Crime Registrar", "Audit of harassment crimes planned.", "Audit completed in February; "
         "18 crimes reclassified as stalking.", "Monthly audits continue; this is business as usual.")]),
    "3": ("Appoint a stalking lead and champions.", [
        ("3.1", "Detective Superintendent, Safeguarding", "Lead appointed.", "Champions being recruited.",
         "Champions in place in every district.")]),
    "4": ("Give victims a single point of contact.", [
        ("4.1", "Head of Investigations", "Options being scoped.", "Pilot running in the west.",
         "Pilot extended to the east; evaluation under way.")]),
    "5": ("Assess risk with a stalking-specific tool.", [
        ("5.1", "Head of Public Protection", "Current tool reviewed.", "Awaiting the national risk tool from the "
         "College of Policing.", "Still waiting for the College to publish the national tool.")]),
    "6": ("Consider stalking protection orders in every case.", [
        ("6.1", "Head of Investigations", "Guidance drafted.", "Guidance issued; orders considered in every case.",
         "")]),
    "7": ("By 27 March 2025, where required, seek changes to crime recording systems so that included "
          "classifications can be recorded and searched.", [
        ("7.1", "Head of Crime Recording", "Supplier asked for the change.",
         "System change scheduled for the June release.", "Change delivered in June and in use."),
        ("7.2", "Head of Intelligence", "Intelligence reports to be submitted while the change is pending.",
         "In place since January.", "No longer needed; the system change is live.")]),
    "10": ("By 27 March 2025, review and update learning and training on stalking.", [
        ("10.1", "Learning and Development", "Training needs analysis started.", "New course written.",
         "Course delivered to all investigators. Complete.")]),
    "11": ("Make sure supervisors review stalking investigations.", [
        ("11.1", "Head of Investigations", "Supervision standard drafted.", "Standard agreed and being rolled out.",
         "Rolled out; compliance 82 per cent and rising.")]),
    "12": ("Work with partners in multi-agency stalking intervention programmes.", [
        ("12.1", "Partnerships Manager", "Not started.", "Not yet started; planned for the autumn.",
         "Not yet started: depends on the Commissioner's commissioning decision in 2026.")]),
    "13": ("Refer victims to specialist advocacy services.", [
        ("13.1", "Victim Services Manager", "Referral pathway agreed with the local advocacy service.",
         "All victims are offered a referral.", "")]),
    "14": ("Share information with other forces when a suspect moves.", [
        ("14.1", "Head of Intelligence", "Process being designed.", "Process drafted with neighbouring forces.",
         "Process in use with three forces; the others are joining.")]),
    "16": ("Review, with the Commissioner, the commissioning of services for stalking victims.", [
        ("16.1", "Head of Public Protection", "Joint review agreed.", "Joint review under way.",
         "Joint review complete; new service commissioned from April 2026.")]),
    "25": ("Work with the Commissioner on perpetrator interventions.", [
        ("25.1", "Head of Offender Management", "Not started.", "Awaiting the national perpetrator framework.",
         "Awaiting the Home Office perpetrator strategy before local commissioning.")]),
    "26": ("Publish data on stalking outcomes.", [
        ("26.1", "Head of Performance", "Data set defined.", "First quarterly report published in March.", "")]),
}
OTHERS = {"8": "the Home Office", "9": "the Home Office", "15": "police and crime commissioners",
          "17": "the Crown Prosecution Service", "18": "the Crown Prosecution Service", "19": "the Ministry of Justice",
          "20": "the Ministry of Justice", "21": "the College of Policing", "22": "the College of Policing",
          "23": "the NPCC", "24": "the NPCC", "27": "the APCC", "28": "the Home Office", "29": "the Home Office"}
# what an analyst reads: progress from the latest update of each recommendation
GOLD = {"1": "complete", "2": "complete", "3": "complete", "4": "in_progress", "5": "awaiting_national",
        "6": "complete", "7": "complete", "10": "complete", "11": "in_progress", "12": "not_started",
        "13": "complete", "14": "in_progress", "16": "complete", "25": "awaiting_national", "26": "complete"}
assert len(CHIEF_CONSTABLES) == 15 and len(CHIEF_CONSTABLES) + len(OTHERS) == 29


def _body() -> str:
    rows = []
    for n in sorted(list(CHIEF_CONSTABLES) + list(OTHERS), key=int):
        if n in OTHERS:
            rows.append(f"<tr><td>{n}</td><td>This recommendation is for {OTHERS[n]}.</td><td></td><td></td>"
                        f"<td>Not applicable to the force.</td><td></td><td></td></tr>")
            continue
        text, parts = CHIEF_CONSTABLES[n]
        for k, (sub, owner, initial, march, september) in enumerate(parts):
            rows.append(f"<tr><td>{n if k == 0 else ''}</td><td>{text if k == 0 else ''}</td><td>{sub}</td>"
                        f"<td>{owner}</td><td>{initial}</td><td>{march}</td><td>{september}</td></tr>")
    return ("<h1>Kent Police: stalking super-complaint action plan</h1>"
            "<p>Published 20 November 2024. Last updated 30 September 2025.</p>"
            "<p>This is Kent Police's action plan in response to the report on the Suzy Lamplugh Trust's "
            "super-complaint on the police response to stalking. The report made 29 recommendations, 15 of them to "
            "chief constables.</p>"
            "<table><tr><th>Rec</th><th>Recommendation</th><th>Sub-rec</th><th>Owner</th>"
            "<th>Initial response (November 2024)</th><th>March 2025 update</th><th>September 2025 update</th></tr>"
            + "".join(rows) + "</table>")


def plan(fmt: str) -> bytes:
    style = Style(site="force", site_name="Kent Police", page_title="Stalking action plan | Kent Police",
                  pdf_ruled=True)
    return render(_body(), fmt, style)[0]
