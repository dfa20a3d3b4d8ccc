"""The address a request came from, as the operator's reverse proxy reports it.

Behind a proxy every request arrives from the proxy's own address, so django-axes would count
every client's failed logins as one: five wrong passwords from one attacker would lock an
editor out for everyone. The proxy names the client in a header the operator sets
(DJANGO_CLIENT_IP_HEADER: X-Forwarded-For, X-Real-IP …). Only the header's last entry is
believed, the one the proxy itself wrote: a client can send the header with anything in it.
"""

from django.conf import settings


def client_ip(request) -> str | None:
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
        last = value.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")
