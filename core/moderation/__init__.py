"""The moderation kernel: what every kind of member content shares (comments, bulletin board
posts, and whatever comes next).

- `models`: the abstract `ModeratedContent` (status, who moderated it when and why, plus the
  hooks a kind fills in) and the abstract `Report` of a visitor.
- `services`: who moderates what (whoever may publish the item's page), the actions, blocking an
  author, reports (de-duplicated), and the mails to moderators and authors.
- `admin`: the moderation queue as a Wagtail `ModelViewSet`, one per kind.
- `adapter`: what the kernel asks of the project about people and places (a member's name,
  blocking them, the municipality an item belongs to), chosen by the MODERATION_ADAPTER setting
  as allauth's adapters are, so that `core` imports no app above it.

A new kind of member content subclasses `ModeratedContent` and `Report`, fills in the hooks,
and registers a `ModerationViewSet` for its queue.
"""
