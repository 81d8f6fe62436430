"""Reference exports: /references/export.bib (listing) and /references/42/export.ris (one reference)."""

from django.urls import path

from library import views

app_name = "library"
urlpatterns = [
    path("references/export.<str:fmt>", views.export_library, name="export_library"),
    path("references/<int:page_id>/export.<str:fmt>", views.export_reference, name="export_reference"),
]
