"""The number of things waiting for the signed-in person, for the service navigation."""
from django.utils.functional import SimpleLazyObject

from rectrack.work.selectors.queues import counts


def work_counts(request):
    """Lazy: the one query runs only when a page shows the navigation's count."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"work_waiting": SimpleLazyObject(lambda: sum(counts(user).values()))}
