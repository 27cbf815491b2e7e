"""Email notifications: who is told what, when, and the log of it (ADR 0015).

The record's lower layers know nothing of this module: it listens to their saves (``post_save`` of
``workflow.Transition``, ``responses.Assessment`` and ``responses.JointLink``), wired in ``WorkConfig.ready``.

- Each message is written to ``Notification`` inside the transaction that caused it, and emailed only after
  that transaction commits (``transaction.on_commit``): a rolled-back change tells nobody anything.
- Each person chooses: an email each time, one daily digest, or none (``NotificationPreference``; no row
  means each time). The digest and the deadline reminders are run by the worker's scheduler (``periodic.py``).
- Nothing leaks (ADR 0012): a message about a working copy (a submission, a return, a joint-answer request)
  goes only to people who may read that working copy, checked per person with ``Viewer``; and no message
  carries a response's text, only what happened, to which response, and a link to sign in and read it.
  The one piece of text quoted is a return comment, to the returned organisation's own editors.
- The person who acted is not told of their own action.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from rectrack.accounts.models import User
from rectrack.core.vocabulary import LABELS, Assessment, JointStatus, WorkflowState
from rectrack.responses.models import JointLink, Response
from rectrack.responses.selectors import viewer_for
from rectrack.work.models import Frequency, Notification, NotificationPreference

log = logging.getLogger(__name__)
Event = Notification.Event


# --- Preferences -----------------------------------------------------------------------------------------

def frequency_of(user) -> str:
    pref = NotificationPreference.objects.filter(user=user).values_list("frequency", flat=True).first()
    return pref or Frequency.EACH


def set_frequency(*, user, frequency: str) -> NotificationPreference:
    if not getattr(user, "is_authenticated", False):
        raise ValidationError("Sign in to choose how you are told.")
    if frequency not in Frequency.values:
        raise ValidationError({"frequency": "Choose how often you want to be emailed."})
    pref, _ = NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency})
    return pref


def _frequencies(user_ids: Iterable[int]) -> dict[int, str]:
    return dict(NotificationPreference.objects.filter(user_id__in=list(user_ids)).values_list("user_id", "frequency"))


# --- Recipients ----------------------------------------------------------------------------------------

def _reachable() -> object:
    return User.objects.filter(is_active=True).exclude(email="")


def editors_of(organisation_ids: Iterable[str]) -> list[User]:
    return list(_reachable().filter(role=User.Role.ORG_EDITOR, organisation_id__in=list(organisation_ids))
                .order_by("pk"))


def inspectorate() -> list[User]:
    return list(_reachable().filter(role=User.Role.INSPECTORATE).order_by("pk"))


def reminder_recipients() -> dict[str, list[str]]:
    """Deadline reminders' addresses by organisation: its editors, except those who turned emails off
    (reminders are daily already, so a digest reader gets them as they come)."""
    off = NotificationPreference.objects.filter(frequency=Frequency.OFF).values("user_id")
    out: dict[str, list[str]] = defaultdict(list)
    for org_id, email in (_reachable().filter(role=User.Role.ORG_EDITOR, organisation__isnull=False)
                          .exclude(pk__in=off).order_by("email").values_list("organisation_id", "email")):
        out[org_id].append(email)
    return out


# --- Writing and sending -------------------------------------------------------------------------------

def _link(path: str) -> str:
    base = getattr(settings, "RECTRACK_BASE_URL", "").rstrip("/")
    return f"{base}{path}" if base else path


def _about(response: Response) -> str:
    rec = response.recommendation
    return f"{rec.super_complaint.short_title}, recommendation {rec.number}"


def notify(event: str, recipients: Iterable[User], *, subject: str, body: str, response: Response | None = None,
           working_copy: bool = False, actor=None) -> list[Notification]:
    """Log one message per recipient (as they chose) and email the immediate ones once the transaction commits.

    ``working_copy``: the message is about something only those who may read the response's working copy may
    know; anyone else is left out, whatever the caller passed.
    """
    people = {u.pk: u for u in recipients if actor is None or u.pk != getattr(actor, "pk", None)}
    if working_copy:
        people = {pk: u for pk, u in people.items() if viewer_for(u).sees_internal(response.organisation_id)}
    chosen = _frequencies(people)
    rows = [Notification(user=u, email=u.email, event=event, subject=subject[:300], body=body, response=response,
                         digest=chosen.get(pk) == Frequency.DAILY)
            for pk, u in people.items() if chosen.get(pk, Frequency.EACH) != Frequency.OFF]
    made = Notification.objects.bulk_create(rows)
    now = [n.pk for n in made if not n.digest]
    if now:
        transaction.on_commit(partial(deliver, now))
    return made


def deliver(ids: list[int]) -> int:
    """Email the given unsent notifications; a failure is recorded on the row and retried by the digest run."""
    sent = 0
    for n in Notification.objects.filter(pk__in=ids, sent_at__isnull=True):
        try:
            EmailMessage(n.subject, n.body, None, [n.email]).send()
        except Exception as e:  # noqa: BLE001 - one failed address must not stop the others
            log.exception("Sending notification %s failed", n.pk)
            n.error = f"{type(e).__name__}: {e}"[:300]
            n.save(update_fields=["error"])
            continue
        n.sent_at, n.error = timezone.now(), ""
        n.save(update_fields=["sent_at", "error"])
        sent += 1
    return sent


def send_digests() -> int:
    """One email per person with the messages held for their digest; and a retry of failed immediate ones.
    Returns the number of emails sent. Held messages of someone who has since turned emails off are dropped."""
    pending = list(Notification.objects.filter(sent_at__isnull=True, digest=True).order_by("created_at", "pk"))
    off = set(NotificationPreference.objects.filter(frequency=Frequency.OFF, user_id__in={n.user_id for n in pending})
              .values_list("user_id", flat=True))
    by_person: dict[tuple, list[Notification]] = defaultdict(list)
    for n in pending:
        by_person[(n.user_id, n.email)].append(n)
    emails = 0
    for (user_id, email), items in by_person.items():
        if user_id in off:
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(error="Not sent: emails turned off")
            continue
        lines = [f"Since your last digest, {len(items)} thing{'s' if len(items) != 1 else ''} happened in rectrack:",
                 ""]
        for n in items:
            lines += [
                f"- {n.subject}",
                *(f"  {line}" for line in n.body.splitlines() if line.startswith(("/", "http"))),
            ]
        lines += ["", "Change how you are told: " + _link(reverse("work:notifications"))]
        subject, body = f"rectrack: {len(items)} update{'s' if len(items) != 1 else ''}", "\n".join(lines)
        try:
            with transaction.atomic():
                Notification.objects.filter(pk__in=[n.pk for n in items]).update(sent_at=timezone.now(), error="")
                Notification.objects.create(user_id=user_id, email=email, event=Event.DIGEST, subject=subject,
                                            body=body, sent_at=timezone.now())
                EmailMessage(subject, body, None, [email]).send()
        except Exception:  # noqa: BLE001 - the rows stay unsent and the next run tries again
            log.exception("Sending the digest to user %s failed", user_id)
            continue
        emails += 1
    failed = list(Notification.objects.filter(sent_at__isnull=True, digest=False).exclude(error="")
                  .values_list("pk", flat=True))
    return emails + (deliver(failed) if failed else 0)


# --- What happened: the receivers ------------------------------------------------------------------------

def _response(pk: int) -> Response:
    return Response.objects.select_related("organisation", "recommendation__super_complaint").get(pk=pk)


def _counted_for(response: Response) -> list[str]:
    return list(JointLink.objects.filter(response=response, status=JointStatus.ACCEPTED)
                .values_list("organisation_id", flat=True))


def on_transition(sender, instance, created, **kwargs) -> None:
    """``post_save`` of ``workflow.Transition``: submissions to the inspectorate; returns and publications
    to the organisation's editors."""
    if not created:
        return
    response = _response(instance.response_id)
    link = _link(response.get_absolute_url())
    org = response.organisation.name
    if instance.to_state == WorkflowState.SUBMITTED:
        notify(Event.SUBMITTED, inspectorate(), response=response, working_copy=True, actor=instance.by,
               subject=f"Submitted: {org}, {_about(response)}",
               body=f"{org} submitted its response to {_about(response)}. It is waiting for the inspectorate to "
                    f"publish or return it.\n\nRead it (sign in):\n{link}")
    elif instance.to_state == WorkflowState.RETURNED and instance.name == "return":
        notify(Event.RETURNED, editors_of([response.organisation_id]), response=response, working_copy=True,
               actor=instance.by, subject=f"Returned: your response to {_about(response)}",
               body=f"The inspectorate returned your response to {_about(response)}.\n\nTheir comment:\n"
                    f"{instance.comment}\n\nChange it and resubmit it (sign in):\n{link}")
    elif instance.to_state == WorkflowState.PUBLISHED:
        notify(Event.PUBLISHED, editors_of([response.organisation_id, *_counted_for(response)]), response=response,
               actor=instance.by, subject=f"Published: {org}, {_about(response)}",
               body=f"The inspectorate published {org}'s response to {_about(response)}. It is now on the public "
                    f"record.\n\n{link}")


