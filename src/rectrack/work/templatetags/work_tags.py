"""The scrutiny part of a response's page (a hook: responses sit below ``work``, so the response page includes
``templates/hooks/response_scrutiny.html`` rather than importing this)."""
from django import template

from rectrack.work import scrutiny

register = template.Library()


@register.inclusion_tag("work/includes/response_scrutiny.html", takes_context=True)
def response_scrutiny(context, response=None):
    response = response or context.get("response")
    user = context.get("user")
    if response is None or user is None:
        return {"found": []}
    found = scrutiny.entries(user, response)
    signed = scrutiny.current_sign_off(found, response)
    return {"response": response, "found": found, "signed": signed,
            "stale": signed is None and any(e.kind == e.Kind.SIGN_OFF for e in found),
            "can_scrutinise": response.state in scrutiny.OPEN_STATES and scrutiny.can_scrutinise(user, response)}
