from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "rectrack.publishing"
    label = "publishing"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
        from rectrack.organisations.models import Organisation
        from rectrack.publishing.stamp import bump_version
        from rectrack.responses.models import Response

        # Reference data the public pages show: a change makes cached tables and charts stale.
        for model in (Organisation, SuperComplaint, Recommendation, Recipient):
            post_save.connect(bump_version, sender=model, dispatch_uid=f"publishing-{model.__name__}-save")
            post_delete.connect(bump_version, sender=model, dispatch_uid=f"publishing-{model.__name__}-delete")
        m2m_changed.connect(bump_version, sender=Response.counts_for.through, dispatch_uid="publishing-joint")
