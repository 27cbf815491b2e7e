"""Django's template backend, with each page's context let go as soon as the page is written.

A template ``Context`` keeps its dicts in a list, and each dict pushed on it (a ``ContextDict``: every
``RequestContext`` pushes its context processors' and the view's) points back at the context: a reference
cycle. So everything a page's context holds (a national matrix's thousands of cells and answers) outlived
the response until the cyclic garbage collector found it, and the collector then walked all of it: a young
collection took 8 to 23 ms in one matrix request out of three, most of the slowest requests' time (ADR
0013). Emptying the context's list once the page is rendered breaks the cycle, so reference counting frees
it at once. Nothing reads a context after its render: the test client keeps copies (``copy(context)``), whose
lists are their own.
"""
from django.template import TemplateDoesNotExist
from django.template.backends import django as django_backend
from django.template.context import make_context


class Template(django_backend.Template):
    def render(self, context=None, request=None):
        context = make_context(context, request, autoescape=self.backend.engine.autoescape)
        try:
            return self.template.render(context)
        except TemplateDoesNotExist as exc:
            django_backend.reraise(exc, self.backend)
        finally:
            context.dicts.clear()


class DjangoTemplates(django_backend.DjangoTemplates):
    """``django.template.backends.django.DjangoTemplates`` whose templates free their context after rendering."""

    def from_string(self, template_code):
        return Template(self.engine.from_string(template_code), self)

    def get_template(self, template_name):
        try:
            return Template(self.engine.get_template(template_name), self)
        except TemplateDoesNotExist as exc:
            django_backend.reraise(exc, self)
