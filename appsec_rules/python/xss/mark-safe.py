from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def comment(request):
    text = request.POST["text"]
    # ruleid: python.xss.django.mark-safe
    return render(request, "comment.html", {"text": mark_safe(text)})


def link_html(url, label):
    return '<a href="%s">%s</a>' % (url, label)


def profile(request):
    html = link_html(request.GET["site"], request.GET["name"])
    # ruleid: python.xss.django.mark-safe
    return render(request, "profile.html", {"link": SafeString(html)})


def greeting(request):
    # ruleid: python.xss.django.mark-safe
    snippet = format_html("<p>Hello " + request.GET.get("name", "") + "</p>")
    return render(request, "greeting.html", {"snippet": snippet})


# ---- safe look-alikes ----------------------------------------------------------

def comment_safe(request):
    # ok: python.xss.django.mark-safe
    return render(request, "comment.html", {"text": format_html("<p>{}</p>", request.POST["text"])})


def escaped(request):
    text = escape(request.POST["text"])
    # ok: python.xss.django.mark-safe
    return render(request, "comment.html", {"text": mark_safe("<p>" + text + "</p>")})


def footer(request):
    # ok: python.xss.django.mark-safe
    return render(request, "base.html", {"footer": mark_safe("&copy; Example Corp")})
