from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Members are never staff: whatever a sign-up form posts, a new account gets no admin
    access. Links in emails use the host the member is on (the request's), which is
    allauth's default behaviour."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.is_staff = False
        user.is_superuser = False
        if commit:
            user.save()
        return user
