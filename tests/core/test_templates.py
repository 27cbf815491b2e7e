"""The template backend lets a page's context go once the page is rendered (``rectrack.core.templates``): reference
counting frees what the context held, not the cyclic collector during some later request."""
import gc
import weakref

from django.template import engines
from django.template.backends import django as django_backend
from django.test import RequestFactory

from rectrack.core.templates import Template


class Cells:
    """Stands in for a page's heavy context (a matrix's cells)."""


SOURCE = "{% with shown=cells %}{{ shown }}{% endwith %}"


def rendered_and_left(render) -> bool:
    """Whether the object in the context is still alive after rendering, with the collector off."""
    gc.collect()
    gc.disable()
    try:
        cells = Cells()
        alive = weakref.ref(cells)
        render({"cells": cells})
        del cells
        return alive() is not None
    finally:
        gc.enable()
        gc.collect()


def test_the_backend_in_use_frees_the_context():
    engine = engines["django"]
    assert isinstance(engine.from_string(SOURCE), Template)
    request = RequestFactory().get("/")
    assert not rendered_and_left(lambda context: engine.from_string(SOURCE).render(context, request))
    assert not rendered_and_left(lambda context: engine.from_string(SOURCE).render(context))


def test_django_s_own_template_keeps_it_for_the_collector():
    """The reason for the backend: the same render through Django's class leaves the context in a cycle."""
    engine = engines["django"]
    plain = lambda context: django_backend.Template(engine.engine.from_string(SOURCE), engine).render(  # noqa: E731
        context, RequestFactory().get("/"))
    assert rendered_and_left(plain)
