from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    next_url = request.GET.get("next", "/")
    # ruleid: python.redirect.open-redirect.django-redirect
    return HttpResponseRedirect(next_url)


def language(request):
    referer = request.META.get("HTTP_REFERER")
    # ruleid: python.redirect.open-redirect.django-redirect
    return redirect(referer)


def tracking_url(dest, campaign):
    return "{}?utm_campaign={}".format(dest, campaign)


def moved(request):
    dest = tracking_url(request.POST["dest"], "spring")
    # ruleid: python.redirect.open-redirect.django-redirect
    return HttpResponsePermanentRedirect(dest)


# ---- safe look-alikes ----------------------------------------------------------

def login_view_safe(request):
    next_url = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        # ok: python.redirect.open-redirect.django-redirect
        return HttpResponseRedirect(next_url)
    return redirect("home")


def after_login(request):
    target = request.POST.get("next", "/")
    # ok: python.redirect.open-redirect.django-redirect
    return redirect(target if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) else "/")


def article(request):
    # ok: python.redirect.open-redirect.django-redirect
    return redirect(reverse("article-detail", kwargs={"slug": request.GET["slug"]}))


def by_name(request):
    # ok: python.redirect.open-redirect.django-redirect
    return redirect("article-detail", slug=request.GET["slug"])


def docs(request):
    # ok: python.redirect.open-redirect.django-redirect
    return HttpResponseRedirect("/docs/" + request.GET["page"])
