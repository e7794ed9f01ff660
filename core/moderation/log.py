"""Moderators' decisions in Wagtail's audit log (ModelLogEntry, through wagtail.log_actions):
who decided, when, on what, with the reason given. They show in the admin's "Site history"
report and in each object's history. Blocking a member is logged on the member's account."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

PREFIX = "core.moderation."
APPROVE, REJECT, HIDE, RESTORE, BLOCK = (
    PREFIX + name for name in ("approve", "reject", "hide", "restore", "block")
)
LABELS = {
    APPROVE: (_("Goedgekeurd"), _("Goedgekeurd door een moderator")),
    REJECT: (_("Afgewezen"), _("Afgewezen door een moderator")),
    HIDE: (_("Verborgen"), _("Verborgen door een moderator")),
    RESTORE: (_("Teruggezet"), _("Teruggezet door een moderator")),
    BLOCK: (_("Lid geblokkeerd"), _("Lid geblokkeerd door een moderator")),
}


class DecisionFormatter(LogFormatter):
    """A decision's message, with the moderator's reason when there is one."""

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason")
        if reason:
            return _("%(message)s: %(reason)s") % {"message": self.message, "reason": reason}
        return self.message


def register(actions):
    """For the register_log_actions hook (core/wagtail_hooks.py)."""
    for action, (label, message) in LABELS.items():
        formatter = type(
            "ModerationFormatter", (DecisionFormatter,), {"label": label, "message": message}
        )
        actions.register_action(action)(formatter)


def log_decision(item, moderator, action, reason=""):
    """One log entry for `action` (a key of services.ACTIONS) on `item` by `moderator`."""
    return log(item, PREFIX + action, user=moderator, data={"reason": reason} if reason else {})


def log_block(author, moderator, item, hidden):
    """One log entry on the blocked member's account: by whom, from which item, and how many
    of their waiting items were hidden with it."""
    return log(
        author,
        BLOCK,
        user=moderator,
        data={
            "item": f"{item._meta.label_lower} {item.pk}",
            "hidden": hidden,
        },
    )
