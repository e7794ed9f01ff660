from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import SignUpPermissionPolicy, SignUpViewSet
from .models import SignUp

register_permission_policy(SignUp, SignUpPermissionPolicy(SignUp))


@hooks.register("register_admin_viewset")
def register_signups():
    return SignUpViewSet()
