import json

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.http import login_required, private_view

from .export import export_member_data
from .forms import DeleteAccountForm, ProfileForm
from .models import Profile
from .sections import profile_sections


@private_view
@login_required
def profile_edit(request):
    profile = Profile.objects.filter(user=request.user).first() or Profile(
        user=request.user, display_name=request.user.username
    )
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Je profiel is opgeslagen."))
        return redirect("member_profile")
    return render(
        request,
        "members/profile_edit.html",
        {"form": form, "profile": profile, "sections": profile_sections(request.user, request)},
    )


@private_view
@login_required
def data_export(request):
    data = json.dumps(export_member_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-aan-de-slag.json"'
    return response


@private_view
@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user.delete()
        messages.success(request, _("We hebben je account en je gegevens verwijderd."))
        return redirect("/")
    return render(request, "members/delete_account.html", {"form": form})
