from django.urls import path

from rectrack.accounts.views import account, passwords, sign_in, sign_in_log, tokens

app_name = "accounts"
urlpatterns = [
    path("", account.account, name="account"),
    path("sign-in/", sign_in.LoginView.as_view(), name="login"),
    path("sign-out/", sign_in.LogoutView.as_view(), name="logout"),
    path("password/", passwords.PasswordChangeView.as_view(), name="password_change"),
    path("password-reset/", passwords.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", passwords.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", passwords.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
    path("password-reset/done/", passwords.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("api-tokens/", tokens.token_list, name="tokens"),
    path("api-tokens/<int:pk>/revoke/", tokens.token_revoke, name="token_revoke"),
    path("sign-in-log/", sign_in_log.sign_in_log, name="sign_in_log"),
]
