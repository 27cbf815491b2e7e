import getpass

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from rectrack.accounts.models import User
from rectrack.accounts.services import create_user


class Command(BaseCommand):
    help = "Create a user with a role (inspectorate, org_editor, designated_body) and an organisation."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=User.Role.values)
        parser.add_argument("--organisation", help="organisation id from the reference data")
        parser.add_argument("--email", default="")
        parser.add_argument("--password", help="prompted for when not given")

    def handle(self, *args, **o):
        password = o["password"] or getpass.getpass("Password: ")
        try:
            user = create_user(username=o["username"], password=password, role=o["role"],
                               organisation_id=o["organisation"], email=o["email"])
        except ValidationError as e:
            raise CommandError(" ".join(e.messages)) from e
        self.stdout.write(f"Created {user.username} ({user.get_role_display()}"
                          f"{', ' + user.organisation.name if user.organisation else ''}).")
