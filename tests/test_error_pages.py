"""The error pages: a 404 in the site's style, header and language (right to left in Arabic),
and a 500 page that renders with the database gone (core.views.server_error)."""

import re

import pytest
from django.utils import translation

from tests.factories import municipality

pytestmark = pytest.mark.django_db


def translated(code, text):
    with translation.override(code):
        return translation.gettext(text)


def test_a_missing_page_in_arabic_is_arabic_and_right_to_left_on_its_site(client_for):
    municipality("alkmaar")
    response = client_for("alkmaar.localhost").get("/ar/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    # The header of the host it is on, the site's stylesheet and colour.
    assert '<span class="site-header__name">Aan de Slag Alkmaar</span>' in html
    assert 'rel="stylesheet" href="/static/css/main.css"' in html
    heading = translated("ar", "Pagina niet gevonden")
    assert heading != "Pagina niet gevonden"
    assert re.search(rf"<h1>\s*{heading}\s*</h1>", html)
    # Back to the home in the same language.
    assert f'<a href="/ar/">{translated("ar", "Naar de homepage")}</a>' in html
    # A missing page has no address of its own to announce.
    assert 'rel="canonical"' not in html
    assert 'hreflang="' not in html.split("</head>")[0]
    assert 'property="og:' not in html


def test_a_missing_page_in_dutch_on_the_national_site(client_for, national_home):
    response = client_for("localhost").get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert "<h1>Pagina niet gevonden</h1>" in html
    assert '<a href="/">Naar de homepage</a>' in html


@pytest.fixture
def broken_database(django_db_blocker):
    """Every query from here on fails, as when the database server is down."""
    with django_db_blocker.block():
        yield


def server_error(client_for, path, settings):
    settings.DEBUG = False
    client = client_for("localhost")
    client.raise_request_exception = False
    response = client.get(path)
    assert response.status_code == 500
    return response.content.decode()


def test_the_server_error_page_needs_no_database(client_for, national_home, settings, request):
    request.getfixturevalue("broken_database")
    html = server_error(client_for, "/nieuws/", settings)
    assert '<html lang="nl" dir="ltr">' in html
    assert "<h1>Er ging iets mis</h1>" in html
    assert '<p lang="en">Something went wrong on our side.' in html
    # In the site's style: its stylesheet (static, served without the database) and header.
    assert '<link rel="stylesheet" href="/static/css/main.css">' in html
    assert '<span class="site-header__name">Aan de Slag</span>' in html
    assert '<a href="/">Naar de homepage</a>' in html


def test_the_server_error_page_speaks_the_language_of_the_address(
    client_for, national_home, settings, request
):
    request.getfixturevalue("broken_database")
    html = server_error(client_for, "/ar/nieuws/", settings)
    heading = translated("ar", "Er ging iets mis")
    if heading != "Er ging iets mis":
        assert '<html lang="ar" dir="rtl">' in html
        assert f"<h1>{heading}</h1>" in html
        assert '<a href="/ar/">' in html
    else:
        # The Arabic catalogue has no text for it yet: Dutch, with the English line.
        assert '<html lang="nl" dir="ltr">' in html
        assert "<h1>Er ging iets mis</h1>" in html
        assert '<p lang="en">' in html
