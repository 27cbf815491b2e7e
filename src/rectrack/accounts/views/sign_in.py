from django.contrib.auth import views as auth_views

from rectrack.accounts import devices
from rectrack.accounts.forms import SignInForm


class LoginView(auth_views.LoginView):
    """Django's sign-in; the throttle runs inside authenticate() (``backends.py``) for every sign-in form."""

    template_name = "accounts/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.throttled:
            response.status_code = 429
        return response

    def form_valid(self, form):
        response = super().form_valid(form)
        devices.remember(response, form.get_user().get_username())
        return response


class LogoutView(auth_views.LogoutView):
    pass
