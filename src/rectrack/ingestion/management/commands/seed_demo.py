"""`rectrack seed_demo`: the demo users for a local `make run`, with their sign-in details.

In ``ingestion`` (the record layer) because it points the demo inspector at the sample documents' answers
awaiting review, and the accounts app sits below the record.

Idempotent: re-running resets each user's role, organisation and password and prints the new
details. Passwords are random unless --password is given, so a demo database never ships with a
known password; each one passes the configured password validators.
"""
import secrets

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from rectrack.accounts.models import User
from rectrack.accounts.services import create_user
from rectrack.ingestion.models import ExtractedAnswer
from rectrack.organisations.models import Organisation

# (username, role, organisation id)
DEMO_USERS = [
    ("demo-inspector", User.Role.INSPECTORATE, None),
    ("demo-sussex-police", User.Role.ORG_EDITOR, "sussex-police"),
    # The commissioner that oversees Sussex Police: its own responses, and scrutiny of the force's before they
    # are published (ADR 0012).
    ("demo-sussex-pcc", User.Role.ORG_EDITOR, "sussex-pcc"),
    ("demo-liberty", User.Role.DESIGNATED_BODY, "liberty"),
]


def demo_password() -> str:
    # 4 groups of 4 from a consonant-and-digit alphabet: easy to copy, never all digits, never common.
    alphabet = "bcdfghjkmnpqrstvwxz23456789"
    groups = ["".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4)]
    return "-".join(groups)


class Command(BaseCommand):
    help = ("Create or reset the demo users (an inspector, a Sussex Police editor, an editor for Sussex's police "
            "and crime commissioner, a Liberty user) and print their sign-in details.")

    def add_arguments(self, parser):
        parser.add_argument("--password", help="use this password for every demo user instead of random ones")
        parser.add_argument("--url", default="/accounts/sign-in/", help="sign-in address to print")

    def handle(self, *args, **opts):
        missing = {org for _, _, org in DEMO_USERS if org} - set(
            Organisation.objects.filter(pk__in=[org for _, _, org in DEMO_USERS if org]).values_list("pk", flat=True)
        )
        if missing:
            raise CommandError(
                f"Organisations {', '.join(sorted(missing))} are missing: run 'rectrack load_reference' first."
            )
        rows = []
        with transaction.atomic():
            for username, role, org_id in DEMO_USERS:
                password = opts["password"] or demo_password()
                user = User.objects.filter(username=username).first()
                try:
                    # An address on example.org, so that "Forgotten your password?" can be tried: the demo's
                    # console email backend prints the message instead of sending it.
                    email = f"{username}@example.org"
                    if user is None:
                        user = create_user(username=username, password=password, role=role, organisation_id=org_id,
                                           email=email)
                    else:
                        user.role, user.organisation_id, user.is_active, user.email = role, org_id, True, email
                        validate_password(password, user)
                        user.set_password(password)
                        user.save()
                except ValidationError as e:
                    raise CommandError(f"{username}: {' '.join(e.messages)}") from e
                rows.append((user, password))
        width = max(len(u.username) for u, _ in rows)
        self.stdout.write(f"Demo sign-in details (sign in at {opts['url']}):")
        for user, password in rows:
            who = user.get_role_display() + (f", {user.organisation.name}" if user.organisation else "")
            self.stdout.write(f"  username {user.username:<{width}}  password {password}  ({who})")
        pending = ExtractedAnswer.objects.filter(decision=ExtractedAnswer.Decision.PENDING).count()
        if pending:
            # Extracted answers reach the tracker only through review: point the demo user at it.
            base = opts["url"].split("/accounts/")[0]
            self.stdout.write(f"{pending} answers extracted from the sample documents await review: sign in as "
                              f"{rows[0][0].username} and open {base}/documents/")
