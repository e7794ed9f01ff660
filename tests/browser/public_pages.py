"""One page of every public page type, for the browser tests that must look at all of them
(no sideways scrolling on a phone, no request to another host).

The pages are the browser world's (world.py); a member and a board post are built here."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils import timezone

from tests.factories import PASSWORD, add_post, board_of, member

BOARD_FORM = "/prikbord/nieuw/"


@dataclass
class PublicPage:
    name: str
    slug: str | None
    path: str


def make_poster():
    """A verified member with a volunteer task on Alkmaar's board; log in with poster_login."""
    poster = member("lid-sanne", display_name="Sanne")
    post = add_post(
        board_of("alkmaar"),
        "Koks gezocht voor het buurtfeest in de wijk Overdie",
        author=poster,
        kind="klus",
        body="We zoeken mensen die een gerecht uit hun eigen land willen koken.",
        organisation="Buurthuis De Horst",
        task="Koken en opdienen voor zestig buren.",
        when="zaterdag 14 juni, 14:00 tot 20:00",
        meeting_point="Ingang van het buurthuis aan de Oudorperdijk",
        no_dutch_needed=True,
    )
    return poster, post


def poster_login(page, poster):
    """Fill in the member login form the page shows."""
    page.get_by_label("E-mail").fill(poster.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def sign_up(page, email, name, password):
    """Fill in and send the registration form the page shows."""
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Naam die anderen zien").fill(name)
    page.locator("input[name=password1]").fill(password)
    page.get_by_label("Wachtwoord (bevestigen)").fill(password)
    page.get_by_role("button", name="Registreren").click()


def confirm_address(page, site_url, mail_text):
    """Follow the confirmation link of a verification mail (sent on Alkmaar's host) on the
    live server, and confirm."""
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail_text).group(0)
    assert urlsplit(link).hostname == "alkmaar.localhost"
    port = urlsplit(site_url("alkmaar")).port
    response = page.goto(link.replace("alkmaar.localhost/", f"alkmaar.localhost:{port}/", 1))
    assert response is not None and response.status == 200, link
    page.get_by_role("button", name="Bevestig").click()


def public_pages(world, post):
    """Every public page type, anonymous; the board form (members only) is not among them."""
    month = f"/kalender/{timezone.localdate():%Y/%m}/"
    return [
        PublicPage("national home", None, "/"),
        PublicPage("municipality home", "alkmaar", "/"),
        PublicPage("municipality home on the national host", None, "/gemeenten/alkmaar/"),
        PublicPage("news index", None, "/nieuws/"),
        PublicPage("news item", "alkmaar", world.news_item),
        PublicPage("blog index", None, "/blogs/"),
        PublicPage("blog post", None, world.blog_post),
        PublicPage("calendar", "alkmaar", "/kalender/"),
        PublicPage("calendar month", "alkmaar", month),
        PublicPage("event", "alkmaar", world.event),
        PublicPage("board", None, "/prikbord/"),
        PublicPage("board post", "alkmaar", f"/prikbord/{post.pk}/"),
        PublicPage("practices index", None, "/praktijkvoorbeelden/"),
        PublicPage("practice example", None, world.practice),
        PublicPage("instruments", None, "/instrumenten/"),
        PublicPage("instrument", None, world.instrument),
        PublicPage("municipalities index", None, "/gemeenten/"),
        PublicPage("directory", "alkmaar", "/deelnemers/"),
        PublicPage("standard page", None, "/over-het-programma/"),
        PublicPage("search results", None, "/zoeken/?q=tuin"),
        PublicPage("login", None, "/accounts/login/"),
        PublicPage("signup", None, "/accounts/signup/"),
    ]
