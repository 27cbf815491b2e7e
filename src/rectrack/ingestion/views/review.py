"""Review of extracted answers: accept, correct or reject each one. Nothing reaches the tracker otherwise."""
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.generic import TemplateView, View

from rectrack.core.dates import parse_partial_date
from rectrack.core.forms import add_service_errors
from rectrack.ingestion import bulk_review, selectors, services
from rectrack.ingestion.forms import CorrectForm, DecisionForm, MissedAnswerForm
from rectrack.ingestion.models import Document
from rectrack.ingestion.views.base import PermissionMixin


def _review_url(answer) -> str:
    return reverse("ingestion:review", args=[answer.document_id]) + f"#answer-{answer.pk}"


def _errors(e: ValidationError) -> list[str]:
    return [m for messages_ in (e.message_dict.values() if hasattr(e, "error_dict") else [e.messages])
            for m in messages_]


class ReviewView(PermissionMixin, TemplateView):
    permission_required = services.REVIEW_PERM
    template_name = "ingestion/review.html"

    def get_context_data(self, **kwargs):
        document = selectors.get_document(self.kwargs["pk"])
        items = selectors.review_items(document)
        return super().get_context_data(
            **kwargs, document=document, items=items, counts=selectors.review_counts(items),
            low_confidence=services.LOW_CONFIDENCE, nav_section="documents",
            confident=sum(1 for i in items if bulk_review.acceptable_in_bulk(i.answer)),
            bulk_threshold=bulk_review.BULK_ACCEPT_CONFIDENCE,
        )


class AcceptConfidentView(PermissionMixin, View):
    """POST only: accept every high-confidence answer of the document at once (each as a draft)."""

    permission_required = services.REVIEW_PERM

    def post(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        try:
            result = bulk_review.accept_confident(user=request.user, document=document)
        except ValidationError as e:
            for message in _errors(e):
                messages.error(request, message)
            return redirect("ingestion:review", pk)
        if result.accepted:
            numbers = ", ".join(a.recommendation.number for a in result.accepted)
            messages.success(
                request,
                f"{len(result.accepted)} answer{'s' if len(result.accepted) != 1 else ''} "
                f"accepted as draft responses (recommendation{'s' if len(result.accepted) != 1 else ''} "
                f"{numbers}).",
            )
        for answer, why in result.skipped:
            messages.error(request, f"Recommendation {answer.recommendation.number} for {answer.organisation}: "
                                    f"left for you to review ({why}).")
        return redirect("ingestion:review", pk)


class _DecisionView(PermissionMixin, View):
    permission_required = services.REVIEW_PERM

    def answer(self):
        return selectors.get_answer(self.kwargs["pk"], self.kwargs["answer_pk"])


class AcceptView(_DecisionView):
    """POST only. When a response already exists, show the difference and ask for an explicit replace."""

    def post(self, request, pk, answer_pk):
        answer = self.answer()
        form = DecisionForm(request.POST)
        form.is_valid()
        data = form.cleaned_data
        try:
            services.accept_answer(user=request.user, answer=answer, replace=data.get("replace", False),
                                   comment=data.get("comment", ""))
        except services.ReplaceConfirmationRequired as conflict:
            return render(request, "ingestion/confirm_replace.html", {
                "answer": answer, "conflict": conflict, "form": form, "action": "accept",
                "nav_section": "documents",
            })
        except ValidationError as e:
            for message in _errors(e):
                messages.error(request, message)
            return redirect(_review_url(answer))
        messages.success(request, f"Recommendation {answer.recommendation.number} for {answer.organisation}: "
                                  f"accepted as a draft response.")
        return redirect(_review_url(answer))


class CorrectView(_DecisionView):
    template_name = "ingestion/correct.html"

    def get(self, request, pk, answer_pk):
        answer = self.answer()
        proposal = services.proposed_decision(answer)
        form = CorrectForm(document=answer.document, proposal=proposal, initial={
            "recommendation": answer.recommendation_id, "organisation": answer.organisation_id, **proposal,
            "narrative": services.answer_text(answer), "as_of": parse_partial_date(answer.document.document_date),
            **services.proposed_references(answer),
        })
        return self.render(answer, form)

    def post(self, request, pk, answer_pk):
        answer = self.answer()
        # The replace box is read on every post but shown only once there is something to replace.
        form = CorrectForm(request.POST, document=answer.document, proposal=services.proposed_decision(answer),
                           conflict=True)
        conflict = None
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.correct_answer(
                    user=request.user, answer=answer, recommendation=d["recommendation"],
                    organisation=d["organisation"], progress=d["progress"], position=d["position"],
                    replace=d["replace"], comment=d["comment"],
                    # corrections of what was read: only the fields the page sent (it sends them pre-filled)
                    **{name: d[name] for name in ("narrative", "inspectorate_ref", "local_ref")
                       if name in request.POST},
                    **({"as_of": d["as_of"]} if "as_of_0" in request.POST else {}),
                )
            except services.ReplaceConfirmationRequired as e:
                conflict = e
                form.add_error("replace", "A response already exists for this organisation and recommendation: "
                                          "confirm that this one replaces it, or change your choices.")
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, f"Recommendation {d['recommendation'].number} for {d['organisation']}: "
                                          f"corrected and recorded as a draft response.")
                return redirect(_review_url(answer))
        if conflict is None:
            del form.fields["replace"]
        return self.render(answer, form, conflict)

    def render(self, answer, form, conflict=None):
        before, span, after, cut_before, cut_after = selectors.highlight(answer.document.text, answer.start,
                                                                         answer.end)
        return render(self.request, self.template_name, {
            "answer": answer, "form": form, "conflict": conflict, "before": before, "highlighted": span,
            "after": after, "cut_before": cut_before, "cut_after": cut_after, "nav_section": "documents",
        })


