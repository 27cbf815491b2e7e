"""Pages and forms for responses, one module per resource (responses, actions, evidence, assessments)."""
