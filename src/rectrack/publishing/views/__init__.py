"""Views of the public record, one module per resource."""
