from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Article, Customer

ORDERINGS = {"newest": "-published", "title": "title"}


def article_search(request):
    term = request.GET.get("q", "")
    # ruleid: python.injection.sql.django-raw-sql
    articles = Article.objects.raw(f"SELECT * FROM blog_article WHERE title LIKE '%%{term}%%'")
    return JsonResponse({"ids": [a.id for a in articles]})


class CustomerView(View):
    def get(self, request):
        country = self.request.GET["country"]
        where = "country = '%s'" % country
        # ruleid: python.injection.sql.django-raw-sql
        qs = Customer.objects.extra(where=[where])
        return JsonResponse({"count": qs.count()})


def score_sql(expression):
    return "SELECT " + expression + " FROM blog_rating"


def scored(request):
    data = request.POST
    sql = score_sql(data["expr"])
    # ruleid: python.injection.sql.django-raw-sql
    qs = Article.objects.annotate(score=RawSQL(sql, []))
    return JsonResponse({"n": qs.count()})


def ordered(request):
    # ruleid: python.injection.sql.django-raw-sql
    qs = Article.objects.extra(select={"rank": "score * %s" % request.GET["weight"]})
    return JsonResponse({"n": qs.count()})


# ---- safe look-alikes ----------------------------------------------------------

def article_search_safe(request):
    term = request.GET.get("q", "")
    # ok: python.injection.sql.django-raw-sql
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE title LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [a.id for a in articles]})


def customers_safe(request):
    # ok: python.injection.sql.django-raw-sql
    qs = Customer.objects.extra(where=["country = %s"], params=[request.GET["country"]])
    return JsonResponse({"count": qs.count()})


def ordered_safe(request):
    ordering = ORDERINGS.get(request.GET.get("sort"), "-published")
    # ok: python.injection.sql.django-raw-sql
    qs = Article.objects.extra(order_by=[ordering])
    return JsonResponse({"n": qs.count()})


def by_year(request):
    year = int(request.GET["year"])
    # ok: python.injection.sql.django-raw-sql
    return JsonResponse({"n": len(list(Article.objects.raw(f"SELECT * FROM blog_article WHERE year = {year}")))})


def filtered(request):
    # ok: python.injection.sql.django-raw-sql
    return JsonResponse({"n": Article.objects.filter(title__icontains=request.GET["q"]).count()})
