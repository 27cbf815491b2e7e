"""Module data (``module_db``, tests/support/shared.py): what one test writes, to the database or to its copy of the
objects, never reaches the next test. The tests run in file order: the first writes, the second checks that nothing
of it is left."""
import pytest

from rectrack.organisations.models import Organisation
from tests.support.shared import per_test

NAME = "A police force made by tests/support/test_shared.py"


@pytest.fixture(scope="module")
def module_force(module_db):
    with module_db():
        return Organisation.objects.create(id="shared-test-force", name=NAME, kind="force")


@pytest.fixture
def force(module_force, db):
    return per_test(module_force)


def test_a_test_writes(force, module_force):
    assert force == module_force and force is not module_force
    force.name = "Renamed in memory and in the database"
    force.save()
    Organisation.objects.create(id="shared-test-extra", name="Made by one test", kind="force")
    assert Organisation.objects.get(pk=force.pk).name == force.name


def test_the_next_test_meets_the_module_data_as_built(force):
    assert force.name == NAME
    assert Organisation.objects.get(pk=force.pk).name == NAME
    assert not Organisation.objects.filter(pk="shared-test-extra").exists()

