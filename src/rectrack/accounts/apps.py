from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "rectrack.accounts"
    label = "accounts"

    def ready(self):
        from rectrack.accounts import signals  # noqa: F401  (connects the receivers)
