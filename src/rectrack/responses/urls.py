from django.urls import path

from rectrack.responses.views import actions, assessments, evidence, responses

app_name = "responses"
urlpatterns = [
    path("new/", responses.ResponseCreateView.as_view(), name="create"),
    path("<int:pk>/", responses.ResponseDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", responses.ResponseEditView.as_view(), name="edit"),
    path("<int:pk>/actions/new/", actions.ActionCreateView.as_view(), name="action_create"),
    path("actions/<int:pk>/edit/", actions.ActionEditView.as_view(), name="action_edit"),
    path("actions/<int:pk>/delete/", actions.ActionDeleteView.as_view(), name="action_delete"),
    path("<int:pk>/evidence/new-file/", evidence.EvidenceFileCreateView.as_view(), name="evidence_file_create"),
    path("<int:pk>/evidence/new-link/", evidence.EvidenceLinkCreateView.as_view(), name="evidence_link_create"),
    path("evidence/<int:pk>/delete/", evidence.EvidenceDeleteView.as_view(), name="evidence_delete"),
    path("evidence/<int:pk>/public/", evidence.EvidencePublicView.as_view(), name="evidence_public"),
    path("evidence/<int:pk>/file", evidence.EvidenceFileDownloadView.as_view(), name="evidence_file"),
    path("<int:pk>/published-evidence/<int:evidence_id>/", evidence.PublishedEvidenceFileView.as_view(),
         name="published_evidence_file"),
    path("<int:pk>/assessment/", assessments.AssessmentView.as_view(), name="assess"),
    path("<int:pk>/adequacy/", assessments.AdequacyViewFormView.as_view(), name="adequacy"),
    path("no-response-checks/new/", assessments.NoResponseCheckView.as_view(), name="no_response"),
    path("joint/<int:pk>/", responses.JointDecisionView.as_view(), name="joint_decision"),
    path("<int:pk>/versions/<int:number>/redact/", responses.RedactView.as_view(), name="redact"),
]
