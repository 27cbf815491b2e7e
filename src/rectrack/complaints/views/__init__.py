"""Pages for super-complaints and their recommendations (one module per resource)."""
