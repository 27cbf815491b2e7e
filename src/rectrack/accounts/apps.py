from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "rectrack.accounts"
    label = "accounts"
