"""Translating a municipality's pages with wagtail-localize, confined to its own site.

A municipality's groups get their page permissions and review workflow on each translation of
its home page (`share_with_translations`): when a translation (or wagtail-localize's alias of an
untranslated parent) of a MunicipalityHomePage is created, and again whenever provisioning
runs. So the editors translate, and the moderators review, in every language tree of their
own site and nowhere else.

wagtail-localize checks only its global permission "submit_translation" before translating an
object or updating its translations; the views below add the check it leaves out (may the user
edit the source?). Its translation editor offers "publish" only; `submit_for_review` lets an
editor who may not publish send the translated page into the page's workflow instead.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.language_tree import source_page
from core.permissions import share_page_permissions

from .admin_scope import admin_scope
from .models import MunicipalityHomePage

SUBMIT_FOR_REVIEW = "aandeslag-submit-translation"


def share_with_translations(home):
    """The permissions and workflow set on a municipality's Dutch home, on each of its
    translations as well."""
    for translation in home.get_translations():
        share_page_permissions(home, translation)


def _translation_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    source = source_page(instance)
    if source is not instance:
        share_page_permissions(source, instance)


def connect():
    post_save.connect(
        _translation_created, sender=MunicipalityHomePage, dispatch_uid="home-translation-created"
    )


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    model = type(instance)
    return user.has_perm(get_permission_name("add", model)) and user.has_perm(
        get_permission_name("change", model)
    )


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return may_edit(user, instance)


class EditableSourceMixin:
    """Refuse translating (or syncing the translations of) what the user may not edit."""

    def get_object(self):
        found = super().get_object()
        instance = found.get_source_instance() if isinstance(found, TranslationSource) else found
        if not may_edit(self.request.user, instance):
            raise PermissionDenied
        self.source_instance = instance
        return found


class ScopedSubmitPageTranslationView(EditableSourceMixin, SubmitPageTranslationView):
    pass


class ScopedSubmitSnippetTranslationView(EditableSourceMixin, SubmitSnippetTranslationView):
    pass


class ScopedUpdateTranslationsView(EditableSourceMixin, UpdateTranslationsView):
    """Syncing publishes the translations only for who may publish them; others get drafts
    (to submit for review from the translation editor)."""

    def get_form(self):
        form = super().get_form()
        if not may_publish(self.request.user, self.source_instance):
            field = form.fields["publish_translations"]
            field.disabled = True  # cleaned as its initial value, False, whatever is posted
            field.widget = forms.HiddenInput()
        return form


class ScopedTranslationsReportView(TranslationsReportView):
    """The translations of the user's own pages (and of every snippet)."""

    def get_queryset(self):
        translations = super().get_queryset()
        scope = admin_scope(self.request.user)
        if scope.everything:
            return translations
        others = Page.objects.exclude(pk__in=scope.own_pages(Page.objects.all()).values("pk"))
        return translations.exclude(source__object_id__in=others.values("translation_key"))


def submit_for_review(request, page):
    """before_edit_page: the translation editor's "submit for review" (a form of ours under the
    editor): the translated strings become a draft, which enters the page's workflow."""
    if request.method != "POST" or SUBMIT_FOR_REVIEW not in request.POST:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    workflow = page.get_workflow()
    if translation is None or workflow is None:
        raise PermissionDenied
    translation.save_target(user=request.user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    revision = page.latest_revision
    state = page.current_workflow_state
    if state is None:
        workflow.start(page, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        # Already in review: the reviewers judge the latest strings.
        task_state = state.current_task_state
        task_state.revision = revision
        task_state.save(update_fields=["revision"])
    messages.success(
        request,
        _("De vertaling van “%(title)s” wacht op review.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def urlpatterns():
    """wagtail-localize's views that act on an object chosen by id, at its own addresses
    (config/urls.py puts these first)."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            require_admin_access(ScopedSubmitPageTranslationView.as_view()),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            require_admin_access(ScopedSubmitSnippetTranslationView.as_view()),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            require_admin_access(ScopedUpdateTranslationsView.as_view()),
        ),
        path(
            "localize/reports/translations/",
            require_admin_access(ScopedTranslationsReportView.as_view()),
        ),
        path(
            "localize/reports/translations/results/",
            require_admin_access(ScopedTranslationsReportView.as_view(results_only=True)),
        ),
    ]