def on_assessment(sender, instance, **kwargs) -> None:
    """``post_save`` of ``responses.Assessment``: the organisation's editors learn the verdict."""
    if instance.status == Assessment.NOT_ASSESSED:
        return
    response = _response(instance.response_id)
    notify(Event.ASSESSED, editors_of([response.organisation_id]), response=response, working_copy=True,
           actor=instance.assessed_by, subject=f"Assessed: your response to {_about(response)}",
           body=f"The inspectorate assessed your response to {_about(response)}: {LABELS[instance.status]}.\n\n"
                f"Read the assessment (sign in):\n{_link(response.get_absolute_url())}")


def on_joint_link(sender, instance, created, **kwargs) -> None:
    """``post_save`` of ``responses.JointLink``: a new request goes to the asked body's editors (only paired
    bodies can be asked, and paired bodies read each other's working copies, ADR 0012; checked all the same)."""
    if not created or instance.status != JointStatus.PENDING:
        return
    response = _response(instance.response_id)
    asked = instance.organisation
    notify(Event.JOINT_REQUEST, editors_of([asked.pk]), response=response, working_copy=True,
           actor=instance.requested_by,
           subject=f"Joint answer requested: {response.organisation.name}, {_about(response)}",
           body=f"{response.organisation.name} asks that its response to {_about(response)} also count as "
                f"{asked.name}'s answer. Nothing changes for {asked.name} until you accept.\n\n"
                f"Accept or decline (sign in):\n{_link(reverse('responses:joint_decision', args=[instance.pk]))}")


def scrutinised(entry, actor) -> None:
    """The force's editors learn that their policing body commented on, or signed off, their response (called by
    ``work.scrutiny.record``; the text stays on the page, which only they, the body and the inspectorate read)."""
    response = _response(entry.response_id)
    what = "signed off" if entry.kind == entry.Kind.SIGN_OFF else "commented on"
    notify(Event.SCRUTINY, editors_of([response.organisation_id]), response=response, working_copy=True, actor=actor,
           subject=f"Scrutiny: {entry.organisation.name} {what} your response to {_about(response)}",
           body=f"{entry.organisation.name} {what} your response to {_about(response)} (version "
                f"{entry.response_version}).\n\nRead it (sign in):\n{_link(response.get_absolute_url())}#scrutiny")
