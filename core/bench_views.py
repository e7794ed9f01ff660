"""The benchmark's ceiling (`make bench`): the cheapest page the site's own server can give,
a fixed HTML response of about 1 KB through the whole middleware stack, with no template and
no query. Every page's requests per second are read as a fraction of it, measured by the same
server in the same run. Served only when settings.PROGRAM_BENCH is on (BENCH=true; config/urls.py);
never in production."""

from django.http import HttpResponse

_PARAGRAPH = (
    "<p>Aan de Slag brengt bewoners van asielzoekerscentra en Nederlandse vrijwilligers "
    "samen: in kleine groepjes doen zij vrijwilligerswerk in de buurt.</p>\n"
)
BODY = (
    '<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8">'
    "<title>Plafond</title></head>\n<body>\n<h1>Plafond van de benchmark</h1>\n"
    + _PARAGRAPH * 6
    + "</body>\n</html>\n"
)


def ceiling(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")
