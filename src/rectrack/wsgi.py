import os

from django.core.wsgi import get_wsgi_application

from rectrack.core import collector

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rectrack.settings")
application = get_wsgi_application()
# The application is loaded (gunicorn imports this module in each worker): freeze it and collect less often.
collector.tune()
