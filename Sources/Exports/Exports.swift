// The Exports module; its first types arrive with the core pipeline.
