"""The public record under /public/: stable, citable URLs (documented on /public/schema/)."""
from django.urls import path, re_path

from rectrack.publishing.views import charts, opendata, public, records, search, snapshots

app_name = "publishing"
urlpatterns = [
    path("", public.index, name="index"),
    path("schema/", opendata.schema, name="schema"),
    path("search/", search.search_page, name="search"),
    path("responses/<int:pk>/source-document/", records.source_document, name="source_document"),
    path("snapshots/", snapshots.snapshot_list, name="snapshots"),
    path("snapshots/take/", snapshots.take, name="snapshot_take"),
    path("snapshots/compare/", snapshots.compare, name="snapshot_compare"),
    path("snapshots/<int:pk>/", snapshots.snapshot_detail, name="snapshot"),
    re_path(r"^snapshots/(?P<pk>[0-9]+)\.(?P<fmt>csv|xlsx|json)$", snapshots.snapshot_download,
            name="snapshot_download"),
    re_path(r"^(?P<slug>[-a-zA-Z0-9_]+)\.(?P<fmt>csv|xlsx|json)$", opendata.complaint_download, name="opendata"),
    path("<slug:slug>/", public.complaint, name="complaint"),
    re_path(r"^(?P<slug>[-a-zA-Z0-9_]+)/charts/(?P<name>[-a-z]+)\.svg$", charts.chart, name="chart"),
    path("<slug:slug>/recommendations/<str:number>/", public.recommendation, name="recommendation"),
    path("<slug:slug>/recommendations/<str:number>/compare/", public.compare, name="compare"),
    path("<slug:slug>/organisations/<slug:org_id>/", public.organisation, name="organisation"),
    path("<slug:slug>/organisations/<slug:org_id>/record/", records.record, name="record"),
    path("<slug:slug>/organisations/<slug:org_id>/chart.svg", charts.organisation_chart, name="organisation_chart"),
    path("<slug:slug>/organisations/<slug:org_id>/record.pdf", records.record_pdf, name="record_pdf"),
]
