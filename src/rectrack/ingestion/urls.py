from django.urls import path

from rectrack.ingestion.views import documents, jobs, reassign, report_import, review

app_name = "ingestion"
urlpatterns = [
    path("", documents.DocumentListView.as_view(), name="list"),
    path("upload/", documents.UploadView.as_view(), name="upload"),
    path("fetch/", documents.FetchView.as_view(), name="fetch"),
    path("<int:pk>/", documents.DocumentView.as_view(), name="document"),
    path("<int:pk>/download/", documents.DownloadView.as_view(), name="download"),
    path("<int:pk>/retry/", documents.RetryView.as_view(), name="retry"),
    path("<int:pk>/refetch/", documents.RefetchView.as_view(), name="refetch"),
    path("<int:pk>/delete/", documents.DeleteView.as_view(), name="delete"),
    path("<int:pk>/reassign/", reassign.ReassignView.as_view(), name="reassign"),
    path("<int:pk>/review/", review.ReviewView.as_view(), name="review"),
    path("<int:pk>/review/add/", review.AddMissedView.as_view(), name="add_missed"),
    path("<int:pk>/review/accept-confident/", review.AcceptConfidentView.as_view(), name="accept_confident"),
    path("<int:pk>/review/<int:answer_pk>/undo/", review.UndoRejectionView.as_view(), name="undo_rejection"),
    path("<int:pk>/review/<int:answer_pk>/accept/", review.AcceptView.as_view(), name="accept"),
    path("<int:pk>/review/<int:answer_pk>/correct/", review.CorrectView.as_view(), name="correct"),
    path("<int:pk>/review/<int:answer_pk>/reject/", review.RejectView.as_view(), name="reject"),
    path("reports/<slug:slug>/", report_import.ReportReviewView.as_view(), name="report_review"),
    path("reports/<slug:slug>/upload/", report_import.ReportUploadView.as_view(), name="report_upload"),
    path("reports/<slug:slug>/<int:pk>/accept/", report_import.AcceptView.as_view(), name="proposal_accept"),
    path("reports/<slug:slug>/<int:pk>/edit/", report_import.EditProposalView.as_view(), name="proposal_edit"),
    path("reports/<slug:slug>/<int:pk>/reject/", report_import.RejectView.as_view(), name="proposal_reject"),
    path("jobs/<int:pk>/", jobs.JobView.as_view(), name="job"),
    path("jobs/<int:pk>/status.json", jobs.JobStatusView.as_view(), name="job_status"),
]
