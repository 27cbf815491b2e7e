"""Documents written for these tests in layouts the shared corpus does not have.

They are invented, but written the way published responses are: a table per recommendation,
a letter with a date line and its own numbering, a response to another super-complaint, a
web page wrapped in navigation and a cookie banner, a PCC letter with a letterhead.
"""

REC1 = ("As an interim measure, pending the outcome of recommendation 2, where officers only have concerns or "
        "doubts about a victim's immigration status, we recommend that they immediately stop sharing information "
        "on domestic abuse victims with Immigration Enforcement.")
REC4 = ("With reference to recommendation 1, and in consultation/collaboration with local or national specialist "
        "organisations, chief constables should take steps to ensure that all migrant victims and witnesses of "
        "crime are effectively supported through safe reporting pathways to the police and other statutory agencies.")
REC5 = ("With reference to recommendation 1, pending the developments outlined in other recommendations, and in "
        "consultation/collaboration with local or national specialist organisations, chief constables and police "
        "and crime commissioners should take steps, through the appropriate channels, to promote migrant victims' "
        "and witnesses' confidence in reporting crimes to the police through safe reporting pathways, without fear "
        "of prioritised immigration control.")
REC6 = ("Conduct an assessment of local access to specialist victim support organisations or networks and take any "
        "necessary steps to build up such networks.")

TABLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><title>Super-complaint response | Thames Valley Police</title>
<style>.x {{ color: red }}</style><script>window.rec = "Recommendation 7 complete";</script></head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work. Recommendation 2: accept
all cookies?</p><button>Accept</button></div>
<header class="site-header"><a href="/">Thames Valley Police</a> <a href="/report">Report a crime</a></header>
<nav aria-label="Main"><ul><li><a href="/recommendation-3">Recommendation 3</a></li><li>About us</li></ul></nav>
<main>
<h1>Thames Valley Police response to the super-complaint on policing and immigration status</h1>
<p>Last updated: 3 March 2022</p>
<p>This page sets out the position of Thames Valley Police on the recommendations in the HMICFRS, College of
Policing and IOPC report "Safe to share?" on the super-complaint by Liberty and Southall Black Sisters.</p>
<table>
<thead><tr><th>Rec No.</th><th>Recommendation</th><th>Force response</th><th>Status</th></tr></thead>
<tbody>
<tr><td>1</td><td>{REC1}</td><td>All officers were briefed in January 2021 and the force policy was amended. Audits
show no referrals of domestic abuse victims to Immigration Enforcement since.</td><td>Complete</td></tr>
<tr><td>4</td><td>{REC4}</td><td>A safe reporting pathway with local specialist organisations is being drafted
with the Refugee Resource Network.</td><td>In progress</td></tr>
<tr><td>5</td><td>{REC5}</td><td>Communications to migrant communities will follow the national guidance, which we
are awaiting from the NPCC.</td><td>Awaiting national guidance</td></tr>
</tbody></table>
</main>
<aside><h2>Related pages</h2><p>Recommendation 6 of another report</p></aside>
<footer class="site-footer"><p>Copyright 2023 Thames Valley Police. Recommendation 8.</p></footer>
</body></html>
"""

LETTER_RENUMBERED = f"""Kent Police
Police Headquarters, Sutton Road, Maidstone

14 June 2021

Sir Thomas Winsor
HM Chief Inspector of Constabulary

Dear Sir Thomas,

Safe to share? Liberty and Southall Black Sisters' super-complaint on policing and immigration status

Thank you for the report. This letter sets out the response of Kent Police to the three recommendations
addressed to chief constables, which we have numbered 1 to 3 below.

Recommendation 1

{REC1}

We accept this recommendation. Kent Police stopped this practice in January 2021 and we consider this
recommendation complete.

Recommendation 2

{REC4}

We accept this recommendation. A pathway is being developed with specialist organisations and a draft
policy is out for consultation. Work is ongoing.

Recommendation 3

{REC5}

Our communications plan is on hold until the Home Office review of data sharing is published; we are
waiting for national guidance before we take any definitive action.

Yours sincerely,

Alan Pughsley
Chief Constable

Appendix: letter from the National Police Chiefs' Council, 2 February 2021

The NPCC will publish guidance on recommendation 1 and is working with the Home Office on recommendation 2
and recommendation 3. This letter is from the NPCC lead for migrant victims.
"""

STALKING_MD = """# West Midlands Police response to the Suzy Lamplugh Trust super-complaint

## The police response to stalking

Published 12 November 2024

The report by HMICFRS, the College of Policing and the IOPC on the police response to stalking made
recommendations to chief constables. This is the force action plan requested within 56 days.

### Recommendation 1

Chief constables should make sure stalking protection orders are considered in every stalking case.

**Response:** A stalking protection order checklist has been added to the crime recording system.
Status: Complete

### Recommendations 3 and 4

By March 2025, chief constables should review how stalking is recorded and provide training.

**Response:** The review of stalking crime recording is under way and a training package is being
developed with the National Stalking Consortium. We will complete the training by March 2025.

### Rec 7

**Response:** We have not yet started work on this recommendation; it depends on the national guidance
the NPCC is writing on harassment.
"""

PCC_LETTER = f"""Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly

Date: 9 July 2021

Dear Chief Inspector,

Response to recommendation 6 of the Safe to share? super-complaint report on policing and immigration status

{REC6}

My office commissioned a review of specialist victim support in April 2021. We will consult the Devon and Cornwall
Refugee Support Council and other specialist organisations over the summer, and a plan is being drafted.

Recommendation 8: This letter provides an update on progress within six months, as the report asks.

Yours sincerely,

Alison Hernandez
Police and Crime Commissioner
"""

UNDATED_JOINT = """Greater Manchester Police and the Mayor of Greater Manchester: joint update on the Safe to share? recommendations

This joint response from Greater Manchester Police and the Greater Manchester Combined Authority covers the
recommendations made to chief constables and policing bodies in the super-complaint by Liberty and Southall
Black Sisters on immigration status.

Response to recommendations 4 and 5

GMP and the Deputy Mayor's team have mapped safe reporting pathways with specialist organisations. A draft
guide was shared with partners in September 2021 and training was delivered in October 2021. The guide will
be launched in spring 2022.

Response to recommendation 6

The Combined Authority completed an assessment of local access to specialist victim support in August 2021.
Twelve actions were agreed: 20 actions in total across the partnership. Eight of these actions are completed.
"""
