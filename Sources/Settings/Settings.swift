// The Settings module; its first types arrive with the core pipeline.
