from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from rectrack.accounts.models import User
from rectrack.organisations.models import Organisation


@transaction.atomic
def create_user(*, username: str, password: str, role: str, organisation_id: str | None = None,
                email: str = "", validate: bool = True) -> User:
    """Create a user with a role; editors and designated bodies must belong to an organisation."""
    if role not in User.Role.values:
        raise ValidationError(f"Role must be one of: {', '.join(User.Role.values)}.")
    organisation = None
    if organisation_id:
        organisation = Organisation.objects.filter(pk=organisation_id).first()
        if organisation is None:
            raise ValidationError(f"There is no organisation with id {organisation_id!r}.")
    if role == User.Role.ORG_EDITOR and (
        organisation is None or organisation.kind == Organisation.Kind.DESIGNATED_BODY
    ):
        raise ValidationError("An organisation editor needs --organisation: a force, policing body or national body.")
    if role == User.Role.DESIGNATED_BODY and (
        organisation is None or organisation.kind != Organisation.Kind.DESIGNATED_BODY
    ):
        raise ValidationError("A designated body user needs --organisation naming a designated body.")
    if User.objects.filter(username=username).exists():
        raise ValidationError(f"A user called {username!r} already exists.")
    user = User(username=username, email=email, role=role, organisation=organisation)
    if validate:
        validate_password(password, user)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    return user
