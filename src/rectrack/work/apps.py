from django.apps import AppConfig


class WorkConfig(AppConfig):
    name = "rectrack.work"
    label = "work"
    verbose_name = "Each person's work (home pages, overdue, notifications)"

    def ready(self):
        from django.db.models.signals import post_save

        from rectrack.responses.models import Assessment, JointLink
        from rectrack.work import notifications
        from rectrack.workflow.models import Transition

        # The record's own saves tell people what happened; the lower layers never import this app.
        post_save.connect(notifications.on_transition, sender=Transition, dispatch_uid="work-notify-transition")
        post_save.connect(notifications.on_assessment, sender=Assessment, dispatch_uid="work-notify-assessment")
        post_save.connect(notifications.on_joint_link, sender=JointLink, dispatch_uid="work-notify-joint-link")
