from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError

from rectrack.accounts import throttle


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        if throttle.is_locked_out(username, client_address(request)):
            form = self.get_form()
            form.is_valid()
            form.errors.clear()
            form.add_error(None, ValidationError(
                "Too many failed attempts to sign in. Wait 15 minutes, then try again."
            ))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        throttle.record_failure(self.request.POST.get("username", ""), client_address(self.request))
        return super().form_invalid(form)

    def form_valid(self, form):
        throttle.clear(form.get_user().get_username(), client_address(self.request))
        return super().form_valid(form)


class LogoutView(auth_views.LogoutView):
    pass
