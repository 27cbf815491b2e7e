"""A super-complaint report's recommendations chapter, written for these tests, and what a reader takes
from it: numbered recommendations grouped by recipient, a labelled paragraph form, sub-numbered parts,
bulleted parts, due dates, and actions for the inspectorate that are not recommendations."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

from render import Style, render  # noqa: E402

BODY = """
<h1>The police response to repeat victims of fraud: report on a super-complaint</h1>
<p>Published 12 June 2026</p>
<h2>Summary</h2>
<p>We found that repeat victims of fraud are often not recognised. Chief constables should do more, and we make
nine recommendations. Recommendation 3 is particularly urgent.</p>
<h2>Recommendations</h2>
<h3>Recommendations for chief constables</h3>
<p><strong>Recommendation 1</strong></p>
<p>By 30 September 2026, chief constables should make sure that repeat victims of fraud are identified when they
report.</p>
<p><strong>Recommendation 2</strong></p>
<p>Chief constables should make sure that:</p>
<ul><li>victims are told who is dealing with their report;</li><li>victims are given a crime reference number;
</li><li>vulnerable victims are referred to the economic crime victim care unit.</li></ul>
<p><strong>Recommendation 3</strong></p>
<p>By 31 December 2026, chief constables should review their call handling for fraud.</p>
<p>3.1 Call handlers should be trained to recognise repeat victimisation.</p>
<p>3.2 Forces should record repeat victimisation on their crime records.</p>
<h3>Recommendations for police and crime commissioners</h3>
<p><strong>Recommendation 4</strong></p>
<p>Police and crime commissioners and their mayoral equivalents should review whether the victim services they
commission meet the needs of fraud victims.</p>
<p><strong>Recommendation 5</strong></p>
<p>Chief constables and police and crime commissioners should work together to publish information for
victims about how fraud reports are handled.</p>
<h3>Recommendations for national bodies</h3>
<p>Recommendation 6: The Home Office should review the funding of the national fraud reporting service.</p>
<p>Recommendation 7: By 31 March 2027, the National Police Chiefs' Council should publish national guidance
on repeat victims of fraud.</p>
<p>Recommendation 8: The College of Policing should include repeat victimisation in its fraud training.</p>
<p>Recommendation 9: All recipients should provide an update on their progress within six months.</p>
<h3>Actions for HMICFRS</h3>
<p>Action 1: HMICFRS will inspect forces' response to repeat victims in 2027.</p>
<h2>Annex A: methodology</h2>
<p>We interviewed 40 victims and 12 forces.</p>
"""
GOLD = {
    "1": (("chief_constables",), "2026-09-30", ()),
    "2": (("chief_constables",), None, ("2a", "2b", "2c")),
    "3": (("chief_constables",), "2026-12-31", ("3.1", "3.2")),
    "4": (("policing_bodies",), None, ()),
    "5": (("chief_constables", "policing_bodies"), None, ()),
    "6": (("home_office",), None, ()),
    "7": (("npcc",), "2027-03-31", ()),
    "8": (("college_of_policing",), None, ()),
    "9": (("all_recipients",), None, ()),
}


def report(fmt: str) -> bytes:
    return render(BODY, fmt, Style(site="govuk", page_title="Repeat victims of fraud - GOV.UK"))[0]
