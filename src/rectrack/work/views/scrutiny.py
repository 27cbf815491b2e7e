"""A policing body scrutinises its force's response: comments and a sign-off, before publication."""
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views import View

from rectrack.core.forms import GovukFormMixin, add_service_errors
from rectrack.responses.models import Response
from rectrack.responses.selectors import get_visible_response
from rectrack.work import scrutiny


class ScrutinyForm(GovukFormMixin, forms.Form):
    text = forms.CharField(label="Your comment", required=False, max_length=scrutiny.MAX_TEXT,
                           widget=forms.Textarea(attrs={"rows": 6}),
                           help_text="Needed for a comment; optional when you sign off.")


class ScrutinyView(LoginRequiredMixin, View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = kwargs["pk"]

    def load(self):
        try:
            response = get_visible_response(self.pk, user=self.request.user)
        except Response.DoesNotExist:
            raise Http404("No such response") from None
        if not scrutiny.can_scrutinise(self.request.user, response):
            raise PermissionDenied(
                "Only the policing body that oversees this organisation can scrutinise its responses."
            )
        return response

    def get(self, request, pk):
        return self.page(self.load(), ScrutinyForm())

    def post(self, request, pk):
        response = self.load()
        form = ScrutinyForm(request.POST)
        if form.is_valid():
            sign_off = request.POST.get("action") == "sign_off"
            try:
                scrutiny.record(user=request.user, response=response, text=form.cleaned_data["text"],
                                sign_off=sign_off)
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, "Response signed off." if sign_off else "Comment recorded.")
                return redirect(response.get_absolute_url() + "#scrutiny")
        return self.page(response, form, status=400)

    def page(self, response, form, status=200):
        found = scrutiny.entries(self.request.user, response)
        return render(self.request, "work/scrutiny.html", {
            "response": response, "form": form, "found": found, "signed": scrutiny.current_sign_off(found, response),
            "open": response.state in scrutiny.OPEN_STATES, "nav_section": "work"}, status=status)