class RejectView(_DecisionView):
    def post(self, request, pk, answer_pk):
        answer = self.answer()
        form = DecisionForm(request.POST)
        form.is_valid()
        try:
            bulk_review.reject_with_reason(
                user=request.user, answer=answer, reason=form.cleaned_data.get("comment", "")
            )
        except ValidationError as e:
            for message in _errors(e):
                messages.error(request, message)
            return redirect(_review_url(answer))
        label = f"Recommendation {answer.recommendation.number}" if answer.recommendation else "The answer"
        messages.success(request, f"{label}: rejected. Nothing was added to the tracker.")
        return redirect(_review_url(answer))


class UndoRejectionView(_DecisionView):
    """POST only: put a rejected answer back in the queue."""

    def post(self, request, pk, answer_pk):
        answer = self.answer()
        try:
            bulk_review.undo_rejection(user=request.user, answer=answer)
        except ValidationError as e:
            for message in _errors(e):
                messages.error(request, message)
        else:
            label = f"Recommendation {answer.recommendation.number}" if answer.recommendation else "The answer"
            messages.success(request, f"{label}: rejection undone; the answer is waiting for review again.")
        return redirect(_review_url(answer))


class AddMissedView(PermissionMixin, View):
    """Add an answer the engine missed, with its span, as a pending answer of the document's review."""

    permission_required = services.REVIEW_PERM

    def render(self, document, form):
        return render(self.request, "ingestion/add_missed.html",
                      {"document": document, "form": form, "nav_section": "documents"})

    def get(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        return self.render(document, MissedAnswerForm(document=document))

    def post(self, request, pk):
        document = get_object_or_404(Document, pk=pk)
        form = MissedAnswerForm(request.POST, document=document)
        if form.is_valid():
            d = form.cleaned_data
            try:
                answer = services.add_missed_answer(
                    user=request.user, document=document, passage=d["passage"], recommendation=d["recommendation"],
                    organisation=d["organisation"], progress=d["progress"], position=d["position"])
            except ValidationError as e:
                add_service_errors(form, e)
            else:
                messages.success(request, f"Answer to recommendation {answer.recommendation.number} added: accept it "
                                          "or correct it below.")
                return redirect(_review_url(answer))
        return self.render(document, form)
