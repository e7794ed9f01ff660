"""Factories that build exactly the world a test asks for, through the product's own code paths
(home.setup for the national site, municipalities.provisioning for a municipality). Nothing here
comes from the demo; names such as "alkmaar" are plain test data.

One module per app; the builders every test uses are re-exported here."""

from tests.factories.accounts import (
    PASSWORD,
    EditorFactory,
    MemberFactory,
    editor,
    member,
    moderator,
    national_editor,
    person,
    superuser,
)
from tests.factories.blog import (
    BlogIndexPageFactory,
    BlogPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    add_blog,
    add_news,
    blog_index,
    news_index,
)
from tests.factories.board import BulletinBoardPageFactory, PostFactory, add_post, board_of
from tests.factories.comments import CommentFactory, add_comment, path_of, post_url, practice
from tests.factories.core import ImageFactory, ThemeFactory, image, theme
from tests.factories.events import (
    WANDELCLUB,
    EventCalendarPageFactory,
    EventPageFactory,
    add_event,
    add_wandelclub,
    at,
    calendar_of,
    next_weekday,
)
from tests.factories.home import (
    StandardPageFactory,
    add_standard_page,
    directory_of,
    national_home,
    national_site,
)
from tests.factories.municipalities import municipality, municipality_site
from tests.factories.practices import (
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    PracticeExamplePageFactory,
    PracticeIndexPageFactory,
    add_instrument,
    add_practice,
    instrument_index,
    practice_index,
)

__all__ = [
    "PASSWORD",
    "BlogIndexPageFactory",
    "BlogPageFactory",
    "BulletinBoardPageFactory",
    "CommentFactory",
    "EditorFactory",
    "EventCalendarPageFactory",
    "EventPageFactory",
    "ImageFactory",
    "InstrumentIndexPageFactory",
    "InstrumentPageFactory",
    "MemberFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "PostFactory",
    "PracticeExamplePageFactory",
    "PracticeIndexPageFactory",
    "StandardPageFactory",
    "ThemeFactory",
    "add_blog",
    "add_comment",
    "add_event",
    "add_wandelclub",
    "next_weekday",
    "WANDELCLUB",
    "add_instrument",
    "add_news",
    "add_post",
    "add_practice",
    "add_standard_page",
    "at",
    "blog_index",
    "board_of",
    "calendar_of",
    "directory_of",
    "editor",
    "image",
    "instrument_index",
    "member",
    "moderator",
    "municipality",
    "municipality_site",
    "national_editor",
    "national_home",
    "national_site",
    "news_index",
    "path_of",
    "person",
    "post_url",
    "practice",
    "practice_index",
    "superuser",
    "theme",
]
