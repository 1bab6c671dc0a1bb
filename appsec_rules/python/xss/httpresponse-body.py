import json

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.views import View


def hello(request):
    name = request.GET.get("name", "world")
    # ruleid: python.xss.django.httpresponse-body
    return HttpResponse(f"<h1>Hello {name}</h1>")


def render_row(item):
    return "<tr><td>" + item + "</td></tr>"


class SearchView(View):
    def get(self, request):
        rows = render_row(self.request.GET["q"])
        # ruleid: python.xss.django.httpresponse-body
        return HttpResponse("<table>%s</table>" % rows, content_type="text/html; charset=utf-8")


def validate(request):
    field = request.POST.get("field")
    # ruleid: python.xss.django.httpresponse-body
    return HttpResponseBadRequest("Invalid value for <b>{}</b>".format(field))


def streamed(request):
    response = HttpResponse()
    response.write("<p>")
    # ruleid: python.xss.django.httpresponse-body
    response.write(request.GET["msg"])
    return response


def banner(message):
    # ruleid: python.xss.django.httpresponse-body
    return HttpResponse("<div class='banner'>" + message + "</div>")


def show_banner(request):
    return banner(request.GET.get("msg", ""))


# ---- safe look-alikes ----------------------------------------------------------

def hello_safe(request):
    # ok: python.xss.django.httpresponse-body
    return HttpResponse("<h1>Hello %s</h1>" % escape(request.GET.get("name", "world")))


def hello_text(request):
    # ok: python.xss.django.httpresponse-body
    return HttpResponse(request.GET.get("name", "world"), content_type="text/plain")


def hello_json(request):
    # ok: python.xss.django.httpresponse-body
    return HttpResponse(json.dumps({"name": request.GET.get("name")}), content_type="application/json")


def hello_template(request):
    # ok: python.xss.django.httpresponse-body
    return render(request, "hello.html", {"name": request.GET.get("name")})
