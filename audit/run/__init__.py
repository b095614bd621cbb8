"""Running an audit: one article set through the stages (pipeline), many on
processes (workers) or a Dask cluster (distributed), and the entry points (api)."""
