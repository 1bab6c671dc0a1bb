from django import forms
from django.contrib.auth import authenticate, login
from django.http import HttpResponse, JsonResponse
from django.views import View


class ThemeForm(forms.Form):
    theme = forms.ChoiceField(choices=[("light", "Light"), ("dark", "Dark")])


def set_discount(request):
    code = request.POST.get("discount")
    # ruleid: python.session.trust-boundary.django-session
    request.session["discount_code"] = code
    return HttpResponse("ok")


def remember_filters(request):
    filters = dict(request.GET.items())
    # ruleid: python.session.trust-boundary.django-session
    request.session.update({"filters": filters})
    return JsonResponse(filters)


class TenantView(View):
    def post(self, request):
        tenant = self.request.headers["X-Tenant"]
        # ruleid: python.session.trust-boundary.django-session
        self.request.session["tenant"] = "tenant-" + tenant
        return HttpResponse("switched")


# ---- safe look-alikes ----------------------------------------------------------

def set_theme(request):
    form = ThemeForm(request.POST)
    if form.is_valid():
        # ok: python.session.trust-boundary.django-session
        request.session["theme"] = form.cleaned_data["theme"]
    return HttpResponse("ok")


def sign_in(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        login(request, user)
        # ok: python.session.trust-boundary.django-session
        request.session["display_name"] = user.get_full_name()
    return HttpResponse("ok")


def switch_org(request):
    org = Organization.objects.get(slug=request.POST["org"], members=request.user)
    # ok: python.session.trust-boundary.django-session
    request.session["org_id"] = org.pk
    return HttpResponse("ok")


def page_size(request):
    # ok: python.session.trust-boundary.django-session
    request.session["page_size"] = int(request.GET.get("size", "20"))
    return HttpResponse("ok")
