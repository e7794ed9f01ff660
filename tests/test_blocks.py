"""Body blocks as a reader gets them: click-to-load video, document links, calls to action."""

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model

from core.blocks import BaseStreamBlock
from core.video import embed_url_for


@pytest.mark.parametrize(
    "url,embed",
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://example.org/video.mp4", ""),
        ("https://www.youtube.com/watch?v=<script>", ""),
        ("javascript:alert(1)", ""),
        ("http://[::1", ""),
    ],
)
def test_embed_addresses(url, embed):
    assert embed_url_for(url) == embed


def render(data):
    block = BaseStreamBlock()
    with translation.override("nl"):
        return block.render(block.to_python(data))


def test_video_loads_nothing_until_clicked_and_links_to_its_source():
    html = render(
        [{"type": "video", "value": {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Koken"}}]
    )
    assert "<iframe" not in html
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert '<a href="https://youtu.be/dQw4w9WgXcQ"' in html
    # The play button is hidden until the script reveals it, so without JavaScript
    # only the link shows.
    assert "hidden>" in html


@pytest.mark.django_db
def test_document_link_shows_format_and_size():
    document = get_document_model().objects.create(title="Handreiking")
    document.file.save("handreiking.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048))
    document.file_size = document.file.size  # as the admin's upload form records it
    document.save()
    html = render([{"type": "document", "value": {"document": document.pk, "label": ""}}])
    assert "Handreiking" in html
    assert "(PDF, 2,0" in html


def test_call_to_action_needs_a_destination():
    from wagtail.blocks import StreamBlockValidationError

    block = BaseStreamBlock()
    value = block.to_python(
        [{"type": "call_to_action", "value": {"title": "Doe mee", "button": "Aanmelden"}}]
    )
    with pytest.raises(StreamBlockValidationError):
        block.clean(value)


def test_video_consent_notice_says_je():
    html = render(
        [{"type": "video", "value": {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Koken"}}]
    )
    assert "Speel je de video af? Dan krijgt de videodienst gegevens van je." in html
    assert "Als u " not in html
