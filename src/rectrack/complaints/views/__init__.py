"""The inspectorate's pages about the catalogue: one module per resource."""
