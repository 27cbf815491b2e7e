"""factory_boy factories for the record, written through the services (so permissions are exercised by the
acting user, the history records who wrote what, and the tracker's read model follows), on the reference
data loaded once per session.

    response = ResponseFactory(organisation=sussex, recommendation=rec(1))          # a draft
    response = ResponseFactory(published=True, progress="complete")                  # published
    action = ActionFactory(response=response, status="in_progress")
    editor = UserFactory(role="org_editor", organisation_id="sussex-police")

Defaults: an inspectorate user acts; the response answers safe-to-share recommendation 1 for Sussex Police.
"""
import datetime

import factory

from rectrack.accounts.models import User
from rectrack.accounts.services import create_user
from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Action, Response
from tests.support import record
from tests.support.users import PASSWORD


class UserFactory(factory.Factory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user-{n}")
    role = User.Role.INSPECTORATE
    organisation_id = None
    password = PASSWORD

    @classmethod
    def _create(cls, model_class, **kwargs):
        return create_user(validate=False, **kwargs)


class ResponseFactory(factory.Factory):
    class Meta:
        model = Response

    published = False  # taken by _create: publish it as the workflow would
    user = factory.SubFactory(UserFactory)
    recommendation = factory.LazyFunction(
        lambda: Recommendation.objects.get(super_complaint_id="safe-to-share", number="1"))
    organisation = factory.LazyFunction(lambda: Organisation.objects.get(pk="sussex-police"))
    narrative = "We are working on it."
    progress = "in_progress"
    position = "accepted"
    as_of = datetime.date(2021, 6, 1)

    @classmethod
    def _create(cls, model_class, *, user, recommendation, organisation, published, **data):
        response = services.create_response(user=user, recommendation=recommendation, organisation=organisation,
                                            data=data)
        return record.publish(response)[0] if published else response


class ActionFactory(factory.Factory):
    class Meta:
        model = Action

    user = factory.SubFactory(UserFactory)
    response = factory.SubFactory(ResponseFactory)
    description = factory.Sequence(lambda n: f"Action {n}")
    status = "not_started"

    @classmethod
    def _create(cls, model_class, *, user, response, **data):
        return services.add_action(user=user, response=response, data=data)
