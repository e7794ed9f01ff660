"""Privacy-friendly embed addresses for the click-to-load video block."""

import re
from urllib.parse import parse_qs, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{4,12}$")


def embed_url_for(url):
    """The embed address for a YouTube or Vimeo link, or "" for anything else (which is then
    shown as a plain link only)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        video_id = parts.path.strip("/")
    elif host in ("youtube.com", "youtube-nocookie.com"):
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/")):
            video_id = parts.path.split("/")[2]
    if video_id and YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host == "vimeo.com":
        vimeo_id = parts.path.strip("/").split("/")[0]
        if VIMEO_ID.match(vimeo_id):
            return f"https://player.vimeo.com/video/{vimeo_id}?dnt=1"
    return ""
